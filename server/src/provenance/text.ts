import { createHash } from 'crypto';

/** sha256 of a text (UTF-8), hex: the hash provenance records store for files and regions. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Where `needle` occurs in `text`, when it occurs exactly once (overlapping occurrences count).
 * Provenance re-anchors a region by its text only when the answer is unambiguous.
 */
export function uniqueOccurrence(text: string, needle: string): number | 'none' | 'several' {
  const first = text.indexOf(needle);
  if (first < 0) return 'none';
  return text.indexOf(needle, first + 1) < 0 ? first : 'several';
}
