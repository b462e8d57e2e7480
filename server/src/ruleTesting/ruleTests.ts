import type { VettedEngine } from '../engine/engine';
import type { Rule } from '../engine/rule';
import { fixturesOf } from '../engine/ruleFixtures';
import { checkExplanationExamples } from './explanationExamples';
import { checkFixedOutput } from './fixedOutput';
import { analyseFixture, checkAnnotations } from './fixtureCheck';
import type { Check, RuleTestResult } from './results';
import { checkSnapshot } from './snapshots';

export interface RuleTestOptions {
  /** Rewrite snapshots that differ (or are missing) instead of failing on them. */
  updateSnapshots?: boolean;
}

/**
 * Everything `vetted test` checks of one rule: each fixture's annotated lines (and that nothing
 * else is flagged), the fixed output of a rule with a fix, the findings' snapshot, and the
 * explanation's Bad/Good examples.
 */
export async function testRule(engine: VettedEngine, rule: Rule, options: RuleTestOptions = {}): Promise<RuleTestResult> {
  const fixtures = fixturesOf(rule.file);
  const checks: Check[] = [];
  const snapshotsWritten: string[] = [];
  if (fixtures.length === 0) {
    checks.push({
      status: 'fail',
      kind: 'fixture',
      file: rule.file,
      subject: 'no fixture',
      detail: 'add a fixture beside the rule (same name, a source extension) with vetted-expect and vetted-ok lines',
    });
  }
  for (const file of fixtures) {
    const fixture = await analyseFixture(engine, rule, file);
    checks.push(...checkAnnotations(engine, rule, fixture));
    const fixed = checkFixedOutput(rule, fixture);
    if (fixed) checks.push(fixed);
    const snapshot = checkSnapshot(rule, fixture, options.updateSnapshots === true);
    checks.push(snapshot.check);
    if (snapshot.written) snapshotsWritten.push(snapshot.check.file);
  }
  checks.push(...(await checkExplanationExamples(engine, rule)));
  return { rule, fixtures, checks, snapshotsWritten };
}
