import * as assert from 'assert';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { RuleLoader } from '../../server/src/engine/ruleLoader';
import { VALID_RULE as GOOD, withRuleFolder } from '../support/ruleFolder';

function withRules(files: Record<string, string>, body: (dir: string) => Promise<void> | void) {
  return () => withRuleFolder(files, body);
}

describe('RuleLoader', () => {
  it(
    'reports a YAML syntax error with its line and keeps the other rules',
    withRules({ 'no-debugger.yaml': GOOD, 'b-bad.yaml': 'id: x\ntitle: [unclosed\nseverity: low\n' }, (dir) => {
      const { rules, errors } = new RuleLoader().load([{ directory: dir, bundled: false }]);
      assert.deepStrictEqual(
        rules.map((r) => r.id),
        ['custom.test.no-debugger'],
      );
      assert.strictEqual(errors.length, 1);
      assert.strictEqual(errors[0].file, path.join(dir, 'b-bad.yaml'));
      assert.match(errors[0].message, /YAML syntax error/);
      assert.ok(errors[0].line >= 2, `line ${errors[0].line}`);
    }),
  );

  it(
    'reports schema violations at the offending key',
    withRules({ 'bad.yaml': GOOD.replace('severity: low', 'severity: urgent').replace('cwe: [489]', 'cwe: [489]\ncolour: red') }, (dir) => {
      const { rules, errors } = new RuleLoader().load([{ directory: dir, bundled: false }]);
      assert.deepStrictEqual(rules, []);
      const messages = errors.map((e) => `${e.line}: ${e.message}`).sort();
      assert.deepStrictEqual(messages, [
        "3: 'severity' must be one of: critical, high, medium, low, info",
        "7: rule has unknown key 'colour'",
      ]);
    }),
  );

  it(
    'rejects a query without @finding and an invalid regex, with lines',
    withRules(
      {
        'no-finding.yaml': GOOD.replace('(debugger_statement) @finding', '(debugger_statement) @x'),
        'bad-regex.yaml':
          GOOD.replace('id: custom.test.no-debugger', 'id: custom.test.regex') + 'where:\n  - capture: finding\n    matches: "([a-z"\n',
      },
      (dir) => {
        const { errors } = new RuleLoader().load([{ directory: dir, bundled: false }]);
        const messages = errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`).sort();
        assert.strictEqual(messages.length, 2);
        assert.match(messages[0], /^bad-regex\.yaml:14: invalid regular expression in matches/);
        assert.strictEqual(messages[1], "no-finding.yaml:9: 'query' must capture the reported node as @finding");
      },
    ),
  );

  it(
    'reports a query that does not compile with its line, and the other rules still run',
    withRules(
      {
        'no-debugger.yaml': GOOD,
        'broken-query.yaml': GOOD.replace('id: custom.test.no-debugger', 'id: custom.test.broken-query').replace(
          'query: "(debugger_statement) @finding"',
          'query: |\n  (call_expression\n    function: (no_such_node)) @finding',
        ),
      },
      async (dir) => {
        const engine = VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
        const errors = await engine.allErrors();
        assert.ok(errors.length >= 1);
        assert.ok(errors.every((e) => e.file === path.join(dir, 'broken-query.yaml')));
        assert.match(errors[0].message, /query of rule 'custom\.test\.broken-query' does not compile for javascript/);
        assert.strictEqual(errors[0].line, 11, 'line of (no_such_node) in the file');
        const result = await engine.analyzeText('debugger;\n', 'javascript');
        assert.deepStrictEqual(
          result.findings.map((f) => f.rule.id),
          ['custom.test.no-debugger'],
        );
      },
    ),
  );

  it(
    'runs a JavaScript rule with JSX patterns on plain TypeScript without them (that grammar has no JSX)',
    withRules(
      {
        'no-debugger.yaml': GOOD.replace(
          'query: "(debugger_statement) @finding"',
          'query: |\n  (debugger_statement) @finding\n  (jsx_self_closing_element) @finding',
        ),
        'only-jsx.yaml': GOOD.replace('id: custom.test.no-debugger', 'id: custom.test.only-jsx').replace(
          'query: "(debugger_statement) @finding"',
          'query: "(jsx_opening_element) @finding"',
        ),
      },
      async (dir) => {
        const engine = VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
        assert.deepStrictEqual(await engine.customRuleErrors(), []);
        assert.deepStrictEqual(await engine.allErrors(), []);
        const ids = async (text: string, grammar: 'javascript' | 'typescript' | 'tsx') =>
          (await engine.analyzeText(text, grammar)).findings.map((f) => `${f.rule.id}:${f.range.start.line}`);
        assert.deepStrictEqual(await ids('debugger;\n', 'typescript'), ['custom.test.no-debugger:0']);
        assert.deepStrictEqual(await ids('debugger;\nconst a = <br />;\nconst b = <p></p>;\n', 'tsx'), [
          'custom.test.no-debugger:0',
          'custom.test.no-debugger:1',
          'custom.test.only-jsx:2',
        ]);
      },
    ),
  );

  it(
    'skips a duplicate rule id with an error naming the first file',
    withRules({ 'no-debugger.yaml': GOOD, 'custom.test.no-debugger.yaml': GOOD }, (dir) => {
      const { rules, errors } = new RuleLoader().load([{ directory: dir, bundled: false }]);
      assert.strictEqual(rules.length, 1);
      assert.match(
        errors[0].message,
        /duplicate rule id 'custom\.test\.no-debugger' \(already defined in .*custom\.test\.no-debugger\.yaml\)/,
      );
    }),
  );

  it('reports a missing rule folder instead of throwing', () => {
    const { rules, errors } = new RuleLoader().load([{ directory: '/nonexistent/vetted-rules', bundled: false }]);
    assert.deepStrictEqual(rules, []);
    assert.match(errors[0].message, /cannot read rule folder/);
  });
});
