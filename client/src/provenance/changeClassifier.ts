/**
 * What a change batch is, from its shape and (when the editor sends it) the proposed
 * `textDocumentChangeReason` API's `detailedReason`. Pure TypeScript (no `vscode` import) so the
 * decisions are unit-tested in plain Node.
 */
import type { TextChange } from './regionTracker';

/**
 * `TextDocumentChangeEvent.detailedReason` of the proposed API, as VS Code's extension host builds
 * it: `{ source, metadata }` where `metadata` is the editor's edit source, whose own `source` is
 * the same string (e.g. `{ source: 'inlineCompletionAccept', metadata: { source:
 * 'inlineCompletionAccept', $nes: false, … } }`). VS Code 1.100 does not have the proposal.
 */
export interface DetailedChangeReason {
  readonly source: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** Edit sources that mean "AI-written text was accepted into the document". */
const AI_CHANGE_SOURCES = new Set(['inlineCompletionAccept', 'inlineCompletionPartialAccept', 'Chat.applyEdits', 'inlineChat.applyEdits']);

/** Edit sources that change names or layout, not authorship. */
const TRANSPARENT_CHANGE_SOURCES = new Set(['rename']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The event's detailed reason, read defensively: the field only exists with the proposal enabled. */
export function detailedReasonOf(event: object): DetailedChangeReason | undefined {
  const reason = (event as { detailedReason?: unknown }).detailedReason;
  if (!isRecord(reason)) return undefined;
  const metadata = isRecord(reason.metadata) ? reason.metadata : {};
  const source = typeof reason.source === 'string' ? reason.source : metadata.source;
  return typeof source === 'string' ? { source, metadata } : undefined;
}

export function isAiChangeSource(reason: DetailedChangeReason | undefined): boolean {
  return reason !== undefined && AI_CHANGE_SOURCES.has(reason.source);
}

export function isTransparentChangeSource(reason: DetailedChangeReason | undefined): boolean {
  return reason !== undefined && TRANSPARENT_CHANGE_SOURCES.has(reason.source);
}

/**
 * A batch that only adds or removes whitespace (what "Format Document" does) leaves authorship as
 * it was: such edits are transparent and do not turn AI code into "AI, modified".
 */
export function onlyWhitespace(before: string | undefined, changes: readonly TextChange[]): boolean {
  if (before === undefined) return false;
  return changes.every((c) => /^\s*$/.test(c.text) && /^\s*$/.test(before.slice(c.offset, c.offset + c.length)));
}

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;

/**
 * The shape of a rename (F2, or any WorkspaceEdit renaming a symbol): every change replaces the
 * same whole identifier with the same other identifier. Renaming does not change who wrote the
 * code, so it is transparent. Each replaced span must be a whole word (not part of a longer
 * name), which rules out typing inside a word. The callers exclude pastes and acceptances.
 */
export function renameShaped(before: string | undefined, changes: readonly TextChange[]): boolean {
  if (before === undefined || changes.length === 0) return false;
  const oldName = before.slice(changes[0]!.offset, changes[0]!.offset + changes[0]!.length);
  const newName = changes[0]!.text;
  if (oldName === newName || !IDENTIFIER.test(oldName) || !IDENTIFIER.test(newName)) return false;
  return changes.every((c) => {
    if (c.text !== newName || c.length !== oldName.length || before.slice(c.offset, c.offset + c.length) !== oldName) return false;
    const previous = c.offset > 0 ? before[c.offset - 1]! : '';
    const next = before[c.offset + c.length] ?? '';
    return !IDENTIFIER_CHAR.test(previous) && !IDENTIFIER_CHAR.test(next);
  });
}
