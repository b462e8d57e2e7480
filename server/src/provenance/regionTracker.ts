/**
 * Tracks the AI-accepted regions of ONE document through edits. Pure TypeScript (no `vscode`
 * import) so it can be unit-tested in plain Node; the extension feeds it the document's change
 * events.
 *
 * Model
 * -----
 * The tracker holds a sorted, non-overlapping list of non-empty regions in UTF-16 offsets of the
 * current text. Two regions that touch and carry identical metadata (id, state, signal,
 * confidence, acceptedAt, source) are merged, so every region is a maximal run of characters
 * carrying the same tag. Regions with different metadata may touch.
 *
 * A change batch (one `onDidChangeTextDocument` event) holds non-overlapping changes whose offsets
 * all refer to the text BEFORE the batch. They are applied one at a time, sorted by offset
 * descending (ties: longer replaced span first), so each change is unaffected by the ones already
 * applied. For one change `{ offset: o, length: L, text: T }` and a region [s, e):
 *
 * - Change entirely before the region (o + L <= s, including an insertion exactly at s): the
 *   region shifts by T.length - L. Change entirely after it (o >= e, including an insertion
 *   exactly at e): nothing happens. Text typed next to a region is NOT part of it.
 * - Deleted characters are cut out of the region; a region whose characters are all deleted
 *   disappears.
 * - If the replaced span lies strictly inside the region (s < o and o + L < e) the inserted text
 *   becomes part of the region. So does it for kind 'transparent' when the replaced span is
 *   non-empty and lies within the region, boundaries included (s <= o and o + L <= e): a rename of
 *   the region's first identifier replaces AI characters with their new name. Otherwise (the
 *   replaced span touches or straddles a boundary) the inserted text is not part of the region;
 *   only the deletion applies.
 * - kind 'user': a region that lost characters or gained inserted text becomes 'ai-modified'.
 *   kinds 'transparent' (formatter, rename, …), 'undo' and 'redo' apply the same geometry but never
 *   change a state.
 *
 * Undo / redo (tombstones)
 * ------------------------
 * When a change deletes characters that were inside regions, and the tracker knows the document
 * text (pass it to the constructor), it records a tombstone: the whole deleted text, the change's
 * offset in the post-change document, and which characters of that text carried which region tag
 * (with the state they had before the change). When a later change of kind 'undo' or 'redo'
 * inserts exactly that text at exactly that offset, the inserted characters are tagged again with
 * the remembered metadata (states as they were; the surrounding region, if a user edit marked it
 * 'ai-modified', stays so). The tombstone is consumed. At most MAX_TOMBSTONES are kept (oldest
 * dropped). Tombstone offsets move through later changes like a position: a change ending at or
 * before it shifts it, a change starting at or after it leaves it alone, a change whose replaced
 * span contains it strictly inside drops it. `clear()` drops tombstones too.
 *
 * Without the document text the tracker still moves regions correctly but records no tombstones
 * (VS Code change events do not carry the deleted text).
 */
import { randomUUID } from 'crypto';
import type { ProvenanceRegion, RegionState } from './format';

export interface TextChange {
  /** Offset of the replaced span in the text before the batch (UTF-16). */
  offset: number;
  /** Length of the replaced span. */
  length: number;
  /** Inserted text. */
  text: string;
}

export type ChangeKind = 'user' | 'transparent' | 'undo' | 'redo';

/**
 * Region metadata accepted by `add`: everything but geometry; the id is optional, and so is the
 * state ('ai' unless given, e.g. 'ai-modified' for a pasted copy of modified AI code).
 */
export type RegionMeta = Omit<ProvenanceRegion, 'start' | 'end' | 'state' | 'id'> & { id?: string; state?: RegionState };

/** Region metadata without geometry, as remembered by a tombstone. */
type RegionTag = Omit<ProvenanceRegion, 'start' | 'end'>;

interface Tombstone {
  /** Offset in the current document where the deleted text used to start. */
  offset: number;
  /** The whole deleted text of the change. */
  text: string;
  /** Tagged parts of `text`, offsets relative to `text`, sorted, non-overlapping. */
  segments: { start: number; end: number; tag: RegionTag }[];
}

export const MAX_TOMBSTONES = 100;

export class RegionTracker {
  private list: ProvenanceRegion[] = [];
  private tombstones: Tombstone[] = [];
  private doc: string | undefined;
  private desynced = false;

