import type { VettedSettings } from '../settingTable';

/** A line this long is not hand-written code: minified bundles and generated files have them. */
const MINIFIED_LINE_LENGTH = 10_000;
/** Average characters per line above which a file counts as minified (once it is this big). */
const MINIFIED_AVERAGE_LINE = 300;
const MINIFIED_MIN_SIZE = 20_000;

/**
 * Why a document is not analysed at all, in words for the status bar, or undefined. Checked
 * before parsing, in one pass over the text, so a huge bundle costs milliseconds, not a parse.
 */
export function skipReason(text: string, settings: VettedSettings): string | undefined {
  if (text.length > settings.maxFileSizeKb * 1024) return `larger than vetted.maxFileSizeKb (${settings.maxFileSizeKb} KB)`;
  if (text.includes('\u0000')) return 'looks binary (contains NUL characters)';
  if (settings.skipMinified && looksMinified(text))
    return 'looks minified or generated (very long lines); set vetted.skipMinified to false to analyse it';
  return undefined;
}

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
