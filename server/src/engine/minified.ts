/**
 * Minified bundles and generated files: nobody edits them by hand, a finding in them cannot be acted
 * on, and a one-line bundle can match thousands of times. The editor (vetted.skipMinified) and the
 * CLI (unless --include-minified) skip them with the same test.
 */
/** A line this long is not hand-written code: minified bundles and generated files have them. */
const MINIFIED_LINE_LENGTH = 10_000;
/** Average characters per line above which a file counts as minified (once it is this big). */
const MINIFIED_AVERAGE_LINE = 300;
const MINIFIED_MIN_SIZE = 20_000;

/** True when the text has a line over 10,000 characters, or (from 20 KB) lines averaging over 300. */
export function looksMinified(text: string): boolean {
  let lines = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i - lineStart > MINIFIED_LINE_LENGTH) return true;
    lines++;
    lineStart = i + 1;
  }
  if (text.length - lineStart > MINIFIED_LINE_LENGTH) return true;
  return text.length >= MINIFIED_MIN_SIZE && text.length / lines > MINIFIED_AVERAGE_LINE;
}
