/**
 * What a change batch is, from its shape and (when the editor sends it) the proposed
 * `textDocumentChangeReason` API's `detailedReason`. Pure TypeScript (no `vscode` import) so the
 * decisions are unit-tested in plain Node.
 */
import type { TextChange } from '../../../server/src/provenance/regionTracker';
import { insertedSpan } from './insertedSpan';

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

/**
 * Edit sources that mean "an inline suggestion was accepted into the document". Chat and agent
 * edits (`Chat.applyEdits`, `inlineChat.applyEdits`) are read by `chatEditOf`.
 */
const AI_CHANGE_SOURCES = new Set(['inlineCompletionAccept', 'inlineCompletionPartialAccept']);

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

/** What a chat or agent edit is recorded as: signal `chat-edit` with this kind, agent and source. */
export interface ChatEdit {
  readonly kind: 'chat' | 'agent';
  /** The model (e.g. `copilot/gpt-4.1`) or, failing that, the extension or harness the metadata names. */
  readonly agent?: string;
  /** The edit source, `Chat.applyEdits` or `inlineChat.applyEdits`. */
  readonly source: string;
  /** The chat request the edit belongs to, when the metadata names it (edits of one request are one region). */
  readonly requestId?: string;
}

/** A metadata field VS Code names with `$`/`$$` prefixes (telemetry markers), read with or without them. */
function field(metadata: Readonly<Record<string, unknown>>, name: string): string | undefined {
  for (const key of [`$${name}`, `$$${name}`, name]) {
    const value = metadata[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/**
 * The chat or agent edit a change is, from its detailed reason, or undefined. VS Code applies the
 * edits of a chat response to the document through the chat-editing session with the edit source
 * `Chat.applyEdits` (panel chat: ask, edit and agent modes) or `inlineChat.applyEdits` (inline chat,
 * Ctrl+I), whose metadata names the model (`$modelId`, with `/` written as `|`), the chat
 * participant's extension (`$extensionId`), the request (`$$requestId`) and the chat mode
 * (`$$mode`: `ask`, `edit`, `agent`, or `custom` for a custom agent); edits of an agent host (an
 * agent running outside the editor's chat) carry `$origin: 'agentHost'` and `$harness`.
 * Inline chat and the ask and edit modes are `chat`; agent mode, custom agents and agent hosts are
 * `agent`. This is direct evidence (the editor names the chat source): high confidence.
 */
export function chatEditOf(reason: DetailedChangeReason | undefined): ChatEdit | undefined {
  if (!reason || (reason.source !== 'Chat.applyEdits' && reason.source !== 'inlineChat.applyEdits')) return undefined;
  const m = reason.metadata;
  const mode = field(m, 'mode');
  const agentic = reason.source === 'Chat.applyEdits' && (mode === 'agent' || mode === 'custom' || field(m, 'origin') === 'agentHost');
  const model = field(m, 'modelId')?.replace(/\|/g, '/');
  const agent = model ?? field(m, 'extensionId') ?? field(m, 'harness');
  const requestId = field(m, 'requestId');
  return {
    kind: agentic ? 'agent' : 'chat',
    source: reason.source,
    ...(agent !== undefined ? { agent } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
  };
}

/**
 * Edits by which a chat-editing session takes its own edits back: "Undo" / "Discard" of the
 * session's changes (`Chat.undoEdits`), a reset of a file to an earlier state of the session
 * (`Chat.reset`), and undo/redo of a whole chat request (source `unknown`, name
 * `editSessionUndoRedo`). They replace the whole document with the text it had, so they are
 * applied as an undo: minimal (see `minimalChanges`), never marking code "modified", and putting
 * back the tags of AI text they restore.
 */
export function isChatRevertSource(reason: DetailedChangeReason | undefined): boolean {
  if (!reason) return false;
  if (reason.source === 'Chat.undoEdits' || reason.source === 'Chat.reset') return true;
  return reason.source === 'unknown' && reason.metadata.name === 'editSessionUndoRedo';
}

/**
 * The documents a chat-editing session keeps for itself (the text before the session's edits and
 * snapshots of it), not files the user edits. Nothing in them is recorded.
 */
export function isChatEditingScheme(scheme: string): boolean {
  return scheme === 'chat-editing-text-model' || scheme === 'chat-editing-snapshot-text-model';
}

/**
 * One change of the batch cut down to what really changed: common leading and trailing text of
 * the replaced span and the inserted text dropped. A chat session's revert replaces the whole
 * document; cut down, it only touches the text the session had written, so AI code recorded
 * before the session keeps its tag. Batches of several changes are returned as they are.
 */
export function minimalChanges(before: string | undefined, changes: readonly TextChange[]): readonly TextChange[] {
  if (before === undefined || changes.length !== 1) return changes;
  const trimmed = withoutCommonEnds(before, changes[0]);
  return trimmed ? [trimmed] : [];
}

/** The change without the characters its old and new text share at both ends; undefined when it changes nothing. */
function withoutCommonEnds(before: string, { offset, length, text }: TextChange): TextChange | undefined {
  const removed = before.slice(offset, offset + length);
  let head = 0;
  while (head < length && head < text.length && removed[head] === text[head]) head++;
  let tail = 0;
  while (tail < length - head && tail < text.length - head && removed[length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  if (length - head - tail === 0 && text.length - head - tail === 0) return undefined;
  return { offset: offset + head, length: length - head - tail, text: text.slice(head, text.length - tail) };
}

/** Leading line breaks and trailing whitespace of an insertion are layout, not AI-written code. */
export function trimToCode(text: string, span: { start: number; end: number } | undefined): { start: number; end: number } | undefined {
  if (!span) return undefined;
  let { start, end } = span;
  while (start < end && (text[start] === '\n' || text[start] === '\r')) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * The spans of `after` (the text after the batch) that a chat edit wrote: per change, the inserted
 * text without what it has in common with the replaced text at either end (`before` is the text
 * before the batch), then without leading line breaks and trailing whitespace, so the lines around
 * the code are not marked. When `before` is not known only insertions are tagged: a replacement
 * (an agent's edit tool may replace the whole file with its new text) would tag the lines it kept.
 * A span separated from a region of the same chat request (`sameRequest`) or from another span of
 * the batch only by whitespace reaches it, so the parts of one streamed response form one region.
 * Sorted by start.
 */
export function chatEditSpans(
  after: string,
  before: string | undefined,
  changes: readonly TextChange[],
  sameRequest: readonly { start: number; end: number }[] = [],
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let shift = 0;
  for (const change of [...changes].sort((a, b) => a.offset - b.offset)) {
    const at = change.offset + shift;
    shift += change.text.length - change.length;
    // Without the text before, a replacement cannot be told apart from the text it kept.
    if (before === undefined && change.length > 0) continue;
    const old = before?.slice(change.offset, change.offset + change.length) ?? '';
    const span = trimToCode(after, insertedSpan(old, at, change.text));
    if (!span) continue;
    for (const r of [...sameRequest, ...spans]) {
      if (r.end <= span.start && /^\s*$/.test(after.slice(r.end, span.start))) span.start = r.end;
      if (r.start >= span.end && /^\s*$/.test(after.slice(span.end, r.start))) span.end = r.start;
    }
    spans.push(span);
  }
  return spans;
}

/** `candidate` if the batch turns it into `after` (so it is the text before the batch), else undefined. */
export function textBeforeBatch(candidate: string, changes: readonly TextChange[], after: string): string | undefined {
  let text = candidate;
  for (const c of [...changes].sort((a, b) => b.offset - a.offset)) {
    if (c.offset + c.length > text.length) return undefined;
    text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  }
  return text === after ? candidate : undefined;
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
const IDENTIFIER_CHARS = /^[\p{L}\p{N}_$]*$/u;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;

/** One whole word of the text before the batch (at `offset`) and what the batch turns it into. */
interface WordEdit {
  offset: number;
  oldWord: string;
  newWord: string;
}

/**
 * The batch as whole-word edits, or undefined when a change adds or removes anything but
 * identifier characters. VS Code reports the smallest diff, not the edit as applied: renaming
 * `digest` to `passwordDigest` arrives as "insert `passwor` before the d, insert `D` after it".
 * Each change is widened to the word around it in the text before the batch, and the changes
 * inside one word are applied to it together.
 */
function wordEdits(before: string, changes: readonly TextChange[]): WordEdit[] | undefined {
  const sorted = changes.slice().sort((a, b) => a.offset - b.offset);
  const groups: { start: number; end: number; changes: TextChange[] }[] = [];
  for (const c of sorted) {
    if (!IDENTIFIER_CHARS.test(c.text) || !IDENTIFIER_CHARS.test(before.slice(c.offset, c.offset + c.length))) return undefined;
    let start = c.offset;
    while (start > 0 && IDENTIFIER_CHAR.test(before[start - 1])) start--;
    let end = c.offset + c.length;
    while (end < before.length && IDENTIFIER_CHAR.test(before[end])) end++;
    const last = groups[groups.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.changes.push(c);
    } else {
      groups.push({ start, end, changes: [c] });
    }
  }
  return groups.map(({ start, end, changes: inWord }) => {
    let word = before.slice(start, end);
    for (const c of inWord.slice().reverse()) word = word.slice(0, c.offset - start) + c.text + word.slice(c.offset - start + c.length);
    return { offset: start, oldWord: before.slice(start, end), newWord: word };
  });
}

/**
 * The batch as a rename, or undefined when it does not have the shape of one. A rename (F2, or any
 * WorkspaceEdit renaming a symbol) turns at least two occurrences of one whole identifier into the
 * same other identifier; it does not change who wrote the code, so it is transparent. One
 * occurrence is not enough: VS Code's minimal diffs make typing inside a word look exactly like
 * renaming a name used once. The callers exclude pastes and acceptances.
 *
 * The result replaces each whole old word with the new one (the same text as the batch produces),
 * so a region that starts or ends with the renamed word keeps all of the new word.
 */
export function asRename(before: string | undefined, changes: readonly TextChange[]): TextChange[] | undefined {
  if (before === undefined || changes.length < 2) return undefined;
  const words = wordEdits(before, changes);
  if (!words || words.length < 2) return undefined;
  const { oldWord, newWord } = words[0];
  if (oldWord === newWord || !IDENTIFIER.test(oldWord) || !IDENTIFIER.test(newWord)) return undefined;
  if (!words.every((w) => w.oldWord === oldWord && w.newWord === newWord)) return undefined;
  return words.map((w) => ({ offset: w.offset, length: oldWord.length, text: newWord }));
}

export function renameShaped(before: string | undefined, changes: readonly TextChange[]): boolean {
  return asRename(before, changes) !== undefined;
}

/** Above this many line pairs a replacement is applied as it came (the line diff would cost too much). */
const MAX_LINE_DIFF_CELLS = 4_000_000;

/** `text` cut after each line break, so the pieces joined give `text` back. */
function linePieces(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * The batch with each replacement that spans lines split into the lines it really changes. The
 * editor reloads a file that changed on disk (a `git checkout`, a `git checkout -- file`, another
 * tool) with ONE replacement from the first to the last line that differ, and an extension may
 * replace a whole file with a WorkspaceEdit: the lines in between that did not change would
 * otherwise count as deleted and inserted, so AI code among them lost its region. The result
 * gives the same text as the batch; lines present before and after (in order, by a line diff of
 * the replaced text) are left out of the changes, so their regions stay where they are and human
 * lines stay untagged; of the lines that differ, only the characters that differ are changed.
 */
export function splitUnchangedLines(before: string | undefined, changes: readonly TextChange[]): TextChange[] {
  if (before === undefined) return changes.slice();
  const out: TextChange[] = [];
  for (const c of changes) {
    const old = before.slice(c.offset, c.offset + c.length);
    if (!old.includes('\n') || !c.text.includes('\n')) {
      out.push(c);
      continue;
    }
    const a = linePieces(old);
    const b = linePieces(c.text);
    if (a.length * b.length > MAX_LINE_DIFF_CELLS) {
      out.push(c);
      continue;
    }
    // Longest common subsequence of lines: lcs[i][j] for the suffixes a[i..], b[j..].
    const width = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--)
        lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    let i = 0;
    let j = 0;
    let oldAt = c.offset;
    let pending: TextChange | undefined;
    // A run of changed lines is cut down to the characters that differ, so an edited line inside
    // accepted code is an edit inside its region (which becomes "ai-modified"), not a replacement.
    const flush = () => {
      const trimmed = pending && withoutCommonEnds(before, pending);
      if (trimmed) out.push(trimmed);
      pending = undefined;
    };
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        flush();
        oldAt += a[i].length;
        i++;
        j++;
      } else if (j < b.length && (i === a.length || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
        pending ??= { offset: oldAt, length: 0, text: '' };
        pending.text += b[j++];
      } else {
        pending ??= { offset: oldAt, length: 0, text: '' };
        pending.length += a[i].length;
        oldAt += a[i++].length;
      }
    }
    flush();
  }
  return out;
}
