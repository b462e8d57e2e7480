import * as assert from 'assert';
import { ChangeKind, MAX_TOMBSTONES, RegionMeta, RegionTracker, TextChange } from '../../server/src/provenance/regionTracker';
import type { ProvenanceRegion, RegionState } from '../../server/src/provenance/format';

/**
 * RegionTracker keeps AI-accepted regions of one document in place through edits. Hand-written
 * cases pin each rule; a property test checks random edit sequences against a per-character
 * reference model.
 */

const META: RegionMeta = { signal: 'inline-accept', confidence: 'high', acceptedAt: '2025-01-01T00:00:00.000Z' };

function meta(id: string): RegionMeta {
  return { ...META, id };
}

/** start/end/state/id of every region, the part the tests compare. */
function shape(regions: readonly ProvenanceRegion[]): { start: number; end: number; state: RegionState; id: string }[] {
  return regions.map((r) => ({ start: r.start, end: r.end, state: r.state, id: r.id }));
}

function region(id: string, start: number, end: number, state: RegionState = 'ai'): ProvenanceRegion {
  return { ...META, id, start, end, state };
}

/** Apply a batch to a text the way an editor does (pre-batch offsets, descending). */
function applyText(text: string, changes: readonly TextChange[]): string {
  for (const c of changes.slice().sort((a, b) => b.offset - a.offset || b.length - a.length)) {
    text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  }
  return text;
}

/** A tracker plus the document text, edited together. */
class Doc {
  tracker: RegionTracker;
  constructor(
    public text: string,
    regions: ProvenanceRegion[] = [],
  ) {
    this.tracker = new RegionTracker(regions, text);
  }
  edit(changes: TextChange[], kind: ChangeKind): void {
    this.text = applyText(this.text, changes);
    this.tracker.apply(changes, kind);
    assert.strictEqual(this.tracker.text, this.text, 'tracker keeps its copy of the text in sync');
  }
  regionText(i = 0): string {
    const r = this.tracker.regions[i];
    return this.text.slice(r.start, r.end);
  }
}

const TEXT = '0123456789ABCDEFGHIJ0123456789'; // 30 characters; region A = [10, 20) = "ABCDEFGHIJ"

