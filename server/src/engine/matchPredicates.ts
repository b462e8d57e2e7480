import type { Query, QueryCapture } from 'web-tree-sitter';
import { compileRegex, TextPattern } from './regex';

/**
 * `#match?`, `#not-match?`, `#any-match?` and `#any-not-match?` in custom rules' queries.
 * web-tree-sitter evaluates these itself with JavaScript's backtracking RegExp, so a custom rule
 * could hang an analysis beyond any time budget. Custom rules' queries are compiled with the
 * predicates renamed (`#vetted-match?` …), which web-tree-sitter leaves alone, and the engine
 * evaluates them with RE2 (linear time), with the same meaning.
 */

const MATCH_PREDICATE = /\(#((?:any-)?(?:not-)?match\?)(\s+@[\w.-]+\s+)"((?:[^"\\]|\\.)*)"/g;
const TAKEN_OVER = 'vetted-';

export interface QueryRegex {
  /** Offset of the regex string in the query source (for error lines). */
  offset: number;
  source: string;
  /** `match?`, `not-match?`, `any-match?` or `any-not-match?`. */
  operator: string;
}

/** The regexes of the match predicates in a query's source, decoded as tree-sitter reads strings. */
export function matchPredicateRegexes(query: string): QueryRegex[] {
  return [...query.matchAll(MATCH_PREDICATE)].map((m) => ({ offset: m.index, source: decodeQueryString(m[3]), operator: m[1] }));
}

/** The query with its match predicates renamed, so web-tree-sitter does not evaluate them. */
export function withMatchPredicatesTakenOver(query: string): string {
  return query.replace(
    MATCH_PREDICATE,
    (_whole, operator: string, capture: string, value: string) => `(#${TAKEN_OVER}${operator}${capture}"${value}"`,
  );
}

/** The position in `query` of position `offset` of its taken-over form (for compile error lines). */
export function offsetBeforeTakeOver(query: string, offset: number): number {
  let inserted = 0;
  for (const m of query.matchAll(MATCH_PREDICATE)) {
    const at = m.index + '(#'.length + inserted;
    if (offset <= at) break;
    inserted += Math.min(TAKEN_OVER.length, offset - at);
  }
  return offset - inserted;
}

/** The taken-over predicates of one pattern, ready to test a match's captures. */
export type PatternPredicate = (captures: QueryCapture[]) => boolean;

/** For each pattern of a compiled query, its taken-over match predicates (RE2, compiled once). */
export function takenOverPredicates(query: Query): PatternPredicate[][] {
  const out: PatternPredicate[][] = [];
  for (let i = 0; i < query.patternCount(); i++) {
    const predicates: PatternPredicate[] = [];
    for (const { operator, operands } of query.predicates[i] ?? []) {
      if (!operator.startsWith(TAKEN_OVER)) continue;
      const [capture, value] = operands as { type: string; name?: string; value?: string }[];
      if (capture?.type !== 'capture' || value?.type !== 'string') continue;
      predicates.push(predicate(operator.slice(TAKEN_OVER.length), capture.name!, compileRegex(value.value!, false)));
    }
    out.push(predicates);
  }
  return out;
}

/** The same meaning web-tree-sitter gives these predicates. */
function predicate(operator: string, captureName: string, regex: TextPattern): PatternPredicate {
  const positive = operator === 'match?' || operator === 'any-match?';
  const all = !operator.startsWith('any-');
  return (captures) => {
    const texts = captures.filter((c) => c.name === captureName).map((c) => c.node.text);
    if (texts.length === 0) return !positive;
    const test = (text: string) => regex.test(text) === positive;
    return all ? texts.every(test) : texts.some(test);
  };
}

/** Tree-sitter's string escapes: `\n`, `\r`, `\t`, `\0`; any other escaped character stands for itself. */
function decodeQueryString(value: string): string {
  return value.replace(/\\(.)/gs, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c === '0' ? '\0' : c));
}
