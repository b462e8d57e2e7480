import type { Rule } from '../engine/rule';

/**
 * One verdict of `vetted test`: an annotated line, a fixture's fixed output or snapshot, one part
 * of an explanation example. A known gap (`gap`) is listed but does not fail the run.
 */
export type CheckStatus = 'pass' | 'fail' | 'gap' | 'skip';

export type CheckKind =
  | 'expect'
  | 'ok'
  | 'todo-expect'
  | 'todo-ok'
  | 'unannotated'
  | 'message'
  | 'fixture'
  | 'fixed output'
  | 'snapshot'
  | 'example Bad'
  | 'example Good'
  | 'example'
  | 'rule';

export interface Check {
  status: CheckStatus;
  kind: CheckKind;
  /** The file the verdict is about (absolute), and its 1-based line when it is about one line. */
  file: string;
  line?: number;
  /** The line's code, or a short description of what was checked. */
  subject: string;
  /** Why it failed, what the known gap is, or why it was skipped. */
  detail?: string;
  /** Expected (-) against actual (+) lines, for a fixed output or snapshot that differs. */
  diff?: string[];
}

export interface RuleTestResult {
  rule: Rule;
  fixtures: string[];
  checks: Check[];
  /** Snapshot files written (with --update-snapshots). */
  snapshotsWritten: string[];
}

export function isAnnotationCheck(check: Check): boolean {
  return check.kind === 'expect' || check.kind === 'ok' || check.kind === 'todo-expect' || check.kind === 'todo-ok';
}
