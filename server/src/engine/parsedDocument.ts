import { Edit, type Parser, type Point, type Tree } from 'web-tree-sitter';
import type { Span } from './finding';
import type { GrammarName } from './languages';

/** An LSP-style change: a range in the current text (UTF-16 positions) and its replacement. */
export interface ContentChange {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/** One applied edit, in the coordinates of the text it was applied to. */
export interface AppliedEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
  /**
   * The text the edit replaced, widened to whole words at both ends: a name the edit cut into
   * (`ZERO_|NONCE`) is a name whose bindings may have changed.
   */
  removed: string;
}

/**
 * What changed since the last `takeChanges()`: the edits in order, and the spans of the current
 * text whose text or syntax changed (edited text plus `getChangedRanges` of every reparse).
 * `full` means the whole text was replaced and nothing from before can be reused.
 */
export interface ChangeSet {
  edits: AppliedEdit[];
  dirty: Span[];
  full: boolean;
}

export class ParseTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`parsing took longer than ${budgetMs} ms`);
  }
}

/**
 * A document's text and syntax tree, kept in step with incremental edits: each change is applied
 * to the text and to the old tree (`tree.edit`), then the tree is reparsed from the old one so
 * tree-sitter reuses every unchanged subtree.
 */
export class ParsedDocument {
  private lineStarts: number[];
  /**
   * Whether the text may hold a `\r` (then line starts are computed afresh on each change).
   * Tracked from what comes in: searching a large text for it on every keystroke cost more than
   * the edit's own analysis.
   */
  private mayHaveCarriageReturn: boolean;
  private dirty = false;
  private needsFullParse = false;
  private changes: ChangeSet = { edits: [], dirty: [], full: false };
  private reusedOldTree = false;
  /** How long the first parse took (spent from the time budget of the analysis that needed it). */
  parseMs = 0;

  private constructor(
    private readonly parser: Parser,
    readonly grammar: GrammarName,
    private currentText: string,
    private currentTree: Tree,
  ) {
    this.lineStarts = computeLineStarts(currentText);
    this.mayHaveCarriageReturn = currentText.includes('\r');
  }

  /**
   * Parses `text`. With a time budget, a parse that would take longer is abandoned and
   * `ParseTimeoutError` thrown, so one enormous file cannot stall the server.
   */
  static create(parser: Parser, grammar: GrammarName, text: string, options: { timeBudgetMs?: number } = {}): ParsedDocument {
    const started = performance.now();
    let tree: Tree | null;
    if (options.timeBudgetMs === undefined) tree = parser.parse(text);
    else {
      const deadline = performance.now() + options.timeBudgetMs;
      tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
      if (!tree) {
        parser.reset();
        throw new ParseTimeoutError(options.timeBudgetMs);
      }
    }
    if (!tree) throw new Error('parser returned no tree');
    return new ParsedDocument(parser, grammar, text, tree).timed(started);
  }

