/**
 * The text an inline suggestion really inserted. Accepting a suggestion may replace the prefix the
 * user already typed with the same characters plus the rest; only the difference is AI text.
 * Returns offsets in the document after the change.
 */
export function insertedSpan(oldText: string, offset: number, newText: string): { start: number; end: number } | undefined {
  let prefix = 0;
  while (prefix < oldText.length && prefix < newText.length && oldText[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldText.length - prefix &&
    suffix < newText.length - prefix &&
    oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]
  ) {
    suffix++;
  }
  const start = offset + prefix;
  const end = offset + newText.length - suffix;
  return end > start ? { start, end } : undefined;
}
