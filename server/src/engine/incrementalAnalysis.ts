import type { Node, Tree } from 'web-tree-sitter';
import type { AnalysisOptions, AnalysisResult, Analyzer, MatchedFinding, NameDependency } from './analyzer';
import { AncestorCache } from './ancestors';
import { TaintUnitCache } from './dataflow/taintUnits';
import { ConstantAnalysis } from './constants';
import type { Span, TextRange } from './finding';
import { GRAMMARS, GrammarName } from './languages';
import { AppliedEdit, ChangeSet, ParsedDocument, shiftSpanCovering } from './parsedDocument';
import type { Rule } from './rule';
import type { CompiledGrammar } from './ruleSet';
import { isWordLiteral, Literal, occursIn, wordsOf } from './requiredText';

export interface IncrementalResult extends AnalysisResult {
  /** `incremental` when only the changed statements were matched again. */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Characters of the document matched again (the whole text for a full analysis). */
  reanalyzedChars: number;
}

/** Above this share of the text, matching only the changed spans saves nothing. */
const FULL_ANALYSIS_SHARE = 0.5;
/** A full analysis lets other work run this often. */
const YIELD_EVERY_MS = 25;
/** Size of the slices a full analysis matches one at a time. */
const SLICE_CHARS = 64 * 1024;

interface Cache {
  analyzer: Analyzer;
  key: string;
  matched: MatchedFinding[];
  dependencies: NameDependency[];
  /**
   * The full analysis this cache grew from stopped at the time budget: its matches are a subset.
   * Edits are still analysed incrementally on top (so a huge file does not re-run a full analysis
   * on every keystroke), and results stay marked as timed out.
   */
  partial: boolean;
  /** Some taint sink was not checked (the file is over AnalysisOptions.dataflowMaxChars). */
  dataflowSkipped: boolean;
  /** The compiled rule units matched: those holding the rules the text could match. */
  units: CompiledGrammar[];
  /** The rules those units hold. */
  covered: Set<Rule>;
  /** Every word the text has had since the last full analysis (a superset of its words now). */
  words: Set<string>;
  /**
   * Literals searched for in the text (not words), and whether they were found: found stays found
   * (a superset, like `words`), not found changes only when one appears near an edit.
   */
  searched: Map<string, boolean>;
}

/**
 * How far around an edited span a newly needed literal is looked for: the longest literal a rule
 * needs is shorter than this, so a literal that an edit completes lies within this of the span.
 */
const LITERAL_REACH = 256;

/**
 * One document's analysis, kept between edits. After an edit only the statements around the
 * changed text (the edited spans plus tree-sitter's changed ranges, widened to whole statements)
 * are matched again; matches elsewhere are kept with their offsets shifted. Matches whose
 * conditions read a name's bindings (`is: constant`) are matched again when an edit touches that
 * name anywhere. The result equals a full analysis of the same text (a randomised test holds us
 * to that).
 */
export class DocumentAnalysis {
  private cache: Cache | undefined;
  private readonly taintUnits = new TaintUnitCache();
  /** Runs of one document never overlap: each starts from the cache the previous one left. */
  private previous: Promise<unknown> = Promise.resolve();

  /**
   * `key` names everything besides the text that findings depend on (enabled rules, severity
   * floor, path): a different key means a full analysis.
   */
  run(analyzer: Analyzer, doc: ParsedDocument, options: AnalysisOptions, key: string): Promise<IncrementalResult> {
    const result = this.previous.then(() => this.runNow(analyzer, doc, options, key));
    this.previous = result.catch(() => undefined);
    return result;
  }

  private async runNow(analyzer: Analyzer, doc: ParsedDocument, options: AnalysisOptions, key: string): Promise<IncrementalResult> {
    const changes = doc.takeChanges();
    // A copy (cheap: shared, reference-counted) stays valid while a full analysis yields and the
    // document is edited and reparsed meanwhile; the edits are in the next change set.
    const tree = doc.tree.copy();
    try {
      return await this.analyze(analyzer, doc, tree, doc.text, changes, options, key);
    } catch (error) {
      // The changes taken above are gone with this run: cached matches can no longer be moved
      // through them, so the next run starts afresh (a full analysis) instead of reporting
      // findings at their old places and missing the new ones.
      this.cache = undefined;
      throw error;
    } finally {
      tree.delete();
    }
  }

