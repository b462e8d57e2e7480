import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Finding } from '../../server/src/engine/finding';
import { VettedEngine } from '../../server/src/engine/engine';
import { DocumentAnalysis } from '../../server/src/engine/incrementalAnalysis';
import type { GrammarName } from '../../server/src/engine/languages';
import { ContentChange, ParsedDocument } from '../../server/src/engine/parsedDocument';

/**
 * After an edit the server matches rules only around the changed statements and keeps the other
 * findings shifted. Whatever the edits, the result must equal a fresh full analysis of the same
 * text: random edit sequences over the rule fixtures (lines that must and must not be flagged,
 * bindings, suppressions) check that after every edit.
 */
const engine = VettedEngine.create();
const RULES_DIR = path.resolve(__dirname, '..', '..', 'rules');

const SOURCES: { grammar: GrammarName; files: string[] }[] = [
  { grammar: 'javascript', files: fixtureFiles('javascript', '.js') },
  { grammar: 'typescript', files: fixtureFiles('javascript', '.ts') },
  { grammar: 'python', files: fixtureFiles('python', '.py') },
];

const SNIPPETS: Record<'js' | 'python', string[]> = {
  js: [
    'exec(req.query.cmd);\n',
    'const q = "SELECT * FROM users WHERE id = " + id;\n',
    "id = 'fixed';\n",
    "const cmd = 'ls -la';\n",
    'let token = req.body.token;\n',
    '// vetted-ignore js.injection.child-process-exec -- reviewed\n',
    "crypto.createHash('md5')",
    "'sha256'",
    'req.body.x',
    '/*',
    '*/',
    '//',
    "'",
    '"',
    '`',
    '${',
    '{',
    '}',
    '(',
    ')',
    ';',
    '\n',
    ' ',
    'x',
    'function f(a) {\n',
  ],
  python: [
    'os.system(cmd)\n',
    'cursor.execute("SELECT * FROM t WHERE id = %s" % uid)\n',
    'uid = "7"\n',
    'cmd = request.args["c"]\n',
    '# vetted-ignore py.injection.os-system -- reviewed\n',
    'hashlib.md5(data)',
    '"sha256"',
    'def f(a):\n',
    '    ',
    '#',
    '"""',
    '"',
    "'",
    ':',
    '(',
    ')',
    '\n',
    ' ',
    'x',
  ],
};

function fixtureFiles(language: string, extension: string): string[] {
  const out: string[] = [];
  for (const category of fs.readdirSync(path.join(RULES_DIR, language))) {
    const dir = path.join(RULES_DIR, language, category);
    for (const file of fs.readdirSync(dir)) {
      if (file.endsWith(extension) && !file.includes('.fixed.')) out.push(path.join(dir, file));
    }
  }
  return out.sort();
}

/** A small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** One random change: an insertion of a snippet or of another line of the text, a deletion, or a replacement of a word. */
function randomChange(text: string, random: () => number, snippets: string[]): { start: number; end: number; insert: string } {
  const at = Math.floor(random() * (text.length + 1));
  const kind = random();
  if (kind < 0.45) return { start: at, end: at, insert: snippets[Math.floor(random() * snippets.length)] };
  if (kind < 0.6) {
    const lines = text.split('\n');
    return { start: at, end: at, insert: lines[Math.floor(random() * lines.length)] + '\n' };
  }
  if (kind < 0.8) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 40)), insert: '' };
  // Rename-like: replace the word at `at` with another word of the text.
  const wordAt = /[A-Za-z_]\w*/g;
  const words = text.match(wordAt) ?? ['x'];
  let start = at;
  while (start > 0 && /\w/.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && /\w/.test(text[end])) end++;
  return { start, end, insert: words[Math.floor(random() * words.length)] };
}

function describeFindings(findings: Finding[]): string[] {
  return findings.map((f) => {
    const r = f.range;
    const fix = f.fix
      ? ` fix[${f.fix.title}: ${f.fix.edits.map((e) => `${e.range.startIndex}-${e.range.endIndex}(${e.range.start.line}:${e.range.start.character})=${e.newText}`).join(', ')}]`
      : '';
    const expired = f.expiredSuppression ? ' expired' : '';
    // Taint findings: the path too (its steps move with edits anywhere in the file).
    const trace = f.trace
      ? ` trace[${f.trace.map((t) => `${t.startIndex}-${t.endIndex}(${t.start.line}:${t.start.character}) ${t.message}`).join(' | ')}]`
      : '';
    return `${f.rule.id} ${f.severity} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} [${r.startIndex}-${r.endIndex}] ${f.message}${fix}${expired}${trace}`;
  });
}

