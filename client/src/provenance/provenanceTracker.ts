import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ProvenanceRegion, ProvenanceSignal, StoredProvenance, StoredRegion } from '../../../server/src/provenance/format';
import { ProvenanceNotification, ProvenanceParams } from '../../../server/src/protocol';
import { readSetting } from '../settings';
import { insertedSpan } from './insertedSpan';
import type { CopiedProvenance } from './copiedAiText';
import { emptyProvenance, restore, setFileEntry, toStored } from '../../../server/src/provenance/provenanceStore';
import { mergedEntry, unseenRegions } from '../../../server/src/provenance/storeMerge';
import { RepositoryStores, StoreBinding } from './repositoryStores';
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
  splitUnchangedLines,
  textBeforeBatch,
  trimToCode,
} from './changeClassifier';
import type { ChatEdit } from './changeClassifier';
import { ChangeKind, RegionTracker, TextChange } from '../../../server/src/provenance/regionTracker';

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
  /** The repository stores, shared with `vetted hook`, the CLI and other windows; none when not persisting. */
  private readonly stores: RepositoryStores | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  /** Documents whose regions changed since the last save (hashing waits for the save, not each keystroke). */
  private readonly dirty = new Set<string>();
  /** Per document, the ids of every region this window has held: a stored region with another id was added by another writer. */
  private readonly knownIds = new Map<string, Set<string>>();
  /** Per document, regions another writer added whose text is not (yet) in the document, e.g. before the editor reloads it. */
  private readonly pendingExternal = new Map<string, StoredRegion[]>();
  private detailedReasons = false;
  /** Id and time of the region of each recent chat request in each file (see recordChatEdit). */
  private readonly chatRequests = new Map<string, { id: string; acceptedAt: string }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeRegions = this.changed.event;

  /**
   * `persist`: keep regions in the repository stores; `legacyStore`: the file a window kept them in
   * before, migrated into those stores once.
   */
  constructor(
    private readonly client: LanguageClient,
    options: { persist: boolean; legacyStore?: string },
  ) {
    this.stores = options.persist ? new RepositoryStores((binding) => this.onStoreChanged(binding)) : undefined;
    if (this.stores && options.legacyStore) this.stores.migrate(options.legacyStore, vscode.workspace.workspaceFolders ?? []);
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidOpenTextDocument((d) => this.restoreDocument(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.trackers.delete(d.uri.toString());
        this.knownIds.delete(d.uri.toString());
        this.pendingExternal.delete(d.uri.toString());
      }),
    );
    if (this.stores) this.subscriptions.push(this.stores);
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

  /**
   * Called by the accept commands once VS Code's accept command has finished (its edit, if any,
   * has been seen by then): when it changed nothing (the ghost text was already gone), no
   * acceptance is expected any more, so the next keystrokes are not taken for one.
   */
  acceptFinished(document: vscode.TextDocument): void {
    const pending = this.pending;
    if (pending && pending.uri === document.uri.toString() && pending.version === document.version) this.pending = undefined;
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
    // A reload from disk (git checkout) or a whole-file WorkspaceEdit arrives as one replacement
    // over many lines: the lines it leaves as they were keep their regions (and stay untagged).
    const applied = rename ?? (kind === 'user' && !paste && !isAccept ? splitUnchangedLines(tracker?.text, changes) : changes);
    if (tracker) tracker.apply(applied, kind);
    // A tracker created now starts from the text after this change, which it must not apply again.
    else tracker = this.trackerFor(document);
    if (isAccept && kind === 'user') {
      const signal: ProvenanceSignal = pending && pending.uri === key ? pending.signal : 'change-reason';
      for (const change of [...event.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
        const before =
          pending && pending.uri === key ? pending.text.slice(change.rangeOffset, change.rangeOffset + change.rangeLength) : '';
        const span = trimToCode(document.getText(), insertedSpan(before, change.rangeOffset, change.text));
        if (span)
          this.know(
            key,
            tracker.add(span.start, span.end, {
              signal,
              confidence: 'high',
              acceptedAt: new Date().toISOString(),
              source: reasonSource,
              id: randomUUID(),
            }).id,
          );
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
        const added = tracker.add(pastedAi.rangeOffset + segment.start, pastedAi.rangeOffset + segment.end, {
          signal: 'paste-of-ai-text',
          state: segment.state === 'ai-modified' ? 'ai-modified' : 'ai',
          confidence: segment.confidence === 'low' ? 'low' : 'high',
          acceptedAt: String(segment.acceptedAt),
          source: segment.signal,
          id: randomUUID(),
        });
        this.know(key, added.id);
      }
    }
    if (heuristic) {
      const change = event.contentChanges[0];
      const span = trimToCode(document.getText(), { start: change.rangeOffset, end: change.rangeOffset + change.text.length });
      if (span)
        this.know(
          key,
          tracker.add(span.start, span.end, {
            signal: 'heuristic',
            confidence: 'low',
            acceptedAt: new Date().toISOString(),
            id: randomUUID(),
          }).id,
        );
    }
    // The editor has just reloaded the file from disk, perhaps: regions another writer recorded for its new text fit now.
    if (this.pendingExternal.has(key)) this.placeExternal(document, undefined);
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
    // A region this window made is never taken for another writer's when the shared store is read back.
    this.know(document.uri.toString(), tag.id);
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
    const bound = this.stores?.bindingFor(document.uri);
    const stored = bound?.binding.data.files[bound.key];
    const key = document.uri.toString();
    if (!stored || this.trackers.has(key)) return;
    const restored = restore(stored, document.getText());
    this.trackers.set(key, new RegionTracker(restored.regions, document.getText()));
    for (const r of [...stored.regions, ...stored.lost]) this.know(key, r.id);
    if (restored.lost.length > 0) {
      stored.lost = [...(stored.lost ?? []), ...restored.lost];
      this.scheduleSave();
    }
    this.publish(document);
  }

  private know(documentKey: string, id: string): void {
    let ids = this.knownIds.get(documentKey);
    if (!ids) this.knownIds.set(documentKey, (ids = new Set()));
    ids.add(id);
  }

  /** Another writer (an agent's hook, another window, the CLI) changed the store: show its new regions in open documents. */
  private onStoreChanged(binding: StoreBinding): void {
    for (const document of vscode.workspace.textDocuments) {
      const bound = this.stores?.bindingFor(document.uri);
      if (bound?.binding !== binding) continue;
      if (!this.trackers.has(document.uri.toString())) this.restoreDocument(document);
      else if (this.placeExternal(document, binding.data.files[bound.key]) > 0) this.publish(document);
    }
  }

  /**
   * Adds the regions of `onDisk` this window has not seen to the document's tracker (they paint
   * over what they overlap: the other writer's record is the newer one), and keeps those whose
   * text is not in the document as pending. `onDisk` undefined: retry the pending ones.
   */
  private placeExternal(document: vscode.TextDocument, onDisk: StoredProvenance['files'][string] | undefined): number {
    const key = document.uri.toString();
    const tracker = this.trackers.get(key);
    const entry =
      onDisk ??
      (this.pendingExternal.has(key) ? { path: '', contentHash: '', regions: this.pendingExternal.get(key)!, lost: [] } : undefined);
    if (!tracker || !entry) return 0;
    const { placed, pending } = unseenRegions(entry, document.getText(), this.knownIds.get(key) ?? new Set());
    for (const region of placed) {
      const { start, end, ...meta } = region;
      tracker.add(start, end, meta);
      this.know(key, region.id);
    }
    if (pending.length > 0) this.pendingExternal.set(key, pending);
    else this.pendingExternal.delete(key);
    return placed.length;
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
      this.pendingExternal.delete(document.uri.toString());
      const bound = this.stores?.bindingFor(document.uri);
      const entry = bound?.binding.data.files[bound.key];
      if (entry) entry.cleared = [...(entry.cleared ?? []), { at, regions: count }];
      this.publish(document);
    }
    this.saveNow();
    if (!uri) {
      // Files not open: cleared in each store directly, under its lock.
      for (const binding of this.stores?.all() ?? []) {
        try {
          binding.data = binding.store.update((data) => {
            for (const file of Object.values(data.files)) {
              if (file.regions.length === 0) continue;
              file.cleared = [...(file.cleared ?? []), { at, regions: file.regions.length }];
              removed += file.regions.length;
              file.regions = [];
            }
          }).data;
        } catch (error) {
          void vscode.window.showWarningMessage(
            `Vetted: could not clear provenance in ${binding.location.file}: ${(error as Error).message}`,
          );
        }
      }
    }
    return removed;
  }

  /** The stored record of the store the first workspace folder belongs to (empty when not persisting). */
  storedData(): StoredProvenance {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder?.uri.scheme === 'file' && this.stores ? this.stores.forFolder(folder.uri.fsPath).data : emptyProvenance();
  }

  /** Where the first workspace folder's provenance is kept, and the folder its paths are relative to. */
  storeLocation(): { file: string; root: string } | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder?.uri.scheme === 'file' && this.stores ? this.stores.forFolder(folder.uri.fsPath).location : undefined;
  }

  private scheduleSave(): void {
    if (!this.stores) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), 500);
  }

  /**
   * Writes the entries of the documents whose regions changed, each store under its lock: the
   * store is read as it is now, regions another writer added meanwhile are taken into the open
   * document first, and only this window's files are replaced.
   */
  saveNow(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.stores) return;
    const byBinding = new Map<StoreBinding, { document: vscode.TextDocument; key: string }[]>();
    for (const document of vscode.workspace.textDocuments) {
      if (!this.dirty.has(document.uri.toString())) continue;
      const bound = this.stores.bindingFor(document.uri);
      if (!bound) continue;
      byBinding.set(bound.binding, [...(byBinding.get(bound.binding) ?? []), { document, key: bound.key }]);
    }
    this.dirty.clear();
    const absorbed: vscode.TextDocument[] = [];
    for (const [binding, documents] of byBinding) {
      try {
        binding.data = binding.store.update((data) => {
          for (const { document, key } of documents) {
            const onDisk = data.files[key];
            if (this.placeExternal(document, onDisk) > 0) absorbed.push(document);
            const regions = this.regions(document.uri);
            if (regions.length === 0 && !onDisk && !binding.data.files[key]) continue;
            const ours = toStored(key, document.getText(), regions, binding.data.files[key]);
            const entry = mergedEntry(ours, onDisk, this.pendingExternal.get(document.uri.toString()) ?? []);
            setFileEntry(data, key, entry);
          }
        }).data;
      } catch (error) {
        for (const { document } of documents) this.dirty.add(document.uri.toString());
        void vscode.window.showWarningMessage(`Vetted: could not save provenance data: ${(error as Error).message}`);
      }
    }
    for (const document of absorbed) this.publish(document);
  }

  dispose(): void {
    this.saveNow();
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
