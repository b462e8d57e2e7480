import type { Position, Range } from 'vscode-languageserver';

/**
 * Shape checks for what a client sends. Buggy clients send null positions, requests without
 * their context and edits with negative lines; these are answered with an empty result (or, for
 * edits, rejected) instead of an internal TypeError or a silently corrupted document.
 */
export function isPosition(value: unknown): value is Position {
  const p = value as Position | null | undefined;
  return !!p && isCount(p.line) && isCount(p.character);
}

export function isRange(value: unknown): value is Range {
  const r = value as Range | null | undefined;
  return (
    !!r &&
    isPosition(r.start) &&
    isPosition(r.end) &&
    (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character))
  );
}

/**
 * Why a `didChange` batch cannot be applied, or undefined. Positions past the end of a line or
 * of the document are valid (LSP says they are clamped); negative, fractional or missing numbers,
 * a range ending before it starts, or text that is not a string are not.
 */
export function invalidChange(changes: unknown): string | undefined {
  if (!Array.isArray(changes)) return 'contentChanges is not an array';
  for (const [i, change] of changes.entries()) {
    const c = change as { range?: unknown; text?: unknown } | null;
    if (!c || typeof c.text !== 'string') return `change ${i} has no text`;
    if (c.range !== undefined && !isRange(c.range)) return `change ${i} has an invalid range ${JSON.stringify(c.range)}`;
  }
  return undefined;
}

/** A didOpen's document: a uri, a language id, a version and the text, of the right types. */
export function isOpenedDocument(value: unknown): value is { uri: string; languageId: string; version: number; text: string } {
  const d = value as { uri?: unknown; languageId?: unknown; version?: unknown; text?: unknown } | null | undefined;
  return (
    !!d && typeof d.uri === 'string' && typeof d.languageId === 'string' && typeof d.version === 'number' && typeof d.text === 'string'
  );
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}
