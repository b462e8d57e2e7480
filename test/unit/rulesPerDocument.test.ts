import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import { DocumentAnalysis } from '../../server/src/engine/incrementalAnalysis';
import { grammarForPath, GrammarName } from '../../server/src/engine/languages';
import { ContentChange, ParsedDocument } from '../../server/src/engine/parsedDocument';
import { fixturesOf } from '../../server/src/engine/ruleFixtures';
import { mandatoryCaptures, patternNeeds } from '../../server/src/engine/requiredText';
import { regexLiterals } from '../../server/src/engine/regexLiterals';

/**
 * The server compiles, per document, only the rules whose needed names occur in it (see
 * requiredText.ts and RuleSet.unitsFor). Leaving a rule out must never lose a finding: every
 * fixture gives the same findings as an analysis with every rule compiled, and an edit that writes
 * a needed name brings its rules in.
 */
const describeFinding = (f: Finding) =>
  `${f.rule.id} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`;

async function openAndAnalyse(engine: VettedEngine, grammar: GrammarName, text: string) {
  const doc = ParsedDocument.create(await engine.parser(grammar), grammar, text);
  const analysis = new DocumentAnalysis();
  const run = () => analysis.run(engine.analyzer, doc, { today: new Date('2026-06-01') }, 'settings');
  return { doc, run };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('rules compiled per document', function () {
  this.timeout(300_000);
  const engine = VettedEngine.create();

  it('finds in every bundled fixture exactly what all rules compiled together find', async () => {
    const fixtures = [...new Set(engine.ruleSet.rules.flatMap((rule) => fixturesOf(rule.file)))].sort();
    assert.ok(fixtures.length > 150, `only ${fixtures.length} fixtures`);
    for (const file of fixtures) {
      const grammar = grammarForPath(file)!;
      const text = fs.readFileSync(file, 'utf8');
      const { doc, run } = await openAndAnalyse(engine, grammar, text);
      try {
        const perDocument = (await run()).findings.map(describeFinding);
        const all = (await engine.analyzer.analyze(doc.tree, grammar, text, { today: new Date('2026-06-01') })).findings.map(
          describeFinding,
        );
        assert.deepStrictEqual(perDocument, all, path.relative(process.cwd(), file));
      } finally {
        doc.dispose();
      }
    }
  });

  it('does not compile rules a document cannot match, and compiles them when an edit writes the name they need', async () => {
    const fresh = VettedEngine.create();
    let text = "const x = require('crypto');\nfunction digest(data) {\n  return x.update(data);\n}\n";
    const { doc, run } = await openAndAnalyse(fresh, 'javascript', text);
    try {
      assert.deepStrictEqual((await run()).findings, []);
      const compiled = () => fresh.ruleSet.rulesInUnits('javascript').map((r) => r.id);
      assert.ok(!compiled().includes('js.crypto.weak-hash'), 'weak-hash compiled for a file without createHash');
      const total = fresh.ruleSet.rulesFor('javascript').length;
      assert.ok(compiled().length < total / 2, `${compiled().length} of ${total} rules compiled for a four-line file`);

      // Typed one character at a time, as in the editor: the rule comes in when its name is complete.
      const typed = "  const h = x.createHash('md5');\n";
      const at = text.indexOf('  return');
      for (let i = 0; i < typed.length; i++) {
        const change: ContentChange = { range: { start: positionAt(text, at + i), end: positionAt(text, at + i) }, text: typed[i] };
        text = text.slice(0, at + i) + typed[i] + text.slice(at + i);
        doc.update([change]);
        await run();
      }
      const result = await run();
      assert.ok(compiled().includes('js.crypto.weak-hash'));
      assert.deepStrictEqual(result.findings.map(describeFinding), [
        "js.crypto.weak-hash 2:12-2:31 'md5' is a broken hash: collisions are cheap, so it cannot protect passwords, signatures or integrity checks.",
      ]);
    } finally {
      doc.dispose();
    }
  });

  it('brings a rule in when a deletion joins its needed name from two parts', async () => {
    let text = 'import hashlib\n\ndef digest(data):\n    return hashlib.m d5(data).hexdigest()\n';
    const { doc, run } = await openAndAnalyse(engine, 'python', text);
    try {
      assert.deepStrictEqual((await run()).findings, []);
      const space = text.indexOf('m d5') + 1;
      doc.update([{ range: { start: positionAt(text, space), end: positionAt(text, space + 1) }, text: '' }]);
      text = text.slice(0, space) + text.slice(space + 1);
      const incremental = (await run()).findings.map(describeFinding);
      const full = (await engine.analyzer.analyze(doc.tree, 'python', text, {})).findings.map(describeFinding);
      assert.ok(
        full.some((f) => f.startsWith('py.crypto.weak-hash')),
        full.join('\n'),
      );
      assert.deepStrictEqual(incremental, full);
    } finally {
      doc.dispose();
    }
  });
});

describe('needed text of a rule pattern', () => {
  it('reads the strings a #match? regex cannot match without', () => {
    assert.deepStrictEqual(regexLiterals(`^['"]?sameSite['"]?$`), ['sameSite']);
    assert.deepStrictEqual(regexLiterals('^(session|expressSession)'), ['session', 'expressSession']);
    assert.deepStrictEqual(regexLiterals('^[Nn]one$'), ['one']);
    assert.deepStrictEqual(regexLiterals('x(abcd)+y'), ['abcd']);
    assert.deepStrictEqual(regexLiterals('^(helmet|helmet\\.default)'), ['helmet', 'helmet.default']);
    // Nothing certain: optional or too short parts, classes, flags, lookaround, unknown escapes.
    for (const source of ['^[A-Z]', 'a.c', '(?i)secret', 'ab(?=c)d', '(abc)?x', 'ab*c', '\\u0041bcd', '^(a|bcd)$'])
      assert.strictEqual(regexLiterals(source), undefined, source);
  });

  it('trusts #eq? only for a capture every match has (#eq? holds when its capture caught nothing)', () => {
    const pattern = `(call_expression
      function: [(identifier) @fn (member_expression property: (property_identifier) @fn)]
      arguments: (arguments (string)? @opt [(identifier) @one (number)])
      (#eq? @fn "exec") (#eq? @opt "'x'") (#eq? @one "y"))`;
    assert.deepStrictEqual([...mandatoryCaptures(pattern)].sort(), ['fn']);
    assert.deepStrictEqual(patternNeeds(pattern), [[['exec']]]);
  });

  it('#any-of? and #match? need their text even on an optional capture (they fail on nothing)', () => {
    const pattern = `((call (identifier)? @f (string)? @s) (#any-of? @f "eval" "exec") (#match? @s "^.http://"))`;
    assert.deepStrictEqual(patternNeeds(pattern), [[['eval', 'exec'], [{ substring: 'http://' }]]]);
  });
});