  private async analyze(
    analyzer: Analyzer,
    doc: ParsedDocument,
    tree: Tree,
    text: string,
    changes: ChangeSet,
    options: AnalysisOptions,
    key: string,
  ): Promise<IncrementalResult> {
    const cache = this.cache;
    if (!cache || cache.analyzer !== analyzer || cache.key !== key || changes.full)
      return this.full(analyzer, doc, tree, text, options, key);
    if (changes.edits.length === 0 && changes.dirty.length === 0) {
      return {
        ...analyzer.finish(cache.matched, tree, text, options),
        timedOut: cache.partial,
        dataflowSkipped: cache.dataflowSkipped,
        mode: 'unchanged',
        reanalyzedChars: 0,
      };
    }

    let spans = statementSpans(tree.rootNode, doc.grammar, changes.dirty, text.length);
    const matched = shiftAll(cache.matched, changes.edits, doc);
    const { carried, due } = carryTaintRegions(cache.dependencies, changes.edits, doc);
    const dependencies: (NameDependency & { scopeEdited?: boolean })[] = shiftAll(carried, changes.edits, doc).map((d) =>
      d.scope ? { ...d, ...scopeAfter(d.scope, changes.edits) } : d,
    );
    const touchedNames = namesIn([...changes.edits.map((e) => e.removed), ...spans.map((s) => text.slice(s.start, s.end))]);
    // A match whose condition read a touched name is matched again only if that name's bindings
    // really changed (common names are touched by most large edits; their bindings rarely change).
    const constants = new ConstantAnalysis(tree, doc.grammar);
    const changed = (name: string, fingerprint: string) => touchedNames.has(name) && constants.fingerprint(name) !== fingerprint;
    const dependents = dependencies.filter(
      (d) => d.scopeEdited || Object.entries(d.names).some(([n, f]) => changed(n, f)) || d.taint?.calls.some((n) => touchedNames.has(n)),
    );
    spans = mergeSpans([...spans, ...dependents.map((d) => d.extent), ...due]);
    const reanalyzedChars = spans.reduce((sum, s) => sum + s.end - s.start, 0);
    if (reanalyzedChars > text.length * FULL_ANALYSIS_SHARE) return this.full(analyzer, doc, tree, text, options, key);

    const added = await this.unitsNewlyNeeded(analyzer, doc.grammar, options, cache, text, spans);
    const run = await analyzer.match(tree, doc.grammar, { ...options, units: cache.units, taintUnits: this.taintUnits }, spans, text);
    // Rules the edit made possible (it wrote a name they need) are matched over the whole text.
    const first = added.length > 0 ? await this.matchWhole(analyzer, doc.grammar, tree, text, { ...options, units: added }) : undefined;
    const untouched = <T extends { extent: Span }>(item: T) => !spans.some((s) => touches(item.extent, s));
    const kept = matched.filter(untouched);
    const units = [...cache.units, ...added];
    const next: Cache = {
      analyzer,
      key,
      partial: cache.partial || run.timedOut || !!first?.timedOut,
      dataflowSkipped: cache.dataflowSkipped || run.dataflowSkipped || !!first?.dataflowSkipped,
      // A kept match just beside a span also comes back from the (one character wider) ranged query.
      matched: [...kept, ...run.matched.filter((m) => !kept.some((k) => sameMatch(k, m))), ...(first?.matched ?? [])],
      dependencies: [
        ...dependencies.filter(untouched).map(({ scopeEdited: _edited, ...d }) => d),
        ...run.dependencies,
        ...(first?.dependencies ?? []),
      ],
      units,
      covered: added.length > 0 ? coveredBy(units) : cache.covered,
      words: cache.words,
      searched: cache.searched,
    };
    this.cache = next;
    return {
      ...analyzer.finish(next.matched, tree, text, options),
      timedOut: next.partial,
      dataflowSkipped: next.dataflowSkipped,
      mode: 'incremental',
      reanalyzedChars,
    };
  }

