import type { TextEdit } from './finding';

/** Applies non-overlapping edits to a text (edits given in any order). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.startIndex - a.range.startIndex);
  let out = text;
  let lastStart = Infinity;
  for (const edit of sorted) {
    if (edit.range.endIndex > lastStart) throw new Error('overlapping edits');
    out = out.slice(0, edit.range.startIndex) + edit.newText + out.slice(edit.range.endIndex);
    lastStart = edit.range.startIndex;
  }
  return out;
}
