import * as assert from 'assert';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { parseRule, RuleLoader } from '../../server/src/engine/ruleLoader';
import { withRuleFolder } from '../support/ruleFolder';

/** A custom rule flagging string literals, filtered by a regex in `where` or in the query. */
function stringRule(id: string, extra: { where?: string; predicate?: string }): string {
  return [
    `id: ${id}`,
    'title: Suspicious string',
    'severity: low',
    'confidence: high',
    'languages: [javascript]',
    'cwe: [20]',
    'owasp: A03:2021-Injection',
    'message: "suspicious"',
    'query: |',
    '  ((string (string_fragment) @text) @finding',
    `    ${extra.predicate ?? ''})`,
    'explanation: "Flags suspicious string literals for a custom rule regex test."',
    'references: ["https://example.com"]',
    ...(extra.where ? ['where:', '  - capture: text', `    matches: ${JSON.stringify(extra.where)}`] : []),
  ].join('\n');
}

/** Custom rules' regexes run on RE2: linear time, so no rule can stall an analysis. */
describe('custom rule regexes', function () {
  this.timeout(20_000);
  const evil = `const s = "${'a'.repeat(30)}b";\nconst t = "aaaa";\n`;

  it('evaluates a catastrophic-backtracking regex in `where.matches` and in `#match?` in linear time, with the usual meaning', async () => {
    await withRuleFolder(
      {
        'where.yaml': stringRule('custom.where', { where: '^(a+)+$' }),
        'predicate.yaml': stringRule('custom.predicate', { predicate: '(#match? @text "^(a+)+$")' }),
        'not-predicate.yaml': stringRule('custom.not-predicate', { predicate: '(#not-match? @text "^(a+)+$")' }),
      },
      async (dir) => {
        const engine = VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
        assert.deepStrictEqual(await engine.allErrors(), []);
        // With JavaScript's RegExp each of these took tens of seconds (past this test's timeout).
        const result = await engine.analyzeText(evil, 'javascript', { timeBudgetMs: 60_000 });
        assert.deepStrictEqual(result.findings.map((f) => `${f.rule.id}@${f.range.start.line}`).sort(), [
          'custom.not-predicate@0',
          'custom.predicate@1',
          'custom.where@1',
        ]);
      },
    );
  });

  it('reports backreferences and lookaround, which RE2 lacks, as rule errors with file and line', async () => {
    await withRuleFolder(
      {
        'backref.yaml': stringRule('custom.backref', { where: '(a)\\1' }),
        'lookahead.yaml': stringRule('custom.lookahead', { predicate: '(#match? @text "^(?!x)a")' }),
        'good.yaml': stringRule('custom.good', { where: '(?i)^A+$' }),
      },
      (dir) => {
        const { rules, errors } = new RuleLoader().load([{ directory: dir, bundled: false }]);
        assert.deepStrictEqual(
          rules.map((r) => r.id),
          ['custom.good'],
        );
        const messages = errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`).sort();
        assert.strictEqual(messages.length, 2);
        assert.match(messages[0], /^backref\.yaml:16: invalid regular expression in matches: .*invalid escape sequence.*RE2 syntax/);
        assert.match(messages[1], /^lookahead\.yaml:11: invalid regular expression in a #match\? predicate of the query: .*RE2 syntax/);
      },
    );
  });

  it('reports a bundled rule whose query predicate JavaScript cannot compile, with its line, instead of a rule that never matches', () => {
    const text = stringRule('js.example.inline-flag', { predicate: '(#match? @text "(?i:secret)")' });
    const { rule, errors } = parseRule(text, path.join('rules', 'javascript', 'example', 'inline-flag.yaml'), true, 'rules');
    assert.strictEqual(rule, undefined);
    assert.deepStrictEqual(
      errors.map((e) => `${e.line}: ${e.message.replace(/: Invalid regular expression.*/, '')}`),
      ['11: invalid regular expression in a #match? predicate of the query'],
    );
    const fine = parseRule(
      stringRule('js.example.inline-flag', { predicate: '(#match? @text "[Ss]ecret")' }),
      path.join('rules', 'javascript', 'example', 'inline-flag.yaml'),
      true,
      'rules',
    );
    assert.deepStrictEqual(fine.errors, []);
  });

  it('leaves bundled rules in the JavaScript dialect: every bundled rule loads and compiles', async () => {
    const engine = VettedEngine.create();
    assert.deepStrictEqual(engine.loadErrors, []);
    assert.deepStrictEqual(await engine.allErrors(), []);
  }).timeout(120_000); // compiles all 200 rules for three grammars; the regex tests above keep the short limit
});
