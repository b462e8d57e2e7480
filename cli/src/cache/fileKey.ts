import { createHash } from 'crypto';

/** Every `until YYYY-MM-DD` in a text: a superset of the expiry dates of its suppression comments. */
const UNTIL_DATE = /\buntil\s+(\d{4}-\d{2}-\d{2})/gi;

/**
 * What one file's cached result depends on besides the rules: its text, and which of its
 * suppressions have expired. A suppression `until` a date stops suppressing the day after (the
 * engine compares with today's UTC date), so the dates already passed are part of the key: the
 * entry stays valid for months, and is analysed afresh on the day a suppression runs out.
 */
export function fileKey(text: string, today: Date): string {
  const hash = createHash('sha256').update(text);
  const todayText = today.toISOString().slice(0, 10);
  const passed = [...text.matchAll(UNTIL_DATE)].map((m) => m[1]).filter((date) => date < todayText);
  if (passed.length > 0) hash.update(`\0expired:${[...new Set(passed)].sort().join(',')}`);
  return hash.digest('hex');
}
