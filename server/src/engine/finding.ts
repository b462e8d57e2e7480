import type { Rule, Severity } from './rule';
import type { TraceStep } from './dataflow/taintTypes';
import type { Suppression } from './suppressions';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units (LSP's default encoding, and tree-sitter's here). */
  character: number;
}

/** A half-open span of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextRange {
  start: Position;
  end: Position;
  startIndex: number;
  endIndex: number;
}

export interface TextEdit {
  range: TextRange;
  newText: string;
}

export interface FindingFix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: Rule;
  severity: Severity;
  /** One sentence: what was found and why it matters, with the rule's captures filled in. */
  message: string;
  range: TextRange;
  fix?: FindingFix;
  /** Set when a suppression comment names this finding's rule but has expired. */
  expiredSuppression?: Suppression;
  /** Taint rules: how untrusted input reaches the sink, source first (the finding's range is the sink). */
  trace?: TraceStep[];
}