for (const { grammar, files } of SOURCES) {
  describe(`incremental analysis equals a full analysis (${grammar})`, function () {
    // 80 edits, each analysed twice with every bundled rule: a correctness test, slow on a busy machine.
    this.timeout(120_000);
    for (const seed of [11, 12, 14, 15]) {
      it(`after each of 80 random edits to ten rule fixtures (seed ${seed})`, async () => {
        const random = rng(seed * 7919);
        // Always one taint rule's fixture (its findings depend on code far from the sink), plus nine at random.
        const taintFixture = files.find((f) => /(ssrf|open-redirect)\.(js|ts|py)$/.test(f));
        const picked = [...new Set([...(taintFixture ? [taintFixture] : []), ...[...files].sort(() => random() - 0.5)])].slice(0, 10);
        let text = picked.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
        const parser = await engine.parser(grammar);
        const doc = ParsedDocument.create(parser, grammar, text);
        const analysis = new DocumentAnalysis();
        const today = new Date('2026-06-01');
        const snippets = SNIPPETS[grammar === 'python' ? 'python' : 'js'];
        const modes = { full: 0, incremental: 0, unchanged: 0 };
        try {
          await analysis.run(engine.analyzer, doc, { today }, 'settings');
          for (let step = 0; step < 80; step++) {
            // Sometimes several changes arrive in one notification, or several notifications before an analysis.
            const batch = 1 + Math.floor(random() * 3);
            for (let c = 0; c < batch; c++) {
              const { start, end, insert } = randomChange(text, random, snippets);
              const change: ContentChange = { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert };
              text = text.slice(0, start) + insert + text.slice(end);
              doc.update([change]);
            }
            const incremental = await analysis.run(engine.analyzer, doc, { today }, 'settings');
            modes[incremental.mode]++;
            // Compared with a full analysis of the same tree: in rare error-recovery states an
            // incremental reparse and a fresh parse disagree (test/unit/incremental.test.ts covers the
            // parser); what this test holds the analysis to is matching only the changed statements.
            assert.strictEqual(doc.text, text);
            const full = await engine.analyzer.analyze(doc.tree, grammar, text, { today });
            assert.deepStrictEqual(
              describeFindings(incremental.findings),
              describeFindings(full.findings),
              `findings differ after step ${step}`,
            );
            assert.deepStrictEqual(
              describeFindings(incremental.suppressed),
              describeFindings(full.suppressed),
              `suppressed findings differ after step ${step}`,
            );
          }
        } finally {
          doc.dispose();
        }
        // The test means something only if many edits took the incremental path (an unclosed
        // quote or bracket re-parses most of these short texts, which takes the full path).
        assert.ok(modes.incremental >= 12, `only ${modes.incremental} of 80 analyses were incremental: ${JSON.stringify(modes)}`);
      });
    }
  });
}

describe('DocumentAnalysis', () => {
  it('matches a large file in slices with the same result as one whole-tree match', async () => {
    // Every JavaScript fixture three times over: well past one slice (64 KB).
    const text = Array.from({ length: 3 }, () =>
      fixtureFiles('javascript', '.js')
        .map((f) => fs.readFileSync(f, 'utf8'))
        .join('\n'),
    ).join('\n');
    assert.ok(text.length > 150_000, `${text.length} chars`);
    const doc = ParsedDocument.create(await engine.parser('javascript'), 'javascript', text);
    try {
      const sliced = await new DocumentAnalysis().run(engine.analyzer, doc, {}, 'k');
      assert.strictEqual(sliced.mode, 'full');
      const whole = await engine.analyzer.analyze(doc.tree, 'javascript', text);
      assert.ok(whole.findings.length > 100);
      assert.deepStrictEqual(describeFindings(sliced.findings), describeFindings(whole.findings));
    } finally {
      doc.dispose();
    }
  });

  it('matches only the edited statement, and keeps findings elsewhere at their shifted positions', async () => {
    const text = "const a = 1;\nexec(req.query.cmd);\nfunction f() {\n  return crypto.createHash('md5');\n}\n";
    const doc = ParsedDocument.create(await engine.parser('javascript'), 'javascript', text);
    const analysis = new DocumentAnalysis();
    try {
      const first = await analysis.run(engine.analyzer, doc, {}, 'k');
      assert.strictEqual(first.mode, 'full');
      doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// header\n' }]);
      const second = await analysis.run(engine.analyzer, doc, {}, 'k');
      assert.strictEqual(second.mode, 'incremental');
      assert.ok(second.reanalyzedChars < text.length / 2, `re-analysed ${second.reanalyzedChars} chars`);
      assert.deepStrictEqual(
        second.findings.map((f) => `${f.rule.id}@${f.range.start.line}:${f.range.start.character}`),
        first.findings.map((f) => `${f.rule.id}@${f.range.start.line + 1}:${f.range.start.character}`),
      );
      const changedKey = await analysis.run(engine.analyzer, doc, {}, 'other settings');
      assert.strictEqual(changedKey.mode, 'full');
    } finally {
      doc.dispose();
    }
  });
});
