import * as assert from 'assert';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { RuleLoader } from '../../server/src/engine/ruleLoader';
import { MAX_EXPANSION, MAX_FRAGMENT_DEPTH, MAX_FRAGMENT_ERRORS } from '../../server/src/engine/queryFragments';
import { withRuleFolder } from '../support/ruleFolder';

/** A custom JavaScript rule (file `<name>.yaml`, id `custom.<name>`) with the given query and fragments. */
function rule(name: string, query: string, fragments = ''): Record<string, string> {
  const text = [
    `id: custom.${name}`,
    'title: Fragment test rule',
    'severity: low',
    'confidence: high',
    'languages: [javascript]',
    'cwe: [20]',
    'owasp: A03:2021-Injection',
    'message: "flagged by a rule built from fragments"',
    ...(fragments ? ['fragments:', ...fragments.split('\n').map((l) => (l ? `  ${l}` : l))] : []),
    'query: |',
    ...query.split('\n').map((l) => `  ${l}`),
    'explanation: "A custom rule whose query is assembled from fragments, for the loader tests."',
    'references: ["https://example.com"]',
    '',
  ].join('\n');
  return { [`${name}.yaml`]: text };
}

function loadErrors(dir: string): string[] {
  return new RuleLoader().load([{ directory: dir, bundled: false }]).errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`);
}

/** Fragments: a named piece of query text, written once and used as `<name>` in several patterns. */
describe('query fragments', function () {
  this.timeout(30_000);

  it('expands fragments (also nested) into every pattern that uses them, with the same findings as the written-out query', async () => {
    const fragments = [
      'callee: |',
      '  function: (member_expression',
      '    object: (identifier) @_obj',
      '    property: (property_identifier) @_fn)',
      'dangerous-call: |',
      '  (call_expression <callee>',
      '    (#eq? @_obj "child_process") (#any-of? @_fn "exec" "execSync")) @finding',
    ].join('\n');
    const query = ['(expression_statement <dangerous-call>)', '(variable_declarator value: (await_expression <dangerous-call>))'].join(
      '\n',
    );
    const code = [
      'child_process.exec(cmd);',
      'const out = await child_process.execSync(cmd);',
      'child_process.spawn(cmd);',
      'const s = "child_process.exec(<dangerous-call>)";',
      '',
    ].join('\n');
    await withRuleFolder(rule('dangerous-call', query, fragments), async (dir) => {
      const engine = VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
      assert.deepStrictEqual(await engine.allErrors(), []);
      const rules = engine.ruleSet.rules.filter((r) => r.id === 'custom.dangerous-call');
      assert.doesNotMatch(rules[0].query, /<[a-z-]+>/, 'no reference is left in the loaded query');
      const result = await engine.analyzeText(code, 'javascript', { isRuleEnabled: (r) => r.id === 'custom.dangerous-call' });
      assert.deepStrictEqual(
        result.findings.map((f) => `${f.range.start.line}:${f.range.start.character}`),
        ['0:0', '1:18'],
      );
    });
  });

  it('leaves < in strings and comments alone', async () => {
    const query = ['; a comment may say <anything>', '((string (string_fragment) @text) @finding', '  (#eq? @text "<b>"))'].join('\n');
    await withRuleFolder(rule('angle', query), async (dir) => {
      const engine = VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
      assert.deepStrictEqual(await engine.allErrors(), []);
      const result = await engine.analyzeText('const a = "<b>";\nconst b = "<c>";\n', 'javascript', {
        isRuleEnabled: (r) => r.id === 'custom.angle',
      });
      assert.deepStrictEqual(
        result.findings.map((f) => f.range.start.line),
        [0],
      );
    });
  });

  it('reports unknown fragments, malformed references and unused fragments at their lines, and loads the other rules', () =>
    withRuleFolder(
      {
        ...rule('unknown', '(identifier) @finding\n(call_expression function: <calee>) @finding', 'callee: "(identifier)"'),
        ...rule('malformed', '(call_expression function: < callee>) @finding\n(identifier) @finding', 'callee: "(identifier)"'),
        ...rule('capital', '(call_expression function: <Callee>) @finding', 'callee: "(identifier)"'),
        ...rule('unused', '(identifier) @finding', 'callee: "(identifier)"'),
        ...rule('good', '(call_expression function: <callee>) @finding', 'callee: "(identifier)"'),
      },
      (dir) => {
        const { rules } = new RuleLoader().load([{ directory: dir, bundled: false }]);
        assert.deepStrictEqual(
          rules.map((r) => r.id),
          ['custom.good'],
        );
        assert.deepStrictEqual(loadErrors(dir).sort(), [
          "capital.yaml:12: malformed fragment reference '<Callee>': write <name>, a fragment name of lowercase letters, digits and '-' (tree-sitter queries have no '<' outside strings)",
          "malformed.yaml:12: malformed fragment reference '< callee>': write <name>, a fragment name of lowercase letters, digits and '-' (tree-sitter queries have no '<' outside strings)",
          "unknown.yaml:13: unknown fragment '<calee>' (the rule defines callee)",
          "unused.yaml:10: fragment 'callee' is never used",
        ]);
      },
    ));

  it('reports a fragment name that is not lowercase letters, digits and dashes at its line', () =>
    withRuleFolder(
      rule('bad-name', '(call_expression function: <callee>) @finding', 'callee: "(identifier)"\nBad_Name: "(identifier)"'),
      (dir) => {
        assert.deepStrictEqual(loadErrors(dir), [
          "bad-name.yaml:11: 'fragments' has a fragment named 'Bad_Name': names are lowercase letters, digits and '-'",
        ]);
      },
    ));

  it('reports fragments that refer to themselves, directly or in a cycle, with the chain', () =>
    withRuleFolder(
      {
        ...rule('self', '(call_expression function: <a>) @finding', 'a: "[(identifier) (member_expression object: <a>)]"'),
        ...rule(
          'cycle',
          '(call_expression function: <a>) @finding',
          'a: |\n  [(identifier)\n   <b>]\nb: |\n  (member_expression\n    object: <a>)',
        ),
      },
      (dir) => {
        assert.deepStrictEqual(loadErrors(dir).sort(), [
          "cycle.yaml:15: fragment 'a' refers to itself: a → b → a",
          "self.yaml:10: fragment 'a' refers to itself: a → a",
        ]);
      },
    ));

  it('bounds expansion: doubling fragments stop at the size cap at once, deep nesting at the depth limit', () => {
    // Each level copies the one below 16 times: 16^7 copies of "(identifier)" if nothing stopped it.
    const sixteen = (name: string) => Array.from({ length: 16 }, () => `<${name}>`).join(' ');
    const doubling = ['f0: "(identifier)"', ...Array.from({ length: 7 }, (_, i) => `f${i + 1}: "${sixteen(`f${i}`)}"`)].join('\n');
    const deep = [
      'd0: "(identifier)"',
      ...Array.from({ length: MAX_FRAGMENT_DEPTH }, (_, i) => `d${i + 1}: "(parenthesized_expression <d${i}>)"`),
    ].join('\n');
    return withRuleFolder(
      { ...rule('doubling', '(program <f7>) @finding', doubling), ...rule('deep', `<d${MAX_FRAGMENT_DEPTH}> @finding`, deep) },
      (dir) => {
        const started = Date.now();
        const errors = loadErrors(dir).sort();
        assert.ok(Date.now() - started < 2000, `loading took ${Date.now() - started} ms`);
        assert.strictEqual(errors.length, 2, errors.join('\n'));
        assert.match(
          errors[0],
          new RegExp(`^deep\\.yaml:\\d+: fragments nest more than ${MAX_FRAGMENT_DEPTH} deep: d8 → d7 → .* → d1 → d0$`),
        );
        assert.match(errors[1], new RegExp(`^doubling\\.yaml:\\d+: fragments expand to more than ${MAX_EXPANSION} characters$`));
      },
    );
  });

  it(`lists at most ${MAX_FRAGMENT_ERRORS} problems of a file full of broken references`, () => {
    const references = Array.from({ length: 5000 }, (_, i) => `<missing-${i}>`).join(' ');
    const unused = Array.from({ length: 5000 }, (_, i) => `unused-${i}: "(identifier)"`).join('\n');
    return withRuleFolder(
      {
        ...rule('many-unknown', `(program ${references}) @finding`, 'known: "(identifier)"'),
        ...rule('many-unused', '(identifier) @finding', unused),
      },
      (dir) => {
        const errors = loadErrors(dir);
        assert.strictEqual(errors.filter((e) => e.startsWith('many-unknown.yaml:12: unknown fragment')).length, MAX_FRAGMENT_ERRORS);
        assert.strictEqual(
          errors.filter((e) => /^many-unused\.yaml:\d+: fragment 'unused-\d+' is never used$/.test(e)).length,
          MAX_FRAGMENT_ERRORS,
        );
        assert.strictEqual(errors.length, 2 * MAX_FRAGMENT_ERRORS);
      },
    );
  });

  it("points a query compile error inside a fragment at the fragment's line, naming the line that used it", () => {
    // `bad` is short and follows a #match? predicate (which custom rules compile renamed, 7
    // characters longer): the error's position must be mapped back before finding its line.
    const fragments = ['named: |', '  (identifier) @_name', '  (#match? @_name "^(?:run|exec)$")', 'bad: "(nope)"'].join('\n');
    const query = ['(variable_declarator name: <named>', '  value: <bad>) @finding'].join('\n');
    return withRuleFolder(rule('broken-fragment', query, fragments), async (dir) => {
      const engine = VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
      const errors = (await engine.allErrors()).map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`);
      assert.strictEqual(errors.length, 1, errors.join('\n'));
      // Line 13 is fragment `bad`; line 16 is the query line `value: <bad>`.
      assert.match(
        errors[0],
        /^broken-fragment\.yaml:13: query of rule 'custom\.broken-fragment' does not compile for javascript: .* \(in fragment 'bad', used at line 16\)$/,
      );
    });
  });

  it("points a query compile error after a fragment at the query's own line", () =>
    withRuleFolder(
      rule(
        'after-fragment',
        '(variable_declarator name: <named>\n  value: (no_such_node)) @finding',
        'named: |\n  (identifier) @_name\n  (#match? @_name "^x$")',
      ),
      async (dir) => {
        const engine = VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
        const errors = (await engine.allErrors()).map((e) => `${e.line}: ${e.message}`);
        assert.strictEqual(errors.length, 1, errors.join('\n'));
        assert.match(errors[0], /^15: query of rule 'custom\.after-fragment' does not compile for javascript: [^(]*$/);
      },
    ));

  it("points an RE2 error in a fragment's #match? at the fragment's line", () =>
    withRuleFolder(
      rule(
        'lookahead',
        '((string (string_fragment) @text) @finding\n  <not-x>)',
        'not-x: |\n  ; strings not starting with x\n  (#match? @text "^(?!x)")',
      ),
      (dir) => {
        assert.deepStrictEqual(
          loadErrors(dir).map((e) => e.replace(/: invalid regular expression in a #match\? predicate of the query: .*/, '')),
          ['lookahead.yaml:12'],
        );
      },
    ));
});
