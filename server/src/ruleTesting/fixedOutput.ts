import * as fs from 'fs';
import { applyEdits } from '../engine/fixes';
import type { Rule } from '../engine/rule';
import { fixedFileOf } from '../engine/ruleFixtures';
import type { AnalysedFixture } from './fixtureCheck';
import { lineDiff } from './lineDiff';
import type { Check } from './results';

/** A rule with a fix: the fixture after every fix it offers must equal `<name>.fixed.<ext>`, byte for byte. */
export function checkFixedOutput(rule: Rule, fixture: AnalysedFixture): Check | undefined {
  if (!rule.fix) return undefined;
  const expectedFile = fixedFileOf(fixture.file);
  const base = { kind: 'fixed output' as const, file: expectedFile, subject: `fix "${rule.fix.title}" applied to every finding` };
  const actual = applyEdits(
    fixture.text,
    fixture.findings.flatMap((f) => f.fix?.edits ?? []),
  );
  if (!fs.existsSync(expectedFile))
    return { ...base, status: 'fail', detail: 'missing: write the fixture as it should read after the fix' };
  const expected = fs.readFileSync(expectedFile, 'utf8');
  if (expected === actual) return { ...base, status: 'pass' };
  return {
    ...base,
    status: 'fail',
    detail: 'the fixed fixture differs from the expected output (- expected, + actual)',
    diff: lineDiff(expected, actual),
  };
}
