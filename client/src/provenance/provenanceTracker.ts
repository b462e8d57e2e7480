import * as path from 'path';
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ProvenanceRegion, ProvenanceSignal, StoredProvenance } from '../../../server/src/provenance/format';
import { ProvenanceNotification, ProvenanceParams } from '../../../server/src/protocol';
import { readSetting } from '../settings';
import { insertedSpan } from './insertedSpan';
import type { CopiedProvenance } from './copiedAiText';
import { ProvenanceStore, restore, toStored } from './provenanceStore';
import {
  asRename,
  chatEditOf,
  chatEditSpans,
  detailedReasonOf,
  isAiChangeSource,
  isChatEditingScheme,
  isChatRevertSource,
  isTransparentChangeSource,
  minimalChanges,
  onlyWhitespace,
  textBeforeBatch,
  trimToCode,
} from './changeClassifier';
import { ChangeKind, RegionTracker, TextChange } from './regionTracker';
import type { ChatEdit } from './changeClassifier';

/** How long after an accept command the matching document change is expected. */
const ACCEPT_WINDOW_MS = 1500;

/**
 * "Possibly AI" (setting `vetted.provenance.heuristics`, off by default): one insertion of several
 * lines of code that is neither a paste, an undo/redo nor a recorded acceptance. Low confidence:
 * it is shown, never escalated.
 */
function looksGenerated(changes: readonly vscode.TextDocumentContentChangeEvent[]): boolean {
  if (changes.length !== 1) return false;
  const text = changes[0].text;
  return (text.match(/\n/g)?.length ?? 0) >= 2 && text.replace(/\s/g, '').length >= 60;
}

interface PendingPaste {
  uri: string;
  time: number;
  copied?: CopiedProvenance;
}

interface PendingAccept {
  uri: string;
  version: number;
  text: string;
  time: number;
  signal: ProvenanceSignal;
}

/**
 * Knows which text in each document came from accepted AI suggestions and keeps that right
 * through every edit: regions are transformed through each change batch (never read back from
 * decorations), persisted atomically per workspace, restored on reopen, and sent to the server,
 * which tags findings in them.
 */
