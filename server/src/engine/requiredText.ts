import { matchPredicateRegexes } from './matchPredicates';
import { regexLiterals } from './regexLiterals';

/**
 * What text a rule's query needs in a file before it can match there, read from the query's
 * predicates: a capture equal to a literal (`#eq?`, `#any-of?`) means the file contains that
 * literal; a capture matching a regex (`#match?`) means the file contains one of the strings the
 * regex cannot match without (see regexLiterals.ts). A scan compiles only the rules that could
 * match one of its files, and the server only those that could match the document (query
 * compilation is most of a small scan's time and of a first analysis). A pattern without such
 * predicates needs nothing, so its rule is always kept.
 */

/**
 * A needed text: a string is a node's whole text (so an identifier-shaped one is a whole word of
 * the file); `{ substring }` occurs somewhere in it.
 */
export type Literal = string | { substring: string };

/** Per top-level pattern: sets of literals, one of each set must occur. */
type PatternNeeds = Literal[][];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IDENTIFIERS = /[A-Za-z_][A-Za-z0-9_]*/g;

/** The identifier-shaped words of a text. */
export function wordsOf(text: string, into = new Set<string>()): Set<string> {
  for (const match of text.matchAll(IDENTIFIERS)) into.add(match[0]);
  return into;
}

/** Whether a literal is found as a whole word of a text (else it is searched for in the text). */
export function isWordLiteral(literal: Literal): literal is string {
  return typeof literal === 'string' && IDENTIFIER.test(literal);
}

/** Whether `literal` occurs in a text, given the text's words (see wordsOf). */
export function occursIn(literal: Literal, words: Set<string>, texts: readonly string[]): boolean {
  if (typeof literal !== 'string') return texts.some((t) => t.includes(literal.substring));
  // An identifier-shaped node text is a whole word of the file; anything else is searched.
  return IDENTIFIER.test(literal) ? words.has(literal) : texts.some((t) => t.includes(literal));
}

/** The words and text of the files a scan will analyse, for quick "does any file contain" checks. */
export class ScannedText {
  private readonly words = new Set<string>();
  private readonly all: string[];
  private readonly found = new Map<string, boolean>();

  constructor(texts: string[]) {
    for (const text of texts) wordsOf(text, this.words);
    // One text to search (files joined by a character no literal holds): one search per literal.
    this.all = [texts.join('\0')];
  }

  contains(literal: Literal): boolean {
    if (typeof literal === 'string') return occursIn(literal, this.words, this.all);
    let found = this.found.get(literal.substring);
    if (found === undefined) {
      found = occursIn(literal, this.words, this.all);
      this.found.set(literal.substring, found);
    }
    return found;
  }
}

/** Whether `query` could match somewhere in `scanned` (false only when a needed literal is in no file). */
export function couldMatch(query: string, scanned: ScannedText): boolean {
  return needsMet(patternNeeds(query), (literal) => scanned.contains(literal));
}

/** Whether some pattern has all its needs met. */
export function needsMet(needs: PatternNeeds[], occurs: (literal: Literal) => boolean): boolean {
  return needs.some((pattern) => pattern.every((options) => options.some(occurs)));
}

export function patternNeeds(query: string): PatternNeeds[] {
  return topLevelPatterns(query).map((pattern) => {
    const needs: PatternNeeds = [];
    let mandatory: Set<string> | undefined;
    for (const predicate of pattern.matchAll(/\(#(eq|any-of)\?\s+@([\w.-]+)((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g)) {
      // `#eq?` holds when its capture caught nothing (`#any-of?` and `#match?` do not), so it says
      // something only about a capture every match has.
      if (predicate[1] === 'eq' && !(mandatory ??= mandatoryCaptures(pattern)).has(predicate[2])) continue;
      needs.push([...predicate[3].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => unescape(m[1])));
    }
    for (const { source, operator } of matchPredicateRegexes(pattern)) {
      if (operator !== 'match?' && operator !== 'any-match?') continue;
      const literals = regexLiterals(source);
      if (literals) needs.push(literals.map((substring) => ({ substring })));
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

/** A parsed query element: a node or grouping `(…)`, an alternation `[…]`, or a single token. */
interface QueryElement {
  kind: 'sequence' | 'alternation' | 'token';
  children: QueryElement[];
  captures: string[];
  optional: boolean;
}

/**
 * The captures every match of a pattern has: those not inside a part quantified `?` or `*`, and,
 * inside an alternation, those every branch has.
 */
export function mandatoryCaptures(pattern: string): Set<string> {
  const tokens = [...pattern.matchAll(/"(?:[^"\\]|\\.)*"|;[^\n]*|@[\w.-]+|[()[\]?*+]|[^\s()[\]"@?*+;]+/g)].map((m) => m[0]);
  let i = 0;
  const elements = (close?: string): QueryElement[] => {
    const out: QueryElement[] = [];
    while (i < tokens.length && tokens[i] !== close) {
      const token = tokens[i++];
      if (token.startsWith(';')) continue;
      if (token.startsWith('@')) {
        out[out.length - 1]?.captures.push(token.slice(1));
        continue;
      }
      if (token === '?' || token === '*' || token === '+') {
        const last = out[out.length - 1];
        if (last && token !== '+') last.optional = true;
        continue;
      }
      if (token === '(' && tokens[i]?.startsWith('#')) {
        // A predicate: not part of the structure.
        while (i < tokens.length && tokens[i] !== ')') i++;
        i++;
        continue;
      }
      if (token === '(' || token === '[') {
        const children = elements(token === '(' ? ')' : ']');
        i++;
        out.push({ kind: token === '(' ? 'sequence' : 'alternation', children, captures: [], optional: false });
        continue;
      }
      out.push({ kind: 'token', children: [], captures: [], optional: false });
    }
    return out;
  };
  const mandatory = (element: QueryElement): Set<string> => {
    if (element.optional) return new Set();
    const own = new Set(element.captures);
    const inner = element.children.map(mandatory);
    if (element.kind === 'alternation') {
      const [first, ...rest] = inner;
      for (const name of first ?? []) if (rest.every((branch) => branch.has(name))) own.add(name);
    } else {
      for (const set of inner) for (const name of set) own.add(name);
    }
    return own;
  };
  return mandatory({ kind: 'sequence', children: elements(), captures: [], optional: false });
}
