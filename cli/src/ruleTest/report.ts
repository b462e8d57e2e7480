import * as path from 'path';
import { Check, isAnnotationCheck, RuleTestResult } from '../../../server/src/ruleTesting/results';
import type { RuleLoadError } from '../../../server/src/engine/ruleLoader';

/** `vetted test`'s text report: one line per check under its rule, then known gaps, failures and a summary. */
export class RuleTestReport {
  /** With the id of the rule they are about (none for a rule file that did not load). */
  private readonly gaps: { check: Check; ruleId?: string }[] = [];
  private readonly failures: { check: Check; ruleId?: string }[] = [];
  private readonly counts = {
    rules: 0,
    fixtures: 0,
    annotated: 0,
    snapshots: 0,
    written: 0,
    examples: 0,
    exampleSkips: 0,
    passed: 0,
    failed: 0,
    gaps: 0,
    ruleErrors: 0,
  };

  constructor(
    private readonly write: (text: string) => void,
    private readonly base: string,
  ) {}

  ruleErrors(errors: RuleLoadError[]): void {
    for (const e of errors) {
      this.counts.ruleErrors++;
      this.counts.failed++;
      const check: Check = { status: 'fail', kind: 'rule', file: e.file, line: e.line, subject: 'rule error', detail: e.message };
      this.failures.push({ check });
      this.write(`${this.line(check)}\n        ${e.message}\n`);
    }
  }

  rule(result: RuleTestResult): void {
    this.counts.rules++;
    this.counts.fixtures += result.fixtures.length;
    this.counts.written += result.snapshotsWritten.length;
    this.write(`${result.rule.id}  ${this.relative(result.rule.file)}\n`);
    for (const check of result.checks) {
      if (isAnnotationCheck(check)) this.counts.annotated++;
      if (check.kind === 'snapshot') this.counts.snapshots++;
      if (check.kind === 'example Bad' || check.kind === 'example Good') this.counts.examples++;
      if (check.status === 'skip') this.counts.exampleSkips++;
      if (check.status === 'pass') this.counts.passed++;
      if (check.status === 'fail') {
        this.counts.failed++;
        this.failures.push({ check, ruleId: result.rule.id });
      }
      if (check.status === 'gap') {
        this.counts.gaps++;
        this.gaps.push({ check, ruleId: result.rule.id });
      }
      this.write(`  ${this.line(check)}\n`);
      if (check.detail && check.status !== 'pass') this.write(`        ${check.detail}\n`);
      for (const d of check.diff ?? []) this.write(`        ${d}\n`);
    }
  }

  /** Known gaps, failures again (a long run scrolls them away) and the counts. */
  finish(): void {
    const c = this.counts;
    if (this.gaps.length > 0) {
      this.write(`\nKnown gaps (${this.gaps.length}):\n`);
      for (const { check, ruleId } of this.gaps) this.write(`  ${this.location(check)}  ${check.kind}  ${ruleId}: ${check.detail}\n`);
    }
    if (this.failures.length > 0) {
      this.write(`\nFailures (${this.failures.length}):\n`);
      for (const { check, ruleId } of this.failures)
        this.write(`  ${this.location(check)}  ${check.kind}  ${ruleId ? `${ruleId}: ` : ''}${check.detail ?? check.subject}\n`);
    }
    const written = c.written > 0 ? ` (${c.written} written)` : '';
    const ruleErrors = c.ruleErrors > 0 ? `, ${c.ruleErrors} rule error(s)` : '';
    const tested = [
      `${c.rules} rule(s)`,
      `${c.fixtures} fixture(s)`,
      `${c.annotated} annotated line(s)`,
      `${c.snapshots} snapshot(s)${written}`,
    ];
    const examples = [`${c.examples} example part(s) analysed`, `${c.exampleSkips} example block(s) skipped${ruleErrors}`];
    this.write(`\n${[...tested, ...examples].join(', ')}\n`);
    this.write(`${c.failed === 0 ? 'PASS' : 'FAIL'}: ${c.passed} passed, ${c.failed} failed, ${c.gaps} known gap(s)\n`);
  }

  get failed(): number {
    return this.counts.failed;
  }

  private line(check: Check): string {
    const status = check.status === 'fail' ? 'FAIL' : check.status;
    const detail = check.status === 'pass' && check.detail ? ` (${check.detail})` : '';
    return `${status.padEnd(4)}  ${this.location(check)}  ${check.kind}  ${check.subject}${detail}`;
  }

  private location(check: Check): string {
    return `${this.relative(check.file)}${check.line !== undefined ? `:${check.line}` : ''}`;
  }

  private relative(file: string): string {
    const relative = path.relative(this.base, file);
    return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
  }
}
