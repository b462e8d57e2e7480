import { Edit, type Parser, type Point, type Tree } from 'web-tree-sitter';
import type { GrammarName } from './languages';

/** An LSP-style change: a range in the current text (UTF-16 positions) and its replacement. */
export interface ContentChange {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * A document's text and syntax tree, kept in step with incremental edits: each change is applied
 * to the text and to the old tree (`tree.edit`), then the tree is reparsed from the old one so
 * tree-sitter reuses every unchanged subtree.
 */
export class ParsedDocument {
  private lineStarts: number[];
  private dirty = false;
  private needsFullParse = false;

  private constructor(
    private readonly parser: Parser,
    readonly grammar: GrammarName,
    private currentText: string,
    private currentTree: Tree,
  ) {
    this.lineStarts = computeLineStarts(currentText);
  }

  static create(parser: Parser, grammar: GrammarName, text: string): ParsedDocument {
    const tree = parser.parse(text);
    if (!tree) throw new Error('parser returned no tree');
    return new ParsedDocument(parser, grammar, text, tree);
  }

  get text(): string {
    return this.currentText;
  }

  /** The syntax tree of the current text; edits since the last parse are reparsed incrementally here. */
  get tree(): Tree {
    if (this.dirty) {
      const next = this.parser.parse(this.currentText, this.needsFullParse ? null : this.currentTree);
      if (!next) throw new Error('parser returned no tree');
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
        this.needsFullParse = true;
        continue;
      }
      const startIndex = this.offsetAt(change.range.start);
      const oldEndIndex = this.offsetAt(change.range.end);
      const startPosition = this.pointAt(startIndex);
      const oldEndPosition = this.pointAt(oldEndIndex);
      this.currentText = this.currentText.slice(0, startIndex) + change.text + this.currentText.slice(oldEndIndex);
      this.lineStarts = this.currentText.includes('\r')
        ? computeLineStarts(this.currentText)
        : updateLineStarts(this.lineStarts, startIndex, oldEndIndex, change.text);
      const newEndIndex = startIndex + change.text.length;
      if (!this.needsFullParse) {
        this.currentTree.edit(new Edit({ startIndex, oldEndIndex, newEndIndex, startPosition, oldEndPosition, newEndPosition: this.pointAt(newEndIndex) }));
      }
    }
  }

  offsetAt(position: { line: number; character: number }): number {
    if (position.line >= this.lineStarts.length) return this.currentText.length;
    const lineStart = this.lineStarts[position.line];
    const nextLineStart = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.currentText.length;
    return Math.min(lineStart + Math.max(0, position.character), nextLineStart);
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
 * Line starts after replacing [start, oldEnd) with `inserted` in a text with `\n` line ends only:
 * starts inside the replaced span disappear, the inserted text's appear, later ones shift.
 */
function updateLineStarts(starts: number[], start: number, oldEnd: number, inserted: string): number[] {
  const delta = inserted.length - (oldEnd - start);
  const out: number[] = [];
  let i = 0;
  while (i < starts.length && starts[i] <= start) out.push(starts[i++]);
  for (const rel of computeLineStarts(inserted).slice(1)) out.push(start + rel);
  while (i < starts.length && starts[i] <= oldEnd) i++;
  for (; i < starts.length; i++) out.push(starts[i] + delta);
  return out;
}
