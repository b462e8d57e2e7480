/**
 * What text a rule's query needs in a file before it can match there, read from the query's
 * `#eq?` / `#any-of?` predicates: a capture equal to a literal means the file contains that
 * literal. A scan that knows all its files up front compiles only the rules that could match one
 * of them (query compilation is most of a small scan's time). A pattern without such predicates
 * needs nothing, so its rule is always kept.
 */

/** Per top-level pattern: sets of literals, one of each set must occur. */
type PatternNeeds = string[][];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IDENTIFIERS = /[A-Za-z_][A-Za-z0-9_]*/g;

/** The words and text of the files a scan will analyse, for quick "does any file contain" checks. */
export class ScannedText {
  private readonly words = new Set<string>();

  constructor(private readonly texts: string[]) {
    for (const text of texts) for (const match of text.matchAll(IDENTIFIERS)) this.words.add(match[0]);
  }

  contains(literal: string): boolean {
    // An identifier-shaped node text is a whole word of the file; anything else is searched.
    return IDENTIFIER.test(literal) ? this.words.has(literal) : this.texts.some((t) => t.includes(literal));
  }
}

/** Whether `query` could match somewhere in `scanned` (false only when a needed literal is in no file). */
export function couldMatch(query: string, scanned: ScannedText): boolean {
  return patternNeeds(query).some((needs) => needs.every((options) => options.some((literal) => scanned.contains(literal))));
}

export function patternNeeds(query: string): PatternNeeds[] {
  return topLevelPatterns(query).map((pattern) => {
    const needs: PatternNeeds = [];
    for (const predicate of pattern.matchAll(/\(#(eq|any-of)\?\s+@[\w.-]+((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g)) {
      needs.push([...predicate[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => unescape(m[1])));
    }
    return needs;
  });
}

function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/** The query's top-level patterns as source text (comments removed, strings respected). */
export function topLevelPatterns(query: string): string[] {
  const patterns: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === ';') {
      while (i < query.length && query[i] !== '\n') i++;
      continue;
    }
    if (c === '"') {
      const start = i;
      for (i++; i < query.length && query[i] !== '"'; i++) if (query[i] === '\\') i++;
      current += query.slice(start, i + 1);
      continue;
    }
    if (c === '(' || c === '[') {
      if (depth === 0 && current.trim() !== '' && /[)\]]\s*[@?*+\w.\s-]*$/.test(current)) {
        patterns.push(current);
        current = '';
      }
      depth++;
    } else if (c === ')' || c === ']') depth--;
    current += c;
  }
  if (current.trim() !== '') patterns.push(current);
  return patterns;
}
