/**
 * Text a regular expression cannot match without: a set of strings, one of which occurs in every
 * string it matches (the idea of trigram indexes like Google Code Search, at string level). A rule
 * pattern whose `#match?` needs `^['"]?sameSite['"]?$` cannot match in a file without "sameSite",
 * so the rule need not be compiled for it.
 *
 * Only a plain subset is understood: literals, escapes of punctuation, groups, alternation,
 * quantifiers, classes and the usual escapes (as "any character"). Anything else (a flag, a
 * backreference, an escape of unknown meaning) gives no answer, which is always safe: it only means
 * the rule is compiled.
 */

/** Shorter strings occur in nearly every file: requiring them saves nothing and costs a search. */
const MIN_LITERAL = 3;
/** Sets of alternatives are kept this small; larger ones stop being exact. */
const MAX_ALTERNATIVES = 32;

/** What is known about the strings a part of a regex matches. */
interface Facts {
  /** Every string it can match, when that is a small finite set. */
  exact?: Set<string>;
  /** A set of strings, one of which occurs in whatever it matches (undefined: none known). */
  anyOf?: Set<string>;
}

class Unsupported extends Error {}

/** The strings one of which occurs in every match of `source`, or undefined when none is known. */
export function regexLiterals(source: string): string[] | undefined {
  try {
    const parser = new RegexParser(source);
    const facts = parser.alternation();
    if (parser.pos !== source.length) return undefined;
    const best = bestOf([facts.exact, facts.anyOf]);
    return best ? [...best] : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** The most selective usable set: all alternatives long enough, the shortest one longest. */
function bestOf(sets: (Set<string> | undefined)[]): Set<string> | undefined {
  let best: Set<string> | undefined;
  let bestScore = 0;
  for (const set of sets) {
    if (!set || set.size === 0) continue;
    const score = Math.min(...[...set].map((s) => s.length));
    if (score >= MIN_LITERAL && score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

const EMPTY: Facts = { exact: new Set(['']) };
const ANYTHING: Facts = {};

class RegexParser {
  pos = 0;

  constructor(private readonly source: string) {}

  alternation(): Facts {
    const branches = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = new Set<string>();
    const anyOf = new Set<string>();
    let allExact = true;
    let allAny = true;
    for (const branch of branches) {
      if (branch.exact) branch.exact.forEach((s) => exact.add(s));
      else allExact = false;
      const required = bestOf([branch.exact, branch.anyOf]);
      if (required) required.forEach((s) => anyOf.add(s));
      else allAny = false;
    }
    return {
      exact: allExact && exact.size <= MAX_ALTERNATIVES ? exact : undefined,
      anyOf: allAny ? anyOf : undefined,
    };
  }

  private sequence(): Facts {
    let run: Set<string> | undefined = new Set(['']);
    const candidates: (Set<string> | undefined)[] = [];
    let allExact = true;
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')') {
      const item = this.quantified();
      if (item.exact && run) {
        const joined: Set<string> = new Set([...run].flatMap((a) => [...item.exact!].map((b) => a + b)));
        if (joined.size <= MAX_ALTERNATIVES) {
          run = joined;
          continue;
        }
      }
      // The run of exact text ends here: one of its strings occurs, whatever follows.
      candidates.push(run, item.anyOf, item.exact);
      run = item.exact ?? new Set(['']);
      if (!item.exact) allExact = false;
    }
    candidates.push(run);
    return { exact: allExact && candidates.length === 1 ? run : undefined, anyOf: bestOf(candidates) };
  }

  private quantified(): Facts {
    const atom = this.atom();
    const c = this.source[this.pos];
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      if (this.source[this.pos] === '?') this.pos++;
      if (c === '?' && atom.exact) return { exact: new Set([...atom.exact, '']) };
      // Repeated: what one occurrence needs still occurs (for `+`), but the text is no longer exact.
      return c === '+' ? { anyOf: bestOf([atom.exact, atom.anyOf]) } : ANYTHING;
    }
    if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}\??/.exec(this.source.slice(this.pos));
      if (!m) throw new Unsupported();
      this.pos += m[0].length;
      return Number(m[1]) === 0 ? ANYTHING : { anyOf: bestOf([atom.exact, atom.anyOf]) };
    }
    return atom;
  }

  private atom(): Facts {
    const c = this.source[this.pos++];
    switch (c) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return ANYTHING;
      case '[':
        this.skipClass();
        return ANYTHING;
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
      case '|':
      case undefined:
        throw new Unsupported();
      default:
        return { exact: new Set([c]) };
    }
  }

  private group(): Facts {
    let lookaround = false;
    if (this.source[this.pos] === '?') {
      const rest = this.source.slice(this.pos);
      const prefix = /^\?(?::|=|!|<=|<!|P?<[A-Za-z_]\w*>)/.exec(rest);
      if (!prefix) throw new Unsupported(); // flags such as (?i)
      lookaround = /^\?(?:=|!|<=|<!)$/.test(prefix[0]);
      this.pos += prefix[0].length;
    }
    const inner = this.alternation();
    if (this.source[this.pos] !== ')') throw new Unsupported();
    this.pos++;
    // A lookaround consumes nothing: the text around it is not contiguous with its own.
    return lookaround ? ANYTHING : inner;
  }

  private escape(): Facts {
    const c = this.source[this.pos++];
    if (c === undefined) throw new Unsupported();
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return ANYTHING;
    if (c === 'n') return { exact: new Set(['\n']) };
    if (c === 't') return { exact: new Set(['\t']) };
    // Punctuation escaped stands for itself; letters and digits have meanings this reader does not know.
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported();
    return { exact: new Set([c]) };
  }

  private skipClass(): void {
    if (this.source[this.pos] === '^') this.pos++;
    if (this.source[this.pos] === ']') this.pos++;
    while (this.pos < this.source.length && this.source[this.pos] !== ']') {
      if (this.source[this.pos] === '\\') this.pos++;
      this.pos++;
    }
    if (this.source[this.pos] !== ']') throw new Unsupported();
    this.pos++;
  }
}
