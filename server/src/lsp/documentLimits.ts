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
