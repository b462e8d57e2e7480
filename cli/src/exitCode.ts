import type { Severity } from '../../server/src/engine/rule';
import { severityRank } from '../../server/src/engine/rule';
import type { ScanResult } from './scan';

/** Exit codes: the policy gate's contract with CI. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
/** `vetted test`: a check failed or a rule is broken (1, like findings over the gate). */
export const EXIT_TEST_FAILURES = EXIT_FINDINGS;

export interface Gates {
  failOn: Severity | 'none';
  failOnAi: Severity | 'none';
  /** Broken rule files: exit 2 wins. */
  ruleErrors: number;
}

/**
 * The exit code of a scan. Files that were skipped, or whose analysis failed, are notes in the
 * report and do not change it: the gate follows the findings, so a CI job still gets (and can
 * upload) the complete report of every other file.
 */
export function exitCodeFor(result: ScanResult, gates: Gates): number {
  if (gates.ruleErrors > 0) return EXIT_ERROR;
  return result.findings.some((f) => atLeast(gates.failOn, f.finding.severity)) || aiTripped(result, gates.failOnAi) > 0
    ? EXIT_FINDINGS
    : EXIT_OK;
}

/** AI-accepted findings at or above `--fail-on-ai`. */
export function aiTripped(result: ScanResult, failOnAi: Severity | 'none'): number {
  return result.findings.filter((f) => f.aiProvenance && atLeast(failOnAi, f.finding.severity)).length;
}

/** Whether `severity` reaches a gate's threshold (`none` is never reached). */
export function atLeast(threshold: Severity | 'none', severity: Severity): boolean {
  return threshold !== 'none' && severityRank(severity) >= severityRank(threshold);
}
