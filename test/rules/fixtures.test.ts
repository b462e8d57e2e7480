import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { fixedFileOf, fixturesOf } from '../../server/src/engine/ruleFixtures';
import { checkFixture } from '../support/fixtures';
import { loadTaintSets } from '../../server/src/engine/dataflow/taintSets';

const RULES = path.resolve(__dirname, '..', '..', 'rules');

/**
 * Every bundled rule proves itself on its fixture: lines it must flag, near-misses it must not,
 * and for rules with a fix, the exact expected output.
 */
const engine = VettedEngine.create();

describe('bundled rules', () => {
  it('load and compile without errors', async () => {
    const errors = await engine.allErrors();
    assert.deepStrictEqual(errors.map((e) => `${path.relative(process.cwd(), e.file)}:${e.line}: ${e.message}`), []);
  });

  it('root no pattern at the file node (every ranged match, one per edit, would walk all top-level statements)', () => {
    const fileRooted = /^\s*\((program|module)\b/m;
    const rooted = [...engine.ruleSet.rules.filter((r) => fileRooted.test(r.query)).map((r) => r.id), ...loadTaintSets(RULES).sets.filter((s) => fileRooted.test(s.query)).map((s) => s.name)];
    assert.deepStrictEqual(rooted, [], 'use a `not-inside` condition (rules) or `file-matches` (sets) for "top-level only" instead');
  });

  for (const rule of engine.ruleSet.rules) {
    describe(rule.id, () => {
      const fixtures = fixturesOf(rule.file);
      it('has a fixture', () => assert.ok(fixtures.length > 0, `no fixture beside ${rule.file}`));
      for (const fixture of fixtures) {
        it(`${path.basename(fixture)}: flags every vetted-expect line and nothing else`, async () => {
          const check = await checkFixture(engine, rule, fixture);
          assert.deepStrictEqual(check.problems, []);
          assert.ok(check.expectCount > 0, 'fixture has no vetted-expect line');
          assert.ok(check.okCount > 0, 'fixture has no vetted-ok near-miss line');
        });
        if (rule.fix) {
          it(`${path.basename(fixture)}: fix produces ${path.basename(fixedFileOf(fixture))}`, async () => {
            const check = await checkFixture(engine, rule, fixture);
            const expectedFile = fixedFileOf(fixture);
            assert.ok(fs.existsSync(expectedFile), `missing expected output ${expectedFile}`);
            assert.strictEqual(check.fixedText, fs.readFileSync(expectedFile, 'utf8'));
          });
        }
      }
    });
  }
});
