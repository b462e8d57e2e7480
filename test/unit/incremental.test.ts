import * as assert from 'assert';
import { VettedEngine } from '../../server/src/engine/engine';
import type { GrammarName } from '../../server/src/engine/languages';
import { ParsedDocument } from '../../server/src/engine/parsedDocument';

/**
 * The server reparses incrementally from LSP content changes. After any sequence of edits the
 * tree and the findings must equal those of a fresh parse of the same text.
 */
const engine = VettedEngine.create();

const JS_START = `const crypto = require('crypto');
const { exec } = require('child_process');

function hash(data) {
  return crypto.createHash('md5').update(data).digest('hex');
}

app.get('/run', (req, res) => {
  exec(\`ls \${req.query.dir}\`);
  res.send('ok — done ✓');
});
`;

const PY_START = `import hashlib
import subprocess

def digest(data):
    return hashlib.md5(data).hexdigest()

def run(cmd):
    subprocess.run(f"sh -c {cmd}", shell=True)
`;

const SNIPPETS: Record<string, string[]> = {
  javascript: [
    "crypto.createHash('sha1')",
    '\n',
    '{',
    '}',
    '(',
    ')',
    ';',
    'eval(userInput);\n',
    '// note\n',
    "'md5'",
    'é',
    '  ',
    'x',
    '`${a}`',
    '\r\n',
  ],
  python: ['hashlib.md5(x)\n', '\n', ':', '    ', 'eval(data)\n', '# note\n', '"sha1"', 'é', '(', ')', 'x', 'os.system(cmd)\n'],
};

/** A small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    } else if (text[i] === '\r' && text[i + 1] !== '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Offsets an editor could produce: not between the two halves of \r\n. */
function safeOffset(text: string, offset: number): number {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset + 1 : offset;
}

async function findingsOf(tree: import('web-tree-sitter').Tree, grammar: GrammarName, text: string): Promise<string[]> {
  const result = await engine.analyzer.analyze(tree, grammar, text);
  return result.findings.map(
    (f) => `${f.rule.id}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`,
  );
}

/** Every node with its type, offsets and positions: equal trees give equal descriptions. */
function describeTree(tree: import('web-tree-sitter').Tree): string {
  const out: string[] = [];
  const cursor = tree.walk();
  let depth = 0;
  for (;;) {
    const n = cursor.currentNode;
    out.push(
      `${depth}:${n.type}[${n.startIndex}-${n.endIndex}](${n.startPosition.row},${n.startPosition.column})-(${n.endPosition.row},${n.endPosition.column})`,
    );
    if (cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return out.join('\n');
      }
      depth--;
    }
  }
}

for (const [grammar, start] of [
  ['javascript', JS_START],
  ['python', PY_START],
] as [GrammarName, string][]) {
  describe(`incremental reparse (${grammar})`, () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      it(`matches a fresh parse after 60 random edits (seed ${seed})`, async () => {
        const parser = await engine.parser(grammar);
        const doc = ParsedDocument.create(parser, grammar, start);
        const random = rng(seed);
        let text = start;
        try {
          for (let step = 0; step < 60; step++) {
            // Sometimes batch several changes in one notification, as LSP may.
            const batch = 1 + Math.floor(random() * 3);
            const changes = [];
            for (let c = 0; c < batch; c++) {
              const a = safeOffset(text, Math.floor(random() * (text.length + 1)));
              const kind = random();
              const b = kind < 0.5 ? a : safeOffset(text, Math.min(text.length, a + Math.floor(random() * 12)));
              const insert = kind < 0.8 ? SNIPPETS[grammar][Math.floor(random() * SNIPPETS[grammar].length)] : '';
              changes.push({ range: { start: positionAt(text, a), end: positionAt(text, b) }, text: insert });
              text = text.slice(0, a) + insert + text.slice(b);
            }
            doc.update(changes);
            assert.strictEqual(doc.text, text);
            if (step % 6 === 5 || step === 59) {
              const fresh = parser.parse(text)!;
              try {
                assert.strictEqual(describeTree(doc.tree), describeTree(fresh), `tree differs at step ${step}`);
                assert.deepStrictEqual(
                  await findingsOf(doc.tree, grammar, text),
                  await findingsOf(fresh, grammar, text),
                  `findings differ at step ${step}`,
                );
              } finally {
                fresh.delete();
              }
            }
          }
        } finally {
          doc.dispose();
        }
      });
    }
  });
}

describe('ParsedDocument', () => {
  it('maps LSP positions (UTF-16) to offsets across CRLF, CR and astral characters', async () => {
    const parser = await engine.parser('javascript');
    const doc = ParsedDocument.create(parser, 'javascript', 'a\r\nb😀c\rd\n');
    assert.strictEqual(doc.offsetAt({ line: 1, character: 3 }), 6);
    assert.strictEqual(doc.offsetAt({ line: 2, character: 0 }), 8);
    assert.deepStrictEqual(doc.pointAt(6), { row: 1, column: 3 });
    doc.update([{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } }, text: '' }]);
    assert.strictEqual(doc.text, 'a\r\nbc\rd\n');
    doc.update([{ text: 'replaced' }]);
    assert.strictEqual(doc.tree.rootNode.text, 'replaced');
    doc.dispose();
  });
});