  /**
   * Parses `text` a slice of time at a time, letting other work run in between (tree-sitter
   * resumes a cancelled parse where it stopped). `parser` must be this document's own: another
   * parse on it in between would take over the half-done one.
   */
  static async createYielding(
    parser: Parser,
    grammar: GrammarName,
    text: string,
    options: { timeBudgetMs: number; sliceMs: number },
  ): Promise<ParsedDocument> {
    const started = performance.now();
    const deadline = started + options.timeBudgetMs;
    for (;;) {
      const sliceEnd = Math.min(deadline, performance.now() + options.sliceMs);
      const tree = parser.parse(text, null, { progressCallback: () => performance.now() > sliceEnd });
      if (tree) return new ParsedDocument(parser, grammar, text, tree).timed(started);
      if (performance.now() > deadline) {
        parser.reset();
        throw new ParseTimeoutError(options.timeBudgetMs);
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private timed(started: number): this {
    this.parseMs = performance.now() - started;
    return this;
  }

  get text(): string {
    return this.currentText;
  }

  /**
   * Whether the current tree was reparsed from an earlier one (after edits) rather than parsed
   * from the text alone. In error recovery the two can differ.
   */
  get reparsedIncrementally(): boolean {
    void this.tree;
    return this.reusedOldTree;
  }

  /** The syntax tree of the current text; edits since the last parse are reparsed incrementally here. */
  get tree(): Tree {
    if (this.dirty) {
      const next = this.parser.parse(this.currentText, this.needsFullParse ? null : this.currentTree);
      if (!next) throw new Error('parser returned no tree');
      if (!this.needsFullParse) {
        for (const r of this.currentTree.getChangedRanges(next)) this.changes.dirty.push({ start: r.startIndex, end: r.endIndex });
      }
      this.reusedOldTree = !this.needsFullParse;
      this.currentTree.delete();
      this.currentTree = next;
      this.dirty = false;
      this.needsFullParse = false;
    }
    return this.currentTree;
  }

  /**
   * Applies changes in order (as LSP sends them): the text changes now and the old tree is told
   * about each edit, so the next read of `tree` reparses incrementally, once per burst of changes.
   */
  update(changes: ContentChange[]): void {
    for (const change of changes) {
      this.dirty = true;
      if (!change.range) {
        this.currentText = change.text;
        this.lineStarts = computeLineStarts(this.currentText);
        this.mayHaveCarriageReturn = change.text.includes('\r');
        this.needsFullParse = true;
        this.changes = { edits: [], dirty: [], full: true };
        continue;
      }
      const startIndex = this.offsetAt(change.range.start);
      const oldEndIndex = this.offsetAt(change.range.end);
      const startPosition = this.pointAt(startIndex);
      const oldEndPosition = this.pointAt(oldEndIndex);
      this.recordEdit({
        start: startIndex,
        oldEnd: oldEndIndex,
        newEnd: startIndex + change.text.length,
        removed: wordsAround(this.currentText, startIndex, oldEndIndex),
      });
      this.currentText = this.currentText.slice(0, startIndex) + change.text + this.currentText.slice(oldEndIndex);
      if (change.text.includes('\r')) this.mayHaveCarriageReturn = true;
      if (this.mayHaveCarriageReturn) this.lineStarts = computeLineStarts(this.currentText);
      else updateLineStarts(this.lineStarts, startIndex, oldEndIndex, change.text);
      const newEndIndex = startIndex + change.text.length;
      if (!this.needsFullParse) {
        this.currentTree.edit(
          new Edit({ startIndex, oldEndIndex, newEndIndex, startPosition, oldEndPosition, newEndPosition: this.pointAt(newEndIndex) }),
        );
      }
    }
  }

  /** The changes since the last call (reparsing first, so syntax changes are included), and starts a new set. */
  takeChanges(): ChangeSet {
    void this.tree;
    const taken = this.changes;
    this.changes = { edits: [], dirty: [], full: false };
    return taken;
  }

  private recordEdit(edit: AppliedEdit): void {
    if (this.changes.full) return;
    this.changes.edits.push(edit);
    // Spans recorded earlier move with the text; one the edit touches grows to cover it.
    this.changes.dirty = this.changes.dirty.map((span) => shiftSpanCovering(span, edit));
    this.changes.dirty.push({ start: edit.start, end: edit.newEnd });
  }

  offsetAt(position: { line: number; character: number }): number {
    if (position.line >= this.lineStarts.length) return this.currentText.length;
    const lineStart = this.lineStarts[position.line];
    let lineEnd = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.currentText.length;
    // A column past the end of the line means the line's end (LSP), before its terminator.
    if (lineEnd > lineStart && this.currentText.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > lineStart && this.currentText.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  pointAt(offset: number): Point {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: offset - this.lineStarts[low] };
  }

  dispose(): void {
    this.currentTree.delete();
  }
}

function wordsAround(text: string, start: number, end: number): string {
  const isWord = (i: number) => /[\w$\u00C0-\uFFFF]/.test(text[i] ?? '');
  while (start > 0 && isWord(start - 1)) start--;
  while (end < text.length && isWord(end)) end++;
  return text.slice(start, end);
}

/** `span` after `edit`: shifted when the edit is elsewhere, stretched over the edit when they touch. */
export function shiftSpanCovering(span: Span, edit: AppliedEdit): Span {
  const delta = edit.newEnd - edit.oldEnd;
  if (span.end < edit.start) return span;
  if (span.start > edit.oldEnd) return { start: span.start + delta, end: span.end + delta };
  return { start: Math.min(span.start, edit.start), end: Math.max(span.end + delta, edit.newEnd) };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Updates `starts` (in place) for replacing [start, oldEnd) with `inserted` in a text with `\n`
 * line ends only: starts inside the replaced span disappear, the inserted text's appear, later
 * ones shift. In place, because a new array of every line's start per keystroke was a cost that
 * grew with the file.
 */
function updateLineStarts(starts: number[], start: number, oldEnd: number, inserted: string): void {
  const delta = inserted.length - (oldEnd - start);
  const firstAfter = (offset: number) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const from = firstAfter(start);
  const to = firstAfter(oldEnd);
  const added = computeLineStarts(inserted)
    .slice(1)
    .map((rel) => start + rel);
  if (added.length <= 1000) {
    starts.splice(from, to - from, ...added);
    for (let i = from + added.length; i < starts.length; i++) starts[i] += delta;
    return;
  }
  // Many lines inserted (a paste): rebuilt without spreading them into one call.
  const after = starts.slice(to).map((s) => s + delta);
  starts.length = from;
  for (const s of added) starts.push(s);
  for (const s of after) starts.push(s);
}
