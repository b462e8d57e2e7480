import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RuleLoader } from '../../server/src/engine/ruleLoader';
import { VALID_RULE, withRuleFolder } from '../support/ruleFolder';

/** VALID_RULE with another id, written on line 2 (after a comment) so the reported line is the id's. */
const withId = (id: string) => `# a rule\n${VALID_RULE.replace('id: custom.test.no-debugger', `id: ${id}`)}`;

function load(dir: string, bundled: boolean) {
  const { rules, errors } = new RuleLoader().load([{ directory: dir, bundled }]);
  return {
    ids: rules.map((r) => r.id),
    errors: errors.map((e) => `${path.relative(dir, e.file)}:${e.line}${e.severity ? ` (${e.severity})` : ''}: ${e.message}`),
  };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** A rule's id is what users disable and suppress it by: a rule copied to start another must not keep the old one. */
describe('rule id against its path', () => {
  it('a bundled rule must be <language>/<category>/<name>.yaml with id <js|py>.<category>.<name>; otherwise it is an error at the id and left out', () =>
    withRuleFolder({}, (dir) => {
      write(dir, {
        'python/crypto/weak-hash.yaml': withId('py.crypto.weak-hash'),
        'javascript/config/no-debugger.yaml': withId('js.config.no-debugger'),
        'python/crypto/weak-cipher.yaml': withId('py.crypto.weak-hash-copy'),
        'javascript/xss/inner-html.yaml': withId('py.xss.inner-html'),
        'ruby/crypto/weak-hash.yaml': withId('rb.crypto.weak-hash'),
        'javascript/loose.yaml': withId('js.loose'),
      });
      const { ids, errors } = load(dir, true);
      assert.deepStrictEqual(ids.sort(), ['js.config.no-debugger', 'py.crypto.weak-hash']);
      assert.deepStrictEqual(errors.sort(), [
        'javascript/loose.yaml:2: a bundled rule must be at <language>/<category>/<name>.yaml with language javascript or python',
        "javascript/xss/inner-html.yaml:2: rule id 'py.xss.inner-html' does not match its path: javascript/xss/inner-html.yaml has id 'js.xss.inner-html'",
        "python/crypto/weak-cipher.yaml:2: rule id 'py.crypto.weak-hash-copy' does not match its path: python/crypto/weak-cipher.yaml has id 'py.crypto.weak-cipher'",
        'ruby/crypto/weak-hash.yaml:2: a bundled rule must be at <language>/<category>/<name>.yaml with language javascript or python',
      ]);
    }));

  it("a custom rule's file is named after its id's last segment or its whole id, in any folder; otherwise a warning at the id, and the rule still runs", () =>
    withRuleFolder({}, (dir) => {
      write(dir, {
        'no-debugger.yaml': withId('acme.quality.no-debugger'),
        'team/acme.no-eval.yml': withId('acme.no-eval'),
        'copied-rule.yaml': withId('acme.quality.no-alert'),
      });
      const { ids, errors } = load(dir, false);
      assert.deepStrictEqual(ids.sort(), ['acme.no-eval', 'acme.quality.no-alert', 'acme.quality.no-debugger']);
      assert.deepStrictEqual(errors, [
        "copied-rule.yaml:2 (warning): rule id 'acme.quality.no-alert' does not match the file name 'copied-rule.yaml': name the file 'no-alert.yaml' or 'acme.quality.no-alert.yaml', or change the id (the rule still runs)",
      ]);
    }));

  it('every bundled rule passes the check', () => {
    const { errors } = load(path.resolve(__dirname, '..', '..', 'rules'), true);
    assert.deepStrictEqual(errors, []);
  });
});