export class ProvenanceTracker implements vscode.Disposable {
  private readonly trackers = new Map<string, RegionTracker>();
  private pending: PendingAccept | undefined;
  private pendingPaste: PendingPaste | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private data: StoredProvenance;
  private saveTimer: NodeJS.Timeout | undefined;
  /** Documents whose regions changed since the last save (hashing waits for the save, not each keystroke). */
  private readonly dirty = new Set<string>();
  private detailedReasons = false;
  /** Id and time of the region of each recent chat request in each file (see recordChatEdit). */
  private readonly chatRequests = new Map<string, { id: string; acceptedAt: string }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeRegions = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly store: ProvenanceStore | undefined,
  ) {
    const loaded = store?.load();
    if (loaded?.error) {
      const kept = loaded.keptAt
        ? ` The file was kept as ${loaded.keptAt} (the reason is in ${path.basename(loaded.keptAt)}.reason.txt).`
        : '';
      const start = Object.keys(loaded.data.files).length === 0 ? ' Starting afresh.' : ' The valid entries were kept.';
      void vscode.window.showWarningMessage(`Vetted: provenance data could not be read (${loaded.error}).${kept}${start}`);
    }
    this.data = loaded?.data ?? { format: 'vetted-provenance', version: 1, files: {} };
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidOpenTextDocument((d) => this.restoreDocument(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.trackers.delete(d.uri.toString())),
    );
    for (const document of vscode.workspace.textDocuments) this.restoreDocument(document);
  }

  get heuristicsEnabled(): boolean {
    return readSetting('provenance.heuristics');
  }

  get enabled(): boolean {
    return readSetting('provenance.enabled');
  }

  /**
   * True once a change event carried the proposed `detailedReason` field (present, possibly
   * undefined, on every event when the editor has the proposal and enables it for Vetted): then
   * acceptances are also recognised without Vetted's keybindings.
   */
  get receivesChangeReasons(): boolean {
    return this.detailedReasons;
  }

  regions(uri: vscode.Uri): readonly ProvenanceRegion[] {
    return this.trackers.get(uri.toString())?.regions ?? [];
  }

  /** Called by the accept commands just before they run VS Code's own accept command. */
  expectAccept(editor: vscode.TextEditor, signal: ProvenanceSignal): void {
    const document = editor.document;
    this.pending = { uri: document.uri.toString(), version: document.version, text: document.getText(), time: Date.now(), signal };
  }

  /** Called by the paste provider just before a paste; `copied` is set when the text came from AI code. */
  expectPaste(document: vscode.TextDocument, copied: CopiedProvenance | undefined): void {
    this.pendingPaste = { uri: document.uri.toString(), time: Date.now(), copied };
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    if ('detailedReason' in event) this.detailedReasons = true;
    if (!this.enabled || event.contentChanges.length === 0) return;
    const document = event.document;
    // A chat-editing session's own copies of a file (its text before the session) are not the user's files.
    if (isChatEditingScheme(document.uri.scheme)) return;
    const key = document.uri.toString();
    let changes: readonly TextChange[] = event.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    const pending = this.pending;
    // Only present when the editor has the proposed textDocumentChangeReason API and enables it for Vetted.
    const detailed = detailedReasonOf(event);
    const reasonSource = detailed?.source;
    const paste =
      this.pendingPaste && this.pendingPaste.uri === key && Date.now() - this.pendingPaste.time < ACCEPT_WINDOW_MS
        ? this.pendingPaste
        : undefined;
    if (paste) this.pendingPaste = undefined;
    const isAccept =
      !paste &&
      ((pending && pending.uri === key && Date.now() - pending.time < ACCEPT_WINDOW_MS && event.contentChanges.length === 1) ||
        isAiChangeSource(detailed));
    const pastedAi = paste?.copied ? event.contentChanges.find((c) => c.text === paste.copied!.text) : undefined;
    // Edits a chat or agent session applies (detailed reason Chat.applyEdits / inlineChat.applyEdits).
    const chatEdit = !paste && !isAccept ? chatEditOf(detailed) : undefined;
    // The session taking its edits back (Undo / Discard in the chat): applied like an undo.
    const chatRevert = isChatRevertSource(detailed);
    const heuristic =
      !paste &&
      !isAccept &&
      !chatEdit &&
      !chatRevert &&
      event.reason === undefined &&
      this.heuristicsEnabled &&
      looksGenerated(event.contentChanges);
    let tracker = this.trackers.get(key);
    if (!tracker && !isAccept && !pastedAi && !heuristic && !chatEdit) return;
    const undoRedo =
      event.reason === vscode.TextDocumentChangeReason.Undo
        ? 'undo'
        : event.reason === vscode.TextDocumentChangeReason.Redo
          ? 'redo'
          : chatRevert
            ? 'undo'
            : undefined;
    // A revert replaces the whole document; cut down to what changed, AI code recorded before stays.
    if (chatRevert && !event.reason) changes = minimalChanges(tracker?.text, changes);
    const textBefore = tracker?.text ?? (chatEdit ? this.chatSessionOriginal(document, changes) : undefined);
    // Formatting and renaming keep authorship: regions move and resize but are not marked modified.
    // A paste or an acceptance is never a rename. A rename is applied word by word (see asRename);
    // the resulting text is the same.
    const rename = tracker && !undoRedo && !paste && !isAccept && !chatEdit ? asRename(tracker.text, changes) : undefined;
    const kind: ChangeKind = undoRedo
      ? undoRedo
      : rename || (tracker && (onlyWhitespace(tracker.text, changes) || isTransparentChangeSource(detailed)))
        ? 'transparent'
        : 'user';
    if (tracker) tracker.apply(rename ?? changes, kind);
    // A tracker created now starts from the text after this change, which it must not apply again.
    else tracker = this.trackerFor(document);
    if (isAccept && kind === 'user') {
      const signal: ProvenanceSignal = pending && pending.uri === key ? pending.signal : 'change-reason';
      for (const change of [...event.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
        const before =
          pending && pending.uri === key ? pending.text.slice(change.rangeOffset, change.rangeOffset + change.rangeLength) : '';
        const span = trimToCode(document.getText(), insertedSpan(before, change.rangeOffset, change.text));
        if (span)
          tracker.add(span.start, span.end, {
            signal,
            confidence: 'high',
            acceptedAt: new Date().toISOString(),
            source: reasonSource,
            id: randomUUID(),
          });
      }
      this.pending = undefined;
    }
    if (chatEdit && kind === 'user') this.recordChatEdit(tracker, document, textBefore, changes, chatEdit);
    if (pastedAi && paste?.copied) {
      // Text copied out of AI-accepted code keeps its provenance where it is pasted: state,
      // confidence and time as copied, signal 'paste-of-ai-text' with the original signal as source.
      // The segments may come from the clipboard: only those that fit the pasted text are used.
      const length = paste.copied.text.length;
      for (const segment of paste.copied.segments) {
        if (!(
          Number.isInteger(segment.start) &&
          Number.isInteger(segment.end) &&
          0 <= segment.start &&
          segment.start < segment.end &&
          segment.end <= length
        ))
          continue;
        tracker.add(pastedAi.rangeOffset + segment.start, pastedAi.rangeOffset + segment.end, {
          signal: 'paste-of-ai-text',
          state: segment.state === 'ai-modified' ? 'ai-modified' : 'ai',
          confidence: segment.confidence === 'low' ? 'low' : 'high',
          acceptedAt: String(segment.acceptedAt),
          source: segment.signal,
          id: randomUUID(),
        });
      }
    }
    if (heuristic) {
      const change = event.contentChanges[0];
      const span = trimToCode(document.getText(), { start: change.rangeOffset, end: change.rangeOffset + change.text.length });
      if (span)
        tracker.add(span.start, span.end, {
          signal: 'heuristic',
          confidence: 'low',
          acceptedAt: new Date().toISOString(),
          id: randomUUID(),
        });
    }
    this.publish(document);
  }

  /**
   * The text before a chat edit of a document Vetted was not tracking yet: the chat-editing
   * session's own copy of the file (`chat-editing-text-model`, its text before the session's
   * edits), when the edit turns that copy into the document's text.
   */
  private chatSessionOriginal(document: vscode.TextDocument, changes: readonly TextChange[]): string | undefined {
    const after = document.getText();
    for (const copy of vscode.workspace.textDocuments) {
      if (!isChatEditingScheme(copy.uri.scheme) || copy.uri.path !== document.uri.path) continue;
      const before = textBeforeBatch(copy.getText(), changes, after);
      if (before !== undefined) return before;
    }
    return undefined;
  }

  /**
   * Tags what a chat or agent edit inserted: signal 'chat-edit', high confidence (the editor named
   * the chat source). Line breaks before and whitespace after the code are left out, as for
   * acceptances, so the lines around it are not marked. The edits of one chat request, which may
   * arrive as several change events while the response streams in, share one id and time, and
   * parts of it separated only by whitespace are joined into one region.
   */
  private recordChatEdit(
    tracker: RegionTracker,
    document: vscode.TextDocument,
    before: string | undefined,
    changes: readonly TextChange[],
    edit: ChatEdit,
  ): void {
    // One region id per request and file (ids stay unique across files).
    const requestKey = edit.requestId ? `${document.uri.toString()}\n${edit.requestId}` : undefined;
    const request = requestKey ? this.chatRequests.get(requestKey) : undefined;
    const tag = request ?? { id: randomUUID(), acceptedAt: new Date().toISOString() };
    if (requestKey && !request) {
      this.chatRequests.set(requestKey, tag);
      if (this.chatRequests.size > 50) this.chatRequests.delete(this.chatRequests.keys().next().value!);
    }
    const sameRequest = tracker.regions.filter((r) => r.id === tag.id && r.state === 'ai');
    for (const span of chatEditSpans(document.getText(), before, changes, sameRequest)) {
      tracker.add(span.start, span.end, {
        signal: 'chat-edit',
        confidence: 'high',
        acceptedAt: tag.acceptedAt,
        source: edit.source,
        kind: edit.kind,
        ...(edit.agent !== undefined ? { agent: edit.agent } : {}),
        id: tag.id,
      });
    }
  }

  private trackerFor(document: vscode.TextDocument): RegionTracker {
    const key = document.uri.toString();
    let tracker = this.trackers.get(key);
    if (!tracker) {
      // The tracker keeps its own copy of the text: change events do not carry deleted text,
      // which it needs to restore tags on undo/redo.
      tracker = new RegionTracker([], document.getText());
      this.trackers.set(key, tracker);
    }
    return tracker;
  }

  /** Regions stored for this file: exact when unchanged, re-anchored by text otherwise, else recorded as lost. */
  private restoreDocument(document: vscode.TextDocument): void {
    const relative = this.relativePath(document.uri);
    const stored = relative ? this.data.files[relative] : undefined;
    if (!stored || this.trackers.has(document.uri.toString())) return;
    const restored = restore(stored, document.getText());
    this.trackers.set(document.uri.toString(), new RegionTracker(restored.regions, document.getText()));
    if (restored.lost.length > 0) {
      stored.lost = [...(stored.lost ?? []), ...restored.lost];
      this.scheduleSave();
    }
    this.publish(document);
  }

  /** Sends the regions to the server, refreshes listeners, and schedules a save. */
  publish(document: vscode.TextDocument): void {
    const regions = [...this.regions(document.uri)];
    const params: ProvenanceParams = { uri: document.uri.toString(), version: document.version, regions };
    void this.client.sendNotification(ProvenanceNotification, params);
    this.dirty.add(document.uri.toString());
    this.scheduleSave();
    this.changed.fire(document.uri);
  }

  /** Removes the regions of one document (or all), recording that they were cleared. */
  clear(uri?: vscode.Uri): number {
    let removed = 0;
    const at = new Date().toISOString();
    for (const document of vscode.workspace.textDocuments) {
      if (uri && document.uri.toString() !== uri.toString()) continue;
      const tracker = this.trackers.get(document.uri.toString());
      if (!tracker) continue;
      const count = tracker.clear();
      removed += count;
      const relative = this.relativePath(document.uri);
      if (relative && this.data.files[relative])
        this.data.files[relative].cleared = [...(this.data.files[relative].cleared ?? []), { at, regions: count }];
      this.publish(document);
    }
    if (!uri) {
      for (const file of Object.values(this.data.files)) {
        if (file.regions.length > 0) {
          file.cleared = [...(file.cleared ?? []), { at, regions: file.regions.length }];
          removed += file.regions.length;
          file.regions = [];
        }
      }
      this.scheduleSave();
    }
    return removed;
  }

  storedData(): StoredProvenance {
    return this.data;
  }

  private relativePath(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== 'file') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/') : undefined;
  }

  private scheduleSave(): void {
    if (!this.store) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), 500);
  }

  saveNow(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    for (const document of vscode.workspace.textDocuments) {
      if (!this.dirty.has(document.uri.toString())) continue;
      const relative = this.relativePath(document.uri);
      const regions = this.regions(document.uri);
      if (relative && (regions.length > 0 || this.data.files[relative])) {
        this.data.files[relative] = toStored(relative, document.getText(), regions, this.data.files[relative]);
      }
    }
    this.dirty.clear();
    try {
      this.store?.save(this.data);
    } catch (error) {
      void vscode.window.showWarningMessage(`Vetted: could not save provenance data: ${(error as Error).message}`);
    }
  }

  dispose(): void {
    this.saveNow();
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
