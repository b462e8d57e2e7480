/**
 * The `taint:` block of a rule: where untrusted values start (sources), what cleans them
 * (sanitizers) and which calls pass them on (propagators). The rule's `query` matches the sinks;
 * its `@sink` capture is the argument that must not carry a tainted value.
 */
export interface TaintSpec {
  /** Names of shared sets (`rules/<language>/_sets/`) or inline `{ query }` entries capturing `@source`. */
  sources: TaintEntry[];
  /** Sets or inline queries capturing `@sanitizer`: the captured expression's value is clean. */
  sanitizers?: TaintEntry[];
  /** Sets or inline queries capturing `@to` (the result) and `@from` (what it is computed from). */
  propagators?: TaintEntry[];
}

export type TaintEntry = string | { query: string };

export type TaintSetKind = 'source' | 'sanitizer' | 'propagator';

/** A named, shared set of sources, sanitizers or propagators, written once per language. */
export interface TaintSet {
  name: string;
  kind: TaintSetKind;
  languages: string[];
  description: string;
  query: string;
  /** The set applies only in files whose start (FILE_HEAD_CHARS) matches this regex (a directive such as 'use server'). */
  'file-matches'?: string;
  file: string;
  /** Line of the set's `query:` key (1-based), for compile errors. */
  queryLine: number;
}

/** One place on the path from a source to a sink, positioned like a finding's range. */
export interface TraceStep {
  kind: 'source' | 'step';
  message: string;
  startIndex: number;
  endIndex: number;
  start: { line: number; character: number };
  end: { line: number; character: number };
}