  /**
   * Units holding the rules an edit made possible: rules no unit of the cache holds whose needed
   * literals are all in the text now, one of them near the edited spans (a literal can only
   * appear where the text changed). Words seen near edits are added to the cache's words.
   */
  private async unitsNewlyNeeded(
    analyzer: Analyzer,
    grammar: GrammarName,
    options: AnalysisOptions,
    cache: Cache,
    text: string,
    spans: Span[],
  ): Promise<CompiledGrammar[]> {
    const near = spans.map((s) => text.slice(Math.max(0, s.start - LITERAL_REACH), s.end + LITERAL_REACH));
    const nearWords = wordsOf(near.join('\n'));
    for (const word of nearWords) cache.words.add(word);
    for (const [literal, found] of cache.searched) if (!found && near.some((t) => t.includes(literal))) cache.searched.set(literal, true);
    const nearEdit = (literal: Literal) => occursIn(literal, nearWords, near);
    const triggered = (rule: Rule) =>
      !cache.covered.has(rule) && analyzer.ruleSet.needsOf(rule).some((pattern) => pattern.some((options) => options.some(nearEdit)));
    // Whether a literal is in the text, without searching the whole text on every edit.
    const inText = (literal: Literal) => {
      if (isWordLiteral(literal)) return cache.words.has(literal);
      const searched = typeof literal === 'string' ? literal : literal.substring;
      let found = cache.searched.get(searched);
      if (found === undefined) cache.searched.set(searched, (found = text.includes(searched)));
      return found;
    };
    const rules = analyzer.rulesToRun(grammar, options, inText, triggered);
    if (rules.length === 0) return [];
    const known = new Set(cache.units);
    return (await analyzer.ruleSet.unitsFor(grammar, rules)).filter((unit) => !known.has(unit));
  }

  /**
   * Matches the whole tree, in slices of top-level statements with a turn of the event loop
   * between them, so a large file does not hold up other documents.
   */
  private matchWhole(analyzer: Analyzer, grammar: GrammarName, tree: Tree, text: string, options: AnalysisOptions) {
    return analyzer.match(
      tree,
      grammar,
      { ...options, yieldEveryMs: YIELD_EVERY_MS, taintUnits: this.taintUnits },
      topLevelSlices(tree.rootNode),
      text,
    );
  }

  /** Matches the whole tree with the rules the text could match. */
  private async full(
    analyzer: Analyzer,
    doc: ParsedDocument,
    tree: Tree,
    text: string,
    options: AnalysisOptions,
    key: string,
  ): Promise<IncrementalResult> {
    const words = wordsOf(text);
    const rules = analyzer.rulesToRun(doc.grammar, options, (literal) => occursIn(literal, words, [text]));
    const units = await analyzer.ruleSet.unitsFor(doc.grammar, rules);
    const run = await this.matchWhole(analyzer, doc.grammar, tree, text, { ...options, units });
    this.cache = {
      analyzer,
      key,
      matched: run.matched,
      dependencies: run.dependencies,
      partial: run.timedOut,
      dataflowSkipped: run.dataflowSkipped,
      units,
      covered: coveredBy(units),
      words,
      searched: new Map(),
    };
    return {
      ...analyzer.finish(run.matched, tree, text, options),
      timedOut: run.timedOut,
      dataflowSkipped: run.dataflowSkipped,
      mode: 'full',
      reanalyzedChars: text.length,
    };
  }
}

/** The rules a set of units holds. */
function coveredBy(units: CompiledGrammar[]): Set<Rule> {
  return new Set(units.flatMap((unit) => unit.rules));
}

/**
 * The statements around each changed span: the smallest node containing the span (one character
 * wider on each side, so edits at a token's edge count) widened until its parent holds
 * statements. When the span lies between statements, the statements it touches.
 */
export function statementSpans(root: Node, grammar: GrammarName, dirty: Span[], textLength: number): Span[] {
  const containers = new Set(GRAMMARS[grammar].statementContainers);
  const ancestors = new AncestorCache();
  const parentOf = (node: Node) => ancestors.parentOf(node);
  const out: Span[] = [];
  for (const span of dirty) {
    const start = Math.max(0, span.start - 1);
    const end = Math.min(textLength, span.end + 1);
    let node: Node | null = root.descendantForIndex(start, Math.max(start, end - 1));
    for (
      let parent = node && parentOf(node);
      node && parent && !containers.has(parent.type) && !containers.has(node.type);
      parent = parentOf(node)
    )
      node = parent;
    if (!node || node.id === root.id || containers.has(node.type)) {
      const container: Node = node ?? root;
      let first = start;
      let last = end;
      for (const child of container.children) {
        if (child && child.endIndex >= start && child.startIndex <= end) {
          first = Math.min(first, child.startIndex);
          last = Math.max(last, child.endIndex);
        }
      }
      out.push({ start: first, end: last });
    } else {
      out.push({ start: Math.min(start, node.startIndex), end: Math.max(end, node.endIndex) });
    }
  }
  return mergeSpans(out);
}

