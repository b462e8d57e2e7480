/**
 * Query fragments: a rule's `fragments:` map names pieces of query text, and `<name>` in the
 * query (or in another fragment) stands for that piece. Tree-sitter's predicates apply to a whole
 * pattern, so rules repeat one node shape under every context it can appear in; a fragment lets
 * the shape be written once. `<` is no part of tree-sitter's query syntax outside strings and
 * comments, so a reference cannot be mistaken for query text, and one left unexpanded could never
 * compile silently.
 *
 * The expansion keeps, for every stretch of the expanded text, the YAML line it was copied from,
 * so a tree-sitter error inside a fragment points at the fragment's own line (and names the line
 * that used it). Expansion is bounded: each fragment is expanded once, nesting is limited, and the
 * total text produced is capped, so a hostile rule file cannot make loading slow or large.
 */

/** Query text as written in the rule file. */
export interface SourceText {
  text: string;
  /** YAML line (1-based) of the text's first line. */
  line: number;
}

/** A fragment as written under `fragments:`. */
export interface FragmentText extends SourceText {
  /** Line of the fragment's name. */
  keyLine: number;
}

/** Where the expanded query's text from `offset` on was copied from (until the next segment). */
export interface QuerySegment {
  offset: number;
  /** YAML line of the character at `offset`. */
  line: number;
  /** The fragment the text belongs to; absent for the query's own text. */
  fragment?: string;
  /** The line of the `<fragment>` reference that brought this text in. */
  usedAt?: number;
}

export interface ExpandedQuery {
  text: string;
  segments: QuerySegment[];
}

export interface FragmentError {
  line: number;
  message: string;
}

/** Where a position of an expanded query was written in the rule file. */
export interface QueryOrigin {
  line: number;
  fragment?: string;
  usedAt?: number;
}

export const FRAGMENT_NAME = /^[a-z][a-z0-9-]*$/;
/** How deep fragments may refer to fragments (the bundled rules use two levels). */
export const MAX_FRAGMENT_DEPTH = 8;
/**
 * The text (plus bookkeeping) all of a rule's expansions may produce: twice the largest rule
 * file, so any query a rule file can hold fits, and doubling fragments stop early.
 */
export const MAX_EXPANSION = 2 * 1024 * 1024;
/** Problems listed per rule file: a file of thousands of broken references needs only the first few. */
export const MAX_FRAGMENT_ERRORS = 20;

const REFERENCE = /<([a-z][a-z0-9-]*)>/y;

/** The query with every `<name>` replaced by its fragment, and the problems found on the way. */
export function expandFragments(
  query: SourceText,
  fragments: ReadonlyMap<string, FragmentText>,
): { query?: ExpandedQuery; errors: FragmentError[] } {
  const expander = new Expander(fragments);
  const expanded = expander.expand(query, undefined, []);
  // An unused fragment is worth a word only when nothing else went wrong (a typo in a reference
  // leaves the fragment it meant unused).
  if (expander.errors.length === 0) expander.reportUnused();
  const errors = expander.errors.sort((a, b) => a.line - b.line);
  return errors.length > 0 || !expanded ? { errors } : { query: expanded, errors };
}

/** The rule-file line (and fragment) of position `offset` of an expanded query. */
export function queryOrigin(query: ExpandedQuery, offset: number): QueryOrigin {
  const at = Math.max(0, Math.min(offset, query.text.length));
  let low = 0;
  let high = query.segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (query.segments[mid].offset <= at) low = mid;
    else high = mid - 1;
  }
  const segment = query.segments[low];
  let line = segment.line;
  for (let i = segment.offset; i < at; i++) if (query.text.charCodeAt(i) === 10) line++;
  return { line, fragment: segment.fragment, usedAt: segment.usedAt };
}

class Expander {
  private readonly used = new Set<string>();
  readonly errors: FragmentError[] = [];
  /** Each fragment's expansion, or null when it failed (its errors are reported once). */
  private readonly done = new Map<string, ExpandedQuery | null>();
  private budget = MAX_EXPANSION;
  private overBudget = false;

  constructor(private readonly fragments: ReadonlyMap<string, FragmentText>) {}