  /**
   * @param regions initial regions (e.g. from `restore`); sorted, empty ones dropped, overlaps
   *   trimmed (a later-starting region loses the part covered by an earlier one).
   * @param text the document's current text. Needed for undo/redo tombstones; the tracker keeps
   *   its own copy up to date through `apply`. It must be the text the NEXT batch's offsets refer
   *   to: a tracker created inside a change handler gets `document.getText()` and must not be
   *   given that same event's batch.
   */
  constructor(regions: readonly ProvenanceRegion[] = [], text?: string) {
    this.doc = text;
    const sorted = regions
      .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end > r.start)
      .map((r) => freezeRegion(r, r.start, r.end))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    let lastEnd = 0;
    for (const r of sorted) {
      const start = Math.max(r.start, lastEnd);
      if (start >= r.end) continue;
      this.list.push(start === r.start ? r : freezeRegion(r, start, r.end));
      lastEnd = r.end;
    }
    this.list = mergeAdjacent(this.list);
  }

  /** Sorted by start, non-overlapping, non-empty; touching regions with identical metadata merged. */
  get regions(): readonly ProvenanceRegion[] {
    return this.list.slice();
  }

  /** The tracker's copy of the document text, if it was given one. */
  get text(): string | undefined {
    return this.doc;
  }

  /** Number of undo/redo tombstones currently remembered. */
  get tombstoneCount(): number {
    return this.tombstones.length;
  }

  /**
   * Replace the tracker's copy of the document text (e.g. after the document was reverted) without
   * moving regions. Tombstones are dropped since their offsets may no longer mean anything.
   */
  resetText(text: string | undefined): void {
    this.doc = text;
    this.tombstones = [];
    this.desynced = false;
  }

  /**
   * Tag [start, end) of the current text as newly accepted AI text (state 'ai' unless `meta.state`). Parts of existing
   * regions that overlap are replaced by the new region. Returns the resulting region (which may be
   * larger if it merged with a touching region of identical metadata).
   * @throws RangeError on an empty or out-of-range span.
   */
  add(start: number, end: number, meta: RegionMeta): ProvenanceRegion {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      throw new RangeError(`RegionTracker.add: invalid span [${start}, ${end})`);
    }
    if (this.doc !== undefined && end > this.doc.length) {
      throw new RangeError(`RegionTracker.add: span [${start}, ${end}) beyond document length ${this.doc.length}`);
    }
    this.paint(start, end, regionTag({ ...meta, id: meta.id ?? randomUUID(), state: meta.state ?? 'ai' }));
    const found = this.list.find((r) => r.start <= start && start < r.end);
    return { ...found! };
  }

  /**
   * Apply one batch of changes (offsets relative to the text before the batch, non-overlapping).
   * The batch is validated before anything is applied.
   * If a change reaches beyond the tracker's copy of the text, that copy is evidently out of date:
   * it is dropped together with all tombstones (see `textDesynced`; `resetText` brings it back) and
   * the regions are still moved.
   * @throws RangeError on a malformed change (non-integer or negative offset/length); nothing is applied.
   */
  apply(changes: readonly TextChange[], kind: ChangeKind): void {
    const ordered = changes.slice().sort((a, b) => b.offset - a.offset || b.length - a.length);
    for (const c of ordered) {
      if (!Number.isInteger(c.offset) || !Number.isInteger(c.length) || c.offset < 0 || c.length < 0 || typeof c.text !== 'string') {
        throw new RangeError(`RegionTracker.apply: invalid change at ${c.offset} length ${c.length}`);
      }
    }
    if (this.doc !== undefined && ordered.some((c) => c.offset + c.length > this.doc!.length)) {
      this.doc = undefined;
      this.tombstones = [];
      this.desynced = true;
    }
    for (const c of ordered) this.applyOne(c, kind);
  }

  /**
   * True once a change did not fit the tracker's copy of the text (the copy was dropped, so undo/redo
   * re-tagging is off until `resetText`). Indicates a caller bug, e.g. a skipped change event.
   */
  get textDesynced(): boolean {
    return this.desynced;
  }

  /**
   * Regions sharing at least one character with [start, end). For an empty span (start === end)
   * the regions containing the character at `start` (region.start <= start < region.end).
   */
  regionsIntersecting(start: number, end: number): ProvenanceRegion[] {
    const out: ProvenanceRegion[] = [];
    if (end < start) return out;
    const hiExclusive = end === start ? start + 1 : end;
    for (let i = this.firstEndingAfter(start); i < this.list.length; i++) {
      const r = this.list[i];
      if (r.start >= hiExclusive) break;
      out.push({ ...r });
    }
    return out;
  }

  /** Forget every region (and every tombstone). Returns how many regions were removed. */
  clear(): number {
    const n = this.list.length;
    this.list = [];
    this.tombstones = [];
    return n;
  }

  // ---- internals ----

  /** Index of the first region whose end is > offset (binary search). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private applyOne(c: TextChange, kind: ChangeKind): void {
    const o = c.offset;
    const L = c.length;
    const T = c.text.length;
    const delta = T - L;
    const segments: Tombstone['segments'] = [];
    const next: ProvenanceRegion[] = [];
    const first = this.firstEndingAfter(o);
    for (let i = 0; i < first; i++) next.push(this.list[i]); // e <= o: untouched
    for (let i = first; i < this.list.length; i++) {
      const r = this.list[i];
      const s = r.start;
      const e = r.end;
      if (s >= o + L) {
        // Entirely after the replaced span (an insertion exactly at s is outside the region).
        next.push(delta === 0 ? r : freezeRegion(r, s + delta, e + delta));
        continue;
      }
      // Here s < o + L and e > o: the change touches the region's characters or is inside it.
      const delStart = Math.max(s, o);
      const delEnd = Math.min(e, o + L);
      const deleted = Math.max(0, delEnd - delStart);
      if (deleted > 0) segments.push({ start: delStart - o, end: delEnd - o, tag: regionTag(r) });
      // A transparent replacement (rename, formatter) of characters that were all in the region keeps
      // its new text in the region even at a boundary: a renamed first identifier stays AI code.
      const within = kind === 'transparent' && L > 0 && s <= o && o + L <= e;
      const inside = (s < o && o + L < e) || within;
      const modified = kind === 'user' && (deleted > 0 || (inside && T > 0));
      const state = modified ? 'ai-modified' : r.state;
      let ns: number;
      let ne: number;
      if (inside) {
        ns = s;
        ne = e + delta;
      } else if (s < o) {
        // Replaced span covers the region's end: keep [s, o).
        ns = s;
        ne = o;
      } else {
        // Replaced span covers the region's start: keep the tail, after the inserted text.
        const tail = e - (o + L);
        if (tail <= 0) continue; // entirely deleted
        ns = o + T;
        ne = ns + tail;
      }
      if (ne > ns) next.push(freezeRegion({ ...r, state }, ns, ne));
    }
    this.list = next;

    // Undo/redo: re-tag the inserted text from a matching tombstone recorded before this change.
    if ((kind === 'undo' || kind === 'redo') && T > 0) {
      for (let i = this.tombstones.length - 1; i >= 0; i--) {
        const t = this.tombstones[i];
        if (t.offset === o && t.text === c.text) {
          this.tombstones.splice(i, 1);
          for (const seg of t.segments) this.paintRaw(o + seg.start, o + seg.end, seg.tag);
          break;
        }
      }
    }

    // Move the other tombstones like positions.
    if (this.tombstones.length > 0) {
      const kept: Tombstone[] = [];
      for (const t of this.tombstones) {
        if (o >= t.offset) kept.push(t);
        else if (o + L <= t.offset) kept.push({ ...t, offset: t.offset + delta });
        // else: the replaced span strictly contains the tombstone's position: drop it.
      }
      this.tombstones = kept;
    }

    if (segments.length > 0 && this.doc !== undefined) {
      this.tombstones.push({ offset: o, text: this.doc.slice(o, o + L), segments });
      if (this.tombstones.length > MAX_TOMBSTONES) this.tombstones.splice(0, this.tombstones.length - MAX_TOMBSTONES);
    }
    if (this.doc !== undefined) this.doc = this.doc.slice(0, o) + c.text + this.doc.slice(o + L);

    this.list = mergeAdjacent(this.list);
  }

  /** Tag [start, end) with `tag`, replacing overlapping parts of existing regions, then merge. */
  private paint(start: number, end: number, tag: RegionTag): void {
    this.paintRaw(start, end, tag);
    this.list = mergeAdjacent(this.list);
  }

  private paintRaw(start: number, end: number, tag: RegionTag): void {
    if (end <= start) return;
    const out: ProvenanceRegion[] = [];
    let inserted = false;
    const fresh = freezeRegion(tag, start, end);
    for (const r of this.list) {
      if (r.end <= start || r.start >= end) {
        if (!inserted && r.start >= end) {
          out.push(fresh);
          inserted = true;
        }
        out.push(r);
        continue;
      }
      if (r.start < start) out.push(freezeRegion(r, r.start, start));
      if (!inserted) {
        out.push(fresh);
        inserted = true;
      }
      if (r.end > end) out.push(freezeRegion(r, end, r.end));
    }
    if (!inserted) out.push(fresh);
    this.list = out;
  }
}

