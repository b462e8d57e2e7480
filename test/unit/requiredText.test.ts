import * as assert from 'assert';
import * as fs from 'fs';
import { VettedEngine } from '../../server/src/engine/engine';
import { couldMatch, patternNeeds, ScannedText } from '../../server/src/engine/requiredText';
import { fixturesOf } from '../../server/src/engine/ruleFixtures';

/** The CLI compiles only rules that could match its files: that must never drop a rule that matches. */
describe('required text of rule queries', () => {
  const engine = VettedEngine.create();

  it('keeps every bundled rule for its own fixture (which it flags)', () => {
    for (const rule of engine.ruleSet.rules) {
      const texts = fixturesOf(rule.file).map((f) => fs.readFileSync(f, 'utf8'));
      assert.ok(couldMatch(rule.query, new ScannedText(texts)), `${rule.id} would be left out for its own fixture`);
    }
  });

  it('leaves out a rule whose every pattern needs a name no file contains', () => {
    const weakHash = engine.ruleSet.rule('js.crypto.weak-hash')!;
    assert.strictEqual(couldMatch(weakHash.query, new ScannedText(['const x = hash(data);', 'import os\nos.getcwd()'])), false);
    assert.strictEqual(couldMatch(weakHash.query, new ScannedText(['x', "crypto.createHash('md5')"])), true);
    // A word inside a longer identifier is not the identifier.
    assert.strictEqual(couldMatch(weakHash.query, new ScannedText(['const createHashed = 1;'])), false);
  });

  it('reads predicates per top-level pattern, past comments and strings, and keeps patterns without them', () => {
    const query = [
      '; a comment with (#eq? @x "ignored")',
      '((call_expression function: (identifier) @f) (#any-of? @f "eval" "Function"))',
      '(string (string_fragment) @s (#eq? @s "a \\" ) tricky")) @finding',
      '[(true) (false)] @finding',
    ].join('\n');
    assert.deepStrictEqual(patternNeeds(query), [[['eval', 'Function']], [['a " ) tricky']], []]);
    assert.strictEqual(couldMatch(query, new ScannedText(['nothing here'])), true, 'the last pattern needs nothing');
  });
});