/** The whole text as runs of whole top-level statements of about SLICE_CHARS each. */
function topLevelSlices(root: Node): Span[] {
  const slices: Span[] = [];
  let start = 0;
  for (const child of root.children) {
    if (child && child.endIndex - start >= SLICE_CHARS) {
      slices.push({ start, end: child.endIndex });
      start = child.endIndex;
    }
  }
  if (start < root.endIndex || slices.length === 0) slices.push({ start, end: root.endIndex });
  return slices;
}

/** A dependency's scope moved through the edits, and whether one of them fell inside it. */
function scopeAfter(scope: Span, edits: AppliedEdit[]): { scope: Span; scopeEdited: boolean } {
  let edited = false;
  for (const edit of edits) {
    if (touches(scope, { start: edit.start, end: edit.oldEnd })) edited = true;
    scope = shiftSpanCovering(scope, edit);
  }
  return { scope, scopeEdited: edited };
}

/**
 * Taint dependencies move with their region (the code their data flow runs through). One whose
 * region an edit touched is due: its sink is matched again (at the sink's new offsets).
 */
function carryTaintRegions(
  dependencies: NameDependency[],
  edits: AppliedEdit[],
  doc: ParsedDocument,
): { carried: NameDependency[]; due: Span[] } {
  const carried: NameDependency[] = [];
  const due: Span[] = [];
  for (const d of dependencies) {
    if (!d.taint) {
      carried.push(d);
      continue;
    }
    const [region] = shiftAll([{ extent: d.taint.region }], edits, doc);
    if (region) carried.push({ ...d, taint: { ...d.taint, region: region.extent } });
    else {
      // The sink itself may be untouched (and only moved), or touched (then it is in the edited spans anyway).
      const [sink] = shiftAll([d], edits, doc);
      if (sink) due.push(sink.extent);
    }
  }
  return { carried, due };
}

/** Sorted, with overlapping or touching spans joined. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Whether two spans overlap or touch (an insertion at a match's edge may change it). */
function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function sameMatch(a: MatchedFinding, b: MatchedFinding): boolean {
  return (
    a.rule === b.rule &&
    a.patternIndex === b.patternIndex &&
    a.extent.start === b.extent.start &&
    a.extent.end === b.extent.end &&
    a.range.startIndex === b.range.startIndex &&
    a.range.endIndex === b.range.endIndex
  );
}

/**
 * Items moved through the edits; an item an edit touches is dropped (it is matched again). A
 * finding after an edit gets its line/column positions again from the document's new text.
 */
function shiftAll<T extends { extent: Span }>(items: T[], edits: AppliedEdit[], doc: ParsedDocument): T[] {
  const out: T[] = [];
  for (const item of items) {
    let delta = 0;
    let start = item.extent.start;
    let end = item.extent.end;
    let moved = false;
    let valid = true;
    for (const edit of edits) {
      if (end < edit.start) continue;
      if (start > edit.oldEnd) {
        const d = edit.newEnd - edit.oldEnd;
        start += d;
        end += d;
        delta += d;
        moved = true;
        continue;
      }
      valid = false;
      break;
    }
    if (valid) out.push(moved ? shifted(item, delta, doc) : item);
  }
  return out;
}

function shifted<T extends { extent: Span }>(item: T, delta: number, doc: ParsedDocument): T {
  const moved = { ...item, extent: { start: item.extent.start + delta, end: item.extent.end + delta } } as T & Partial<MatchedFinding>;
  if ('range' in item) {
    const finding = item as unknown as MatchedFinding;
    const shift = (range: TextRange): TextRange => {
      const startIndex = range.startIndex + delta;
      const endIndex = range.endIndex + delta;
      return { startIndex, endIndex, start: positionIn(doc, startIndex), end: positionIn(doc, endIndex) };
    };
    moved.range = shift(finding.range);
    if (finding.fix) moved.fix = { ...finding.fix, edits: finding.fix.edits.map((e) => ({ ...e, range: shift(e.range) })) };
    if (finding.trace) moved.trace = finding.trace.map((step) => ({ ...step, ...shift(step) }));
  }
  return moved;
}

function positionIn(doc: ParsedDocument, offset: number): { line: number; character: number } {
  const point = doc.pointAt(offset);
  return { line: point.row, character: point.column };
}

const NAME = /[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*/g;

function namesIn(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(NAME)) names.add(match[0]);
  return names;
}