/** A region's metadata without its geometry: only the known fields, optional ones only when set. */
export function regionTag(r: RegionTag): RegionTag {
  return {
    id: r.id,
    state: r.state,
    signal: r.signal,
    confidence: r.confidence,
    acceptedAt: r.acceptedAt,
    ...(r.source !== undefined ? { source: r.source } : {}),
    ...(r.kind !== undefined ? { kind: r.kind } : {}),
    ...(r.agent !== undefined ? { agent: r.agent } : {}),
  };
}

function freezeRegion(tag: RegionTag, start: number, end: number): ProvenanceRegion {
  return Object.freeze({ ...regionTag(tag), start, end });
}

export function sameTag(a: RegionTag, b: RegionTag): boolean {
  return (
    a.id === b.id &&
    a.state === b.state &&
    a.signal === b.signal &&
    a.confidence === b.confidence &&
    a.acceptedAt === b.acceptedAt &&
    a.source === b.source &&
    a.kind === b.kind &&
    a.agent === b.agent
  );
}

/** Merge touching regions with identical metadata (input sorted, non-overlapping). */
function mergeAdjacent(list: ProvenanceRegion[]): ProvenanceRegion[] {
  if (list.length < 2) return list;
  const out: ProvenanceRegion[] = [list[0]];
  for (let i = 1; i < list.length; i++) {
    const r = list[i];
    const last = out[out.length - 1];
    if (last.end === r.start && sameTag(last, r)) out[out.length - 1] = freezeRegion(last, last.start, r.end);
    else out.push(r);
  }
  return out;
}
