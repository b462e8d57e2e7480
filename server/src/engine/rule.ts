import type { TaintSpec } from './dataflow/taintTypes';
import type { RuleLanguage } from './languages';
import type { ExpandedQuery } from './queryFragments';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Confidence = 'high' | 'medium' | 'low';

/** Rank of a severity: higher is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/** One step more severe: how findings in AI-accepted code are reported (editor and CLI alike). */
export function escalate(severity: Severity): Severity {
  const index = SEVERITIES.indexOf(severity);
  return SEVERITIES[Math.max(0, index - 1)];
}

/** A test a capture must pass for a match to become a finding (the engine's own predicates). */
export interface Condition {
  capture: string;
  /** `literal`: a literal value; `constant`: a value that cannot carry runtime input. */
  is?: 'literal' | 'non-literal' | 'constant' | 'non-constant';
  /** Calls whose result counts as safe (a sanitiser) when deciding `constant` / `non-constant`. */
  'safe-calls'?: string[];
  /** The capture's text matches this regular expression (JavaScript syntax; a leading `(?i)` makes it case-insensitive). */
  matches?: string;
  'not-matches'?: string;
  /** An enclosing node (ancestor) of one of these types exists, optionally with a name matching a regex. */
  inside?: Enclosing;
  /** No enclosing node of these types (with a matching name, if given) exists. */
  'not-inside'?: Enclosing;
  /** The capture is absent from the match (for optional captures). */
  absent?: boolean;
  present?: boolean;
}

/**
 * Ancestors to look for. The name of an ancestor is its `name` field (functions, classes,
 * declarators), else `key` (object pairs), else `left` (assignments).
 */
export interface Enclosing {
  types: string[];
  'name-matches'?: string;
  /** Only ancestors whose whole text matches count (e.g. a function that calls `setAuthTag`). */
  'text-matches'?: string;
  /** Stop looking at the first ancestor of one of these types (e.g. a function boundary). */
  'stop-at'?: string[];
}

export interface FixEdit {
  /** The capture whose exact syntax-tree range is replaced. */
  capture: string;
  /** Replacement text; `{{name}}` inserts the text of capture `name`. */
  replace: string;
  /**
   * Skip this edit (instead of withholding the whole fix) when `capture` is not in the match:
   * patterns of one rule that need different edits each capture their own. The fix is offered
   * when at least one edit applies.
   */
  optional?: boolean;
  /**
   * Replace only the first match of this regular expression inside the captured node's text
   * (e.g. the `http` of a URL literal). No match counts as a missing capture.
   */
  match?: string;
}

export interface RuleFix {
  title: string;
  edits: FixEdit[];
}

/** A rule as written in its YAML file. */
export interface RuleSpec {
  id: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  languages: RuleLanguage[];
  cwe: number[];
  owasp: string;
  message: string;
  query: string;
  /** Named pieces of query text that `<name>` in the query (or in another fragment) stands for. */
  fragments?: Record<string, string>;
  where?: Condition[];
  paths?: { exclude?: string[]; include?: string[] };
  fix?: RuleFix;
  /** Shown instead of a fix when no safe automatic edit exists. */
  'manual-fix'?: string;
  explanation: string;
  references: string[];
  tags?: string[];
  docs?: string;
  /** A taint rule: `query` matches sinks, `@sink` is the value that must not be tainted. */
  taint?: TaintSpec;
}

/** A loaded rule: the spec plus where it came from. Its `query` has its fragments expanded. */
export interface Rule extends Omit<RuleSpec, 'fragments'> {
  file: string;
  /** Line of the `query:` key in the file (1-based), for errors about the query as a whole. */
  queryLine: number;
  /** `query` with the rule-file line each part was written on, for query compile errors. */
  expandedQuery: ExpandedQuery;
  /** True for rules shipped with Vetted; false for rules from user folders. */
  bundled: boolean;
}