  /** `source` expanded; `chain` holds the fragments being expanded around it (for cycles). */
  expand(source: SourceText, name: string | undefined, chain: string[]): ExpandedQuery | null {
    const text = source.text;
    const parts: string[] = [];
    const segments: QuerySegment[] = [{ offset: 0, line: source.line, fragment: name }];
    let length = 0;
    let copiedUpTo = 0;
    let line = source.line;
    let failed = false;
    let inComment = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') {
        line++;
        inComment = false;
      } else if (inComment) {
        continue;
      } else if (c === ';') {
        inComment = true;
      } else if (c === '"') {
        const end = endOfString(text, i);
        line += countNewlines(text, i, end);
        i = end;
      } else if (c === '<') {
        REFERENCE.lastIndex = i;
        const match = REFERENCE.exec(text);
        if (!match) {
          const written = text.slice(i, i + 24).split('\n')[0];
          const shown = written.includes('>') ? written.slice(0, written.indexOf('>') + 1) : written;
          this.report(
            line,
            `malformed fragment reference '${shown}': write <name>, a fragment name of lowercase letters, digits and '-' ` +
              `(tree-sitter queries have no '<' outside strings)`,
          );
          if (this.errors.length >= MAX_FRAGMENT_ERRORS) return null;
          failed = true;
          continue;
        }
        const child = this.reference(match[1], line, chain);
        parts.push(text.slice(copiedUpTo, i));
        length += i - copiedUpTo;
        copiedUpTo = i + match[0].length;
        i = copiedUpTo - 1;
        if (!child) {
          if (this.errors.length >= MAX_FRAGMENT_ERRORS) return null;
          failed = true;
          continue;
        }
        if (!this.spend(child.text.length + child.segments.length + 1, line)) return null;
        for (const s of child.segments)
          segments.push({ offset: s.offset + length, line: s.line, fragment: s.fragment, usedAt: s.usedAt ?? line });
        parts.push(child.text);
        length += child.text.length;
        segments.push({ offset: length, line, fragment: name });
      }
    }
    if (failed) return null;
    // A fragment is used in a line of its user: its final line break goes (a block scalar's
    // `|` adds one), unless it ends in a comment, which would hide the rest of that line.
    const rest = text.slice(copiedUpTo);
    parts.push(name === undefined ? rest : inComment ? rest + '\n' : rest.replace(/\n$/, ''));
    if (!this.spend(text.length - copiedUpTo + 1, line)) return null;
    return { text: parts.join(''), segments };
  }

  private reference(name: string, line: number, chain: string[]): ExpandedQuery | null {
    const fragment = this.fragments.get(name);
    if (!fragment) {
      const known = [...this.fragments.keys()];
      const defined = known.length > 0 ? `the rule defines ${known.join(', ')}` : 'the rule defines no fragments';
      this.report(line, `unknown fragment '<${name}>' (${defined})`);
      return null;
    }
    this.used.add(name);
    if (chain.includes(name)) {
      this.report(line, `fragment '${name}' refers to itself: ${[...chain.slice(chain.indexOf(name)), name].join(' → ')}`);
      return null;
    }
    if (this.done.has(name)) return this.done.get(name)!;
    if (chain.length >= MAX_FRAGMENT_DEPTH) {
      this.report(line, `fragments nest more than ${MAX_FRAGMENT_DEPTH} deep: ${[...chain, name].join(' → ')}`);
      return null;
    }
    const expanded = this.expand(fragment, name, [...chain, name]);
    this.done.set(name, expanded);
    return expanded;
  }

  private spend(amount: number, line: number): boolean {
    this.budget -= amount;
    if (this.budget >= 0) return true;
    if (!this.overBudget) this.report(line, `fragments expand to more than ${MAX_EXPANSION} characters`);
    this.overBudget = true;
    return false;
  }

  reportUnused(): void {
    for (const [name, fragment] of this.fragments) {
      if (!this.used.has(name)) this.report(fragment.keyLine, `fragment '${name}' is never used`);
    }
  }

  private report(line: number, message: string): void {
    if (this.errors.length < MAX_FRAGMENT_ERRORS) this.errors.push({ line, message });
  }
}

/** The index of the quote closing the string that opens at `start` (or the text's last index). */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