describe('RegionTracker', () => {
  describe('geometry', () => {
    it('shifts a region by a change entirely before it, ignores a change entirely after it', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 2, length: 0, text: 'xyz' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 13, end: 23, state: 'ai', id: 'A' }]);
      d.edit([{ offset: 0, length: 5, text: '' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 8, end: 18, state: 'ai', id: 'A' }]);
      d.edit([{ offset: 20, length: 3, text: 'long replacement' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 8, end: 18, state: 'ai', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'ABCDEFGHIJ');
    });

    it('text typed exactly at the start or end boundary is not part of the region', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 10, length: 0, text: '<<' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 12, end: 22, state: 'ai', id: 'A' }]);
      d.edit([{ offset: 22, length: 0, text: '>>' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 12, end: 22, state: 'ai', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'ABCDEFGHIJ');
      assert.strictEqual(d.text.slice(10, 24), '<<ABCDEFGHIJ>>');
    });

    it('a user insertion strictly inside becomes part of the region and marks it ai-modified', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 11, length: 0, text: 'xx' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 10, end: 22, state: 'ai-modified', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'AxxBCDEFGHIJ');
    });

    it('a replacement strictly inside (not touching the boundaries) is part of the region', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 11, length: 8, text: '-' }], 'user'); // replaces BCDEFGHI, keeps A and J
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 10, end: 13, state: 'ai-modified', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'A-J');
    });

    it("kind 'transparent' moves and grows regions but never marks them ai-modified", () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 12, length: 2, text: 'renamed' }], 'transparent');
      d.edit(
        [
          { offset: 15, length: 0, text: '  ' },
          { offset: 0, length: 1, text: '' },
        ],
        'transparent',
      );
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 9, end: 26, state: 'ai', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'ABren  amedEFGHIJ');
      d.edit([{ offset: 9, length: 3, text: '' }], 'transparent'); // cut at the start: still 'ai'
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 9, end: 23, state: 'ai', id: 'A' }]);
    });

    it('undo and redo kinds never mark a region ai-modified', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 12, length: 2, text: 'q' }], 'undo');
      d.edit([{ offset: 13, length: 0, text: 'r' }], 'redo');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 10, end: 20, state: 'ai', id: 'A' }]);
    });

    it('deleted text is cut out of a region; a fully deleted region disappears', () => {
      const d = new Doc(TEXT, [region('A', 10, 20), region('B', 25, 28)]);
      d.edit([{ offset: 12, length: 3, text: '' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 10, end: 17, state: 'ai-modified', id: 'A' },
        { start: 22, end: 25, state: 'ai', id: 'B' },
      ]);
      assert.strictEqual(d.regionText(), 'ABFGHIJ');
      d.edit([{ offset: 21, length: 5, text: '' }], 'user'); // covers all of B
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 10, end: 17, state: 'ai-modified', id: 'A' }]);
    });

    it('replacing exactly the region removes it; the replacement text is not AI text', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 10, length: 10, text: 'mine' }], 'user');
      assert.deepStrictEqual(d.tracker.regions, []);
    });

    it('a replacement straddling the start cuts the deleted part and leaves the inserted text out', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 5, length: 7, text: 'XYZ' }], 'user'); // deletes 56789AB
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 8, end: 16, state: 'ai-modified', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'CDEFGHIJ');
      assert.strictEqual(d.text.slice(5, 8), 'XYZ');
    });

    it('a replacement straddling the end cuts the deleted part and leaves the inserted text out', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 18, length: 5, text: 'Q' }], 'user'); // deletes IJ012
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 10, end: 18, state: 'ai-modified', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'ABCDEFGH');
    });

    it('a replacement touching a boundary from inside is not part of the region', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 10, length: 2, text: 'zz' }], 'user'); // replaces AB
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 12, end: 20, state: 'ai-modified', id: 'A' }]);
      d.edit([{ offset: 18, length: 2, text: 'ww' }], 'user'); // replaces IJ
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 12, end: 18, state: 'ai-modified', id: 'A' }]);
      assert.strictEqual(d.regionText(), 'CDEFGH');
    });

    it('a batch uses pre-batch offsets for every change', () => {
      const d = new Doc(TEXT, [region('A', 10, 20), region('B', 22, 26)]);
      // Given in ascending order on purpose; all offsets refer to TEXT.
      d.edit(
        [
          { offset: 0, length: 0, text: 'aa' },
          { offset: 15, length: 0, text: 'bb' },
          { offset: 26, length: 2, text: '' },
        ],
        'user',
      );
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 12, end: 24, state: 'ai-modified', id: 'A' },
        { start: 26, end: 30, state: 'ai', id: 'B' },
      ]);
      assert.strictEqual(d.regionText(0), 'ABCDEbbFGHIJ');
      assert.strictEqual(d.regionText(1), '2345');
    });

    it('text inserted where two regions touch belongs to neither', () => {
      const d = new Doc(TEXT, [region('A', 10, 15), region('B', 15, 20)]);
      d.edit([{ offset: 15, length: 0, text: '!!' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 10, end: 15, state: 'ai', id: 'A' },
        { start: 17, end: 22, state: 'ai', id: 'B' },
      ]);
    });

    it('a deletion spanning two regions cuts both and marks both modified', () => {
      const d = new Doc(TEXT, [region('A', 10, 15), region('B', 15, 20)]);
      d.edit([{ offset: 13, length: 4, text: 'k' }], 'user');
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 10, end: 13, state: 'ai-modified', id: 'A' },
        { start: 14, end: 17, state: 'ai-modified', id: 'B' },
      ]);
    });
  });

  describe('add, regionsIntersecting, clear, constructor', () => {
    it('add tags new AI text with state ai and replaces overlapping parts of older regions', () => {
      const d = new Doc(TEXT, [region('A', 0, 10)]);
      const b = d.tracker.add(3, 6, meta('B'));
      assert.deepStrictEqual(shape([b]), [{ start: 3, end: 6, state: 'ai', id: 'B' }]);
      assert.strictEqual(b.signal, 'inline-accept');
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 0, end: 3, state: 'ai', id: 'A' },
        { start: 3, end: 6, state: 'ai', id: 'B' },
        { start: 6, end: 10, state: 'ai', id: 'A' },
      ]);
      d.tracker.add(2, 25, meta('C')); // swallows the rest of A and B
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 0, end: 2, state: 'ai', id: 'A' },
        { start: 2, end: 25, state: 'ai', id: 'C' },
      ]);
    });

    it('add generates an id when none is given, and rejects empty or out-of-range spans', () => {
      const t = new RegionTracker([], TEXT);
      const r1 = t.add(0, 1, META);
      const r2 = t.add(1, 2, META);
      assert.ok(r1.id.length > 0);
      assert.notStrictEqual(r1.id, r2.id);
      assert.deepStrictEqual(
        shape(t.regions).map((r) => r.id),
        [r1.id, r2.id],
      );
      assert.throws(() => t.add(5, 5, META), RangeError);
      assert.throws(() => t.add(-1, 2, META), RangeError);
      assert.throws(() => t.add(0, TEXT.length + 1, META), RangeError);
    });

    it('add re-marks an ai-modified region as ai and merges touching regions with identical metadata', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 12, length: 1, text: '' }], 'user');
      assert.strictEqual(d.tracker.regions[0].state, 'ai-modified');
      d.tracker.add(10, 19, meta('A'));
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 10, end: 19, state: 'ai', id: 'A' }]);
      const merged = d.tracker.add(19, 22, meta('A'));
      assert.deepStrictEqual(shape([merged]), [{ start: 10, end: 22, state: 'ai', id: 'A' }]);
    });

    it('add keeps a given state (a pasted copy of modified AI code stays ai-modified)', () => {
      const t = new RegionTracker([], TEXT);
      t.add(2, 6, { ...meta('P'), signal: 'paste-of-ai-text', state: 'ai-modified' });
      assert.deepStrictEqual(shape(t.regions), [{ start: 2, end: 6, state: 'ai-modified', id: 'P' }]);
      assert.strictEqual(t.regions[0].signal, 'paste-of-ai-text');
    });

    it('regionsIntersecting returns regions sharing a character with the span', () => {
      const t = new RegionTracker([region('A', 2, 5), region('B', 5, 8), region('C', 12, 14)]);
      const ids = (s: number, e: number) => t.regionsIntersecting(s, e).map((r) => r.id);
      assert.deepStrictEqual(ids(0, 2), []);
      assert.deepStrictEqual(ids(0, 3), ['A']);
      assert.deepStrictEqual(ids(4, 6), ['A', 'B']);
      assert.deepStrictEqual(ids(8, 12), []);
      assert.deepStrictEqual(ids(0, 100), ['A', 'B', 'C']);
      assert.deepStrictEqual(ids(5, 5), ['B'], 'empty span: the region containing the character at start');
      assert.deepStrictEqual(ids(14, 14), []);
      assert.deepStrictEqual(ids(13, 13), ['C']);
      assert.deepStrictEqual(ids(6, 4), []);
    });

    it('clear removes every region and returns how many', () => {
      const t = new RegionTracker([region('A', 2, 5), region('B', 5, 8)]);
      assert.strictEqual(t.clear(), 2);
      assert.deepStrictEqual(t.regions, []);
      assert.strictEqual(t.clear(), 0);
    });

    it('the constructor sorts, drops empty regions and trims overlaps', () => {
      const t = new RegionTracker([region('C', 20, 30), region('A', 0, 10), region('E', 4, 4), region('B', 8, 15)]);
      assert.deepStrictEqual(shape(t.regions), [
        { start: 0, end: 10, state: 'ai', id: 'A' },
        { start: 10, end: 15, state: 'ai', id: 'B' },
        { start: 20, end: 30, state: 'ai', id: 'C' },
      ]);
    });

    it('the regions getter cannot be used to corrupt the tracker', () => {
      const t = new RegionTracker([region('A', 2, 5)]);
      const list = t.regions as ProvenanceRegion[];
      list.pop();
      assert.throws(() => {
        'use strict';
        t.regions[0].start = 0;
      }, TypeError);
      assert.deepStrictEqual(shape(t.regions), [{ start: 2, end: 5, state: 'ai', id: 'A' }]);
    });

    it('rejects a malformed batch before applying any of it', () => {
      const t = new RegionTracker([region('A', 1, 3)], 'abcd');
      assert.throws(
        () =>
          t.apply(
            [
              { offset: 0, length: 0, text: 'x' },
              { offset: -1, length: 0, text: 'x' },
            ],
            'user',
          ),
        RangeError,
      );
      assert.throws(() => t.apply([{ offset: 0, length: 0.5, text: '' }], 'user'), RangeError);
      assert.strictEqual(t.text, 'abcd');
      assert.deepStrictEqual(shape(t.regions), [{ start: 1, end: 3, state: 'ai', id: 'A' }]);
    });

    it('a change beyond its copy of the text drops the copy and tombstones but still moves regions', () => {
      const d = new Doc(TEXT, [region('A', 10, 20), region('B', 22, 24)]);
      d.edit([{ offset: 22, length: 2, text: '' }], 'user'); // tombstone for B
      assert.strictEqual(d.tracker.tombstoneCount, 1);
      d.tracker.apply(
        [
          { offset: 0, length: 0, text: 'xx' },
          { offset: 27, length: 10, text: '' },
        ],
        'user',
      );
      assert.strictEqual(d.tracker.textDesynced, true);
      assert.strictEqual(d.tracker.text, undefined);
      assert.strictEqual(d.tracker.tombstoneCount, 0);
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 12, end: 22, state: 'ai', id: 'A' }]);
      d.tracker.resetText('xx' + TEXT.slice(0, 22) + TEXT.slice(24, 26));
      assert.strictEqual(d.tracker.textDesynced, false);
      d.tracker.apply([{ offset: 12, length: 10, text: '' }], 'user');
      assert.strictEqual(d.tracker.tombstoneCount, 1);
    });
  });

  describe('undo/redo tombstones', () => {
    it('a region deleted by the user and restored by undo is tagged again', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 10, length: 10, text: '' }], 'user');
      assert.strictEqual(d.tracker.regions.length, 0);
      d.edit([{ offset: 10, length: 0, text: 'ABCDEFGHIJ' }], 'undo');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 10, end: 20, state: 'ai', id: 'A' }]);
      assert.strictEqual(d.tracker.regions[0].acceptedAt, META.acceptedAt);
      assert.strictEqual(d.tracker.tombstoneCount, 0, 'the tombstone is consumed');
    });

    it('undo of a replacement restores the replaced AI text, including untagged parts around it', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 8, length: 4, text: 'typed' }], 'user'); // deletes 89AB
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 13, end: 21, state: 'ai-modified', id: 'A' }]);
      d.edit([{ offset: 8, length: 5, text: '89AB' }], 'undo');
      assert.strictEqual(d.text, TEXT);
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 10, end: 12, state: 'ai', id: 'A' },
        { start: 12, end: 20, state: 'ai-modified', id: 'A' },
      ]);
    });

    it('undo of a user deletion inside a region restores the characters with their old state', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 13, length: 2, text: '' }], 'user');
      d.edit([{ offset: 13, length: 0, text: 'DE' }], 'undo');
      // The surrounding region stays ai-modified: the tracker does not know the user edit was undone.
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 10, end: 13, state: 'ai-modified', id: 'A' },
        { start: 13, end: 15, state: 'ai', id: 'A' },
        { start: 15, end: 20, state: 'ai-modified', id: 'A' },
      ]);
    });

    it('redo of an accept tags the re-inserted text again', () => {
      const d = new Doc('let x = ;\n');
      d.edit([{ offset: 8, length: 0, text: 'foo()' }], 'user');
      d.tracker.add(8, 13, { ...META, id: 'acc', signal: 'change-reason', source: 'inlineCompletionAccept' });
      d.edit([{ offset: 8, length: 5, text: '' }], 'undo'); // undo the accept
      assert.deepStrictEqual(d.tracker.regions, []);
      d.edit([{ offset: 8, length: 0, text: 'foo()' }], 'redo');
      assert.deepStrictEqual(d.tracker.regions, [
        {
          id: 'acc',
          start: 8,
          end: 13,
          state: 'ai',
          signal: 'change-reason',
          confidence: 'high',
          acceptedAt: META.acceptedAt,
          source: 'inlineCompletionAccept',
        },
      ]);
    });

    it('only undo/redo re-tag, and only with exactly the same text at exactly the same offset', () => {
      for (const [change, kind] of [
        [{ offset: 10, length: 0, text: 'ABCDEFGHIJ' }, 'user'],
        [{ offset: 10, length: 0, text: 'ABCDEFGHIJ' }, 'transparent'],
        [{ offset: 10, length: 0, text: 'ABCDEFGHIj' }, 'undo'],
        [{ offset: 11, length: 0, text: 'ABCDEFGHIJ' }, 'undo'],
      ] as [TextChange, ChangeKind][]) {
        const d = new Doc(TEXT, [region('A', 10, 20)]);
        d.edit([{ offset: 10, length: 10, text: '' }], 'user');
        d.edit([change], kind);
        assert.deepStrictEqual(d.tracker.regions, [], `${kind} ${JSON.stringify(change)}`);
      }
    });

    it('tombstones move with later edits and are dropped when an edit covers them', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 10, length: 10, text: '' }], 'user');
      d.edit([{ offset: 0, length: 3, text: 'four' }], 'user'); // before: tombstone moves to 11
      d.edit([{ offset: 11, length: 0, text: 'typed' }], 'user'); // at the tombstone: it stays at 11
      d.edit([{ offset: 11, length: 5, text: '' }], 'undo'); // undo the typing
      d.edit([{ offset: 11, length: 0, text: 'ABCDEFGHIJ' }], 'undo');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 11, end: 21, state: 'ai', id: 'A' }]);

      const e = new Doc(TEXT, [region('A', 10, 20)]);
      e.edit([{ offset: 10, length: 10, text: '' }], 'user');
      e.edit([{ offset: 8, length: 4, text: '' }], 'user'); // strictly covers the tombstone's position
      assert.strictEqual(e.tracker.tombstoneCount, 0);
    });

    it('a batch undo restores tags for every change of the batch', () => {
      const d = new Doc(TEXT, [region('A', 2, 5), region('B', 22, 26)]);
      const before = d.text;
      d.edit(
        [
          { offset: 1, length: 5, text: '' },
          { offset: 20, length: 8, text: 'xy' },
        ],
        'user',
      );
      assert.deepStrictEqual(d.tracker.regions, []);
      // The editor's inverse batch, in post-batch offsets.
      d.edit(
        [
          { offset: 1, length: 0, text: before.slice(1, 6) },
          { offset: 15, length: 2, text: before.slice(20, 28) },
        ],
        'undo',
      );
      assert.strictEqual(d.text, before);
      assert.deepStrictEqual(shape(d.tracker.regions), [
        { start: 2, end: 5, state: 'ai', id: 'A' },
        { start: 22, end: 26, state: 'ai', id: 'B' },
      ]);
    });

    it(`keeps at most ${MAX_TOMBSTONES} tombstones, dropping the oldest`, () => {
      const n = MAX_TOMBSTONES + 20;
      const text = 'x'.repeat(n);
      const regions = Array.from({ length: n }, (_, i) => region(`R${i}`, i, i + 1));
      const d = new Doc(text, regions);
      for (let i = n - 1; i >= 0; i--) d.edit([{ offset: i, length: 1, text: '' }], 'user'); // from the end: offsets stay valid
      assert.strictEqual(d.tracker.tombstoneCount, MAX_TOMBSTONES);
      // All tombstones now sit at offset 0 with text 'x'; undo takes the most recent (R0) first.
      d.edit([{ offset: 0, length: 0, text: 'x' }], 'undo');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 0, end: 1, state: 'ai', id: 'R0' }]);
      assert.strictEqual(d.tracker.tombstoneCount, MAX_TOMBSTONES - 1);
    });

    it('the oldest tombstone is the one dropped', () => {
      const d = new Doc('ab' + 'x'.repeat(MAX_TOMBSTONES), [region('A', 0, 1)]);
      d.edit([{ offset: 0, length: 1, text: '' }], 'user'); // tombstone for A at 0
      for (let i = 0; i < MAX_TOMBSTONES; i++) {
        d.tracker.add(1, 2, meta(`X${i}`));
        d.edit([{ offset: 1, length: 1, text: '' }], 'user');
        d.edit([{ offset: 1, length: 0, text: 'y' }], 'user');
      }
      assert.strictEqual(d.tracker.tombstoneCount, MAX_TOMBSTONES);
      d.edit([{ offset: 0, length: 0, text: 'a' }], 'undo');
      assert.deepStrictEqual(
        d.tracker.regions.map((r) => r.id),
        [],
        "A's tombstone was the oldest and is gone",
      );
      // X0 deleted an 'x', X1.. deleted a 'y': the most recent matching tombstone wins.
      d.edit([{ offset: 2, length: 1, text: 'y' }], 'undo');
      assert.deepStrictEqual(shape(d.tracker.regions), [{ start: 2, end: 3, state: 'ai', id: `X${MAX_TOMBSTONES - 1}` }]);
    });

    it('clear also forgets tombstones', () => {
      const d = new Doc(TEXT, [region('A', 10, 20)]);
      d.edit([{ offset: 10, length: 5, text: '' }], 'user');
      assert.strictEqual(d.tracker.clear(), 1);
      d.edit([{ offset: 10, length: 0, text: 'ABCDE' }], 'undo');
      assert.deepStrictEqual(d.tracker.regions, []);
    });

    it('without the document text regions still move but no tombstones are recorded', () => {
      const t = new RegionTracker([region('A', 10, 20)]);
      t.apply([{ offset: 0, length: 0, text: 'abc' }], 'user');
      t.apply([{ offset: 13, length: 10, text: '' }], 'user');
      assert.strictEqual(t.tombstoneCount, 0);
      t.apply([{ offset: 13, length: 0, text: 'ABCDEFGHIJ' }], 'undo');
      assert.deepStrictEqual(t.regions, []);
      assert.strictEqual(t.text, undefined);
    });
  });

  describe('property: random edits against a per-character reference model', () => {
    for (const seed of [1, 2, 3, 7, 42, 1234, 99991, 31337]) {
      it(`seed ${seed}: 300 steps`, () => runProperty(seed, 300));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Reference model: one tag per character; a region is a maximal run of equal tags.

interface Tag {
  id: string;
  state: RegionState;
}
type Cell = Tag | null;

function sameCell(a: Cell, b: Cell): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && a.state === b.state);
}

interface ModelTombstone {
  offset: number;
  text: string;
  tags: Cell[];
}

class Model {
  tombstones: ModelTombstone[] = [];
  /** How often an undo/redo re-tagged text from a tombstone (to check the property test reaches it). */
  retagged = 0;
  constructor(
    public text: string,
    public tags: Cell[],
  ) {}

  add(start: number, end: number, id: string): void {
    for (let i = start; i < end; i++) this.tags[i] = { id, state: 'ai' };
  }

  apply(changes: TextChange[], kind: ChangeKind): void {
    for (const c of changes.slice().sort((a, b) => b.offset - a.offset || b.length - a.length)) this.applyOne(c, kind);
  }

  private applyOne(c: TextChange, kind: ChangeKind): void {
    const { offset: o, length: L, text: T } = c;
    const n = this.tags.length;
    // Run index of every character (-1 when untagged).
    const run: number[] = [];
    let k = -1;
    for (let i = 0; i < n; i++) {
      if (this.tags[i] === null) run.push(-1);
      else run.push(i > 0 && sameCell(this.tags[i - 1], this.tags[i]) ? k : ++k);
    }
    // The replaced span is strictly inside a run when the characters on both sides and all replaced
    // characters belong to the same run.
    let insideRun = -1;
    if (o > 0 && o + L < n && run[o - 1] >= 0) {
      insideRun = run[o - 1]!;
      for (let j = o; j <= o + L; j++) if (run[j] !== insideRun) insideRun = -1;
    }
    // A transparent replacement of characters all in one run keeps its new text in that run,
    // boundaries included.
    let insideTag: Cell = insideRun >= 0 ? this.tags[o - 1]! : null;
    if (insideRun < 0 && kind === 'transparent' && L > 0 && run[o] >= 0) {
      let same = true;
      for (let j = o; j < o + L; j++) if (run[j] !== run[o]) same = false;
      if (same) {
        insideRun = run[o]!;
        insideTag = this.tags[o]!;
      }
    }
    const touched = new Set<number>();
    for (let j = o; j < o + L; j++) if (run[j] >= 0) touched.add(run[j]);
    if (insideRun >= 0 && T.length > 0) touched.add(insideRun);

    const cells: { tag: Cell; run: number }[] = [];
    for (let i = 0; i < o; i++) cells.push({ tag: this.tags[i]!, run: run[i] });
    for (let i = 0; i < T.length; i++) cells.push(insideRun >= 0 ? { tag: insideTag, run: insideRun } : { tag: null, run: -1 });
    for (let i = o + L; i < n; i++) cells.push({ tag: this.tags[i]!, run: run[i] });
    let tags: Cell[] = cells.map((x) => (kind === 'user' && touched.has(x.run) ? { id: x.tag!.id, state: 'ai-modified' } : x.tag));

    if ((kind === 'undo' || kind === 'redo') && T.length > 0) {
      for (let i = this.tombstones.length - 1; i >= 0; i--) {
        const t = this.tombstones[i];
        if (t.offset === o && t.text === T) {
          this.tombstones.splice(i, 1);
          this.retagged++;
          tags = tags.slice();
          t.tags.forEach((tag, j) => {
            if (tag !== null) tags[o + j] = tag;
          });
          break;
        }
      }
    }
    const kept: ModelTombstone[] = [];
    for (const t of this.tombstones) {
      if (o >= t.offset) kept.push(t);
      else if (o + L <= t.offset) kept.push({ ...t, offset: t.offset + T.length - L });
    }
    this.tombstones = kept;
    const deletedTags = this.tags.slice(o, o + L);
    if (deletedTags.some((t) => t !== null)) {
      this.tombstones.push({ offset: o, text: this.text.slice(o, o + L), tags: deletedTags });
      if (this.tombstones.length > MAX_TOMBSTONES) this.tombstones.shift();
    }
    this.text = this.text.slice(0, o) + T + this.text.slice(o + L);
    this.tags = tags;
  }

  runs(): { start: number; end: number; state: RegionState; id: string }[] {
    const out: { start: number; end: number; state: RegionState; id: string }[] = [];
    for (let i = 0; i < this.tags.length;) {
      const t = this.tags[i];
      let j = i + 1;
      while (j < this.tags.length && sameCell(this.tags[j], t)) j++;
      if (t) out.push({ start: i, end: j, state: t.state, id: t.id });
      i = j;
    }
    return out;
  }
}

/** A small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function runProperty(seed: number, steps: number): void {
  const random = rng(seed);
  const int = (n: number) => Math.floor(random() * n); // 0..n-1
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const ALPHABET = ['a', 'b', '\n'];
  const word = (max: number) => Array.from({ length: int(max + 1) }, () => pick(ALPHABET)).join('');

  let text = word(40);
  const model = new Model(
    text,
    Array.from({ length: text.length }, () => null),
  );
  const tracker = new RegionTracker([], text);
  let nextId = 0;
  // Editor-like undo/redo stacks of inverse batches.
  const undoStack: TextChange[][] = [];
  let redoStack: TextChange[][] = [];
  const log: string[] = [];
  const seen = { regions: 0, modified: 0, adjacent: 0 };

  /** The batch that undoes `changes` applied to `before`, in post-batch offsets. */
  const inverse = (before: string, changes: TextChange[]): TextChange[] => {
    let shift = 0;
    return changes
      .slice()
      .sort((a, b) => a.offset - b.offset)
      .map((c) => {
        const inv = { offset: c.offset + shift, length: c.text.length, text: before.slice(c.offset, c.offset + c.length) };
        shift += c.text.length - c.length;
        return inv;
      });
  };

  /** An offset, often at a region boundary so boundary rules get exercised. */
  const offset = () => {
    const runs = model.runs();
    if (runs.length > 0 && random() < 0.5) {
      const r = pick(runs);
      return Math.min(text.length, Math.max(0, pick([r.start, r.end, r.start + 1, r.end - 1])));
    }
    return int(text.length + 1);
  };

  const randomBatch = (): TextChange[] => {
    const count = 1 + int(3);
    const out: TextChange[] = [];
    for (let tries = 0; out.length < count && tries < 20; tries++) {
      const o = offset();
      const maxLen = text.length - o;
      const len = Math.min(maxLen, random() < 0.15 ? int(25) : int(5));
      const c = { offset: o, length: len, text: random() < 0.3 ? '' : word(6) };
      // Non-overlapping in pre-batch offsets, and distinct offsets so the order is unambiguous.
      if (out.some((x) => x.offset === c.offset || (c.offset < x.offset + x.length && x.offset < c.offset + c.length))) continue;
      out.push(c);
    }
    return out;
  };

  const edit = (changes: TextChange[], kind: ChangeKind) => {
    log.push(`${kind} ${JSON.stringify(changes)}`);
    const before = text;
    text = applyText(text, changes);
    model.apply(changes, kind);
    tracker.apply(changes, kind);
    return inverse(before, changes);
  };

  for (let step = 0; step < steps; step++) {
    const roll = random();
    if (roll < 0.1 && text.length > 0) {
      const s = int(text.length);
      const e = s + 1 + int(Math.min(15, text.length - s));
      const id = `r${nextId++}`;
      log.push(`add ${s} ${e} ${id}`);
      model.add(s, e, id);
      tracker.add(s, e, meta(id));
    } else if (roll < 0.25 && undoStack.length > 0) {
      redoStack.push(edit(undoStack.pop()!, 'undo'));
    } else if (roll < 0.33 && redoStack.length > 0) {
      undoStack.push(edit(redoStack.pop()!, 'redo'));
    } else if (roll < 0.38 && model.tombstones.length > 0) {
      // An undo-kind change aimed at a tombstone, replacing a random span at its offset.
      const t = pick(model.tombstones);
      const len = Math.min(text.length - t.offset, int(4));
      edit([{ offset: t.offset, length: len, text: t.text }], pick(['undo', 'redo'] as const));
      undoStack.length = 0;
      redoStack = [];
    } else {
      const batch = randomBatch();
      if (batch.length === 0) continue;
      const kind = pick(['user', 'user', 'user', 'transparent'] as const);
      undoStack.push(edit(batch, kind));
      redoStack = [];
    }

    const context = () => `seed ${seed} step ${step}\n${log.slice(-5).join('\n')}`;
    assert.strictEqual(model.text, text);
    assert.strictEqual(tracker.text, text, context());
    const regions = tracker.regions;
    for (let i = 0; i < regions.length; i++) {
      const r = regions[i];
      assert.ok(r.start < r.end && r.end <= text.length, `non-empty, in range: ${context()}`);
      if (i > 0) assert.ok(regions[i - 1].end <= r.start, `sorted, non-overlapping: ${context()}`);
    }
    assert.deepStrictEqual(shape(regions), model.runs(), context());
    assert.strictEqual(tracker.tombstoneCount, model.tombstones.length, context());
    if (regions.length > 0) seen.regions++;
    if (regions.some((r) => r.state === 'ai-modified')) seen.modified++;
    if (regions.some((r, i) => i > 0 && regions[i - 1].end === r.start)) seen.adjacent++;
  }
  // The run should actually have exercised the interesting paths.
  assert.ok(nextId > 10, `adds happened (${nextId})`);
  assert.ok(seen.regions > steps / 2, `regions present in most steps (${seen.regions})`);
  assert.ok(seen.modified > 10, `ai-modified regions seen (${seen.modified})`);
  assert.ok(seen.adjacent > 0, `touching regions seen (${seen.adjacent})`);
  assert.ok(model.retagged > 3, `undo/redo re-tagged text (${model.retagged})`);
}
