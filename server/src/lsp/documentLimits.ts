import type { VettedSettings } from '../settingTable';
import { looksMinified } from '../engine/minified';

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

/**
 * Files longer than this (about 30,000 lines) are not taint-analysed in the editor: in a file that
 * large each edit would re-read the whole file's call structure, well past the keystroke budget.
 * The document's status says so; `vetted scan` has no such limit.
 */
export const EDITOR_DATAFLOW_MAX_CHARS = 1_200_000;

/** The status reason when taint rules were left out of a document for its size. */
export const DATAFLOW_SKIPPED_REASON =
  'data-flow rules (SSRF, injection from request input…) are not run in the editor on files over 1,200,000 characters; `vetted scan` runs them';
