import * as assert from 'assert';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { loadTaintSets } from '../../server/src/engine/dataflow/taintSets';

const RULES = path.resolve(__dirname, '..', '..', 'rules');

/**
 * What holds for the bundled rules beyond their fixtures. The fixtures themselves (annotated
 * lines, fixed outputs, finding snapshots, explanation examples) run through `vetted test
 * --bundled`, which `npm test` runs before mocha.
 */
const engine = VettedEngine.create();

describe('bundled rules', () => {
  it('load and compile without errors', async () => {
    const errors = await engine.allErrors();
    assert.deepStrictEqual(
      errors.map((e) => `${path.relative(process.cwd(), e.file)}:${e.line}: ${e.message}`),
      [],
    );
  });

  it('root no pattern at the file node (every ranged match, one per edit, would walk all top-level statements)', () => {
    const fileRooted = /^\s*\((program|module)\b/m;
    const rooted = [
      ...engine.ruleSet.rules.filter((r) => fileRooted.test(r.query)).map((r) => r.id),
      ...loadTaintSets(RULES)
        .sets.filter((s) => fileRooted.test(s.query))
        .map((s) => s.name),
    ];
    assert.deepStrictEqual(rooted, [], 'use a `not-inside` condition (rules) or `file-matches` (sets) for "top-level only" instead');
  });
});
