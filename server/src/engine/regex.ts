import { RE2JS } from 're2js';

/** A compiled rule regex: does it match anywhere in the text, and where first (for a fix edit's `match`). */
export interface TextPattern {
  test(text: string): boolean;
  /** The first non-empty match as UTF-16 offsets, or undefined. */
  firstMatch(text: string): { start: number; end: number } | undefined;
}

/**
 * Compiles a rule's regular expression. A leading `(?i)` (the spelling most rule authors know
 * from other tools) makes it case-insensitive.
 *
 * Rules from the user's folders are compiled with RE2 (re2js), which runs in time linear in the
 * text: a custom rule like `^(a+)+$` cannot stall an analysis for seconds the way a backtracking
 * engine does. RE2 has no backreferences or lookaround; such a rule is reported as a rule error
 * (the message says so). Bundled rules, reviewed and tested on hostile inputs, keep JavaScript's
 * dialect, which some of them need (lookaround in token formats).
 */
export function compileRegex(source: string, bundled = true): TextPattern {
  if (!bundled) return compileLinear(source);
  const regex = source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
  return {
    test: (text) => regex.test(text),
    firstMatch: (text) => {
      const m = regex.exec(text);
      return m && m[0].length > 0 ? { start: m.index, end: m.index + m[0].length } : undefined;
    },
  };
}

function compileLinear(source: string): TextPattern {
  try {
    const pattern = RE2JS.compile(source);
    return {
      test: (text) => pattern.test(text),
      firstMatch: (text) => {
        const matcher = pattern.matcher(text);
        return matcher.find() && matcher.end() > matcher.start() ? { start: matcher.start(), end: matcher.end() } : undefined;
      },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${detail} (custom rules use RE2 syntax: no backreferences or lookaround)`);
  }
}
