import ignore, { Ignore } from 'ignore';
import type { Node, QueryMatch, Tree } from 'web-tree-sitter';
import { AncestorCache } from './ancestors';
import { BudgetExceeded, TimeBudget } from './budget';
import { ConstantAnalysis } from './constants';
import type { Finding, FindingFix, Span, TextRange } from './finding';
import type { GrammarName } from './languages';
import { compileRegex, TextPattern } from './regex';
import type { Condition, Enclosing, Rule } from './rule';
import type { CompiledGrammar, RuleSet } from './ruleSet';
import { collectSuppressions, isExpired } from './suppressions';
import { renderMessage } from './messageText';
import type { Literal } from './requiredText';
import { TaintDependency, TaintRun } from './dataflow/taintAnalysis';
import type { TaintUnitCache } from './dataflow/taintUnits';

export interface AnalysisOptions {
  /** Path relative to the workspace or scan root (forward slashes), for rules' `paths` filters. */
  relativePath?: string;
  /** Rules to leave out (disabled by settings). */
  isRuleEnabled?: (rule: Rule) => boolean;
  /** Stop matching after this long; the result says it timed out. */
  timeBudgetMs?: number;
  /** Today, for suppression expiry. */
  today?: Date;
  /**
   * Let other work run (one event-loop turn) after this many milliseconds of matching. Only for
   * trees nobody else can change or free meanwhile (a copy).
   */
  yieldEveryMs?: number;
  /** Taint facts of unchanged code, kept by the caller across analyses of one document. */
  taintUnits?: TaintUnitCache;
  /** The compiled rules to match (default: all of the grammar's rules in one query; see RuleSet.unitsFor). */
  units?: CompiledGrammar[];
  /**
   * Files longer than this (in characters) are not taint-analysed, and the result says so
   * (`dataflowSkipped`). The editor sets it: in a very large file each edit would re-read the
   * whole file's call structure. Default: no limit (the time budget bounds the work).
   */
  dataflowMaxChars?: number;
}

export interface AnalysisResult {
  findings: Finding[];
  /** Findings hidden by a live suppression comment. */
  suppressed: Finding[];
  timedOut: boolean;
  /** Taint rules' sinks were not checked: the file is longer than `dataflowMaxChars`. */
  dataflowSkipped?: boolean;
}

/**
 * A rule match that passed its conditions, before duplicates and suppressions are resolved.
 * `extent` covers every node the match captured: an edit outside it cannot change the match.
 */
export interface MatchedFinding extends Finding {
  extent: Span;
  /** The pattern that matched, unique across units (a unit's id, then its pattern index). */
  patternIndex: number;
}

/** Pattern indexes of different units never meet: each unit's are offset by its id times this. */
const PATTERNS_PER_UNIT = 1_000_000;

/**
 * A match whose conditions read the bindings of names elsewhere in the file (`is: constant`):
 * its outcome can change when an edit anywhere changes one of those bindings.
 */
export interface NameDependency {
  extent: Span;
  /** Each name read, with a fingerprint of its bindings at the time (see ConstantAnalysis.fingerprint). */
  names: Record<string, string>;
  /**
   * The outermost ancestor an `inside` / `not-inside` condition looked at (the one that decided,
   * else the top-level statement): an edit within it can change what encloses the match (say, a
   * deletion that merges two methods) even when it leaves the match's own statement alone.
   */
  scope?: Span;
  /** A taint rule's sink: re-checked when an edit touches the code its data flow runs through. */
  taint?: TaintDependency;
}

export interface MatchRun {
  matched: MatchedFinding[];
  dependencies: NameDependency[];
  timedOut: boolean;
  dataflowSkipped: boolean;
}

type Captures = Map<string, Node>;

/** The span of the outermost ancestor that `inside` conditions of one match looked at. */
interface EnclosingScope {
  span?: Span;
}

function widen(scope: EnclosingScope, node: Node): void {
  const span = scope.span;
  scope.span = span
    ? { start: Math.min(span.start, node.startIndex), end: Math.max(span.end, node.endIndex) }
    : { start: node.startIndex, end: node.endIndex };
}

/** Runs a grammar's compiled rules over a syntax tree and turns matches into findings. */
export class Analyzer {
  private readonly pathFilters = new Map<Rule, { include?: Ignore; exclude?: Ignore }>();
  private readonly regexes = new Map<string, TextPattern>();

  constructor(readonly ruleSet: RuleSet) {}

  /** Matches every rule over the whole tree and resolves duplicates and suppressions. */
  async analyze(tree: Tree, grammar: GrammarName, text: string, options: AnalysisOptions = {}): Promise<AnalysisResult> {
    const run = await this.match(tree, grammar, options, undefined, text);
    return { ...this.finish(run.matched, tree, text, options), timedOut: run.timedOut, dataflowSkipped: run.dataflowSkipped };
  }

  /**
   * Every rule match that passes its conditions, over the whole tree or only over `spans`
   * (a match is returned when any of its nodes intersects a span). `text` is the tree's text, when
   * the caller has it (saves reading it back from the tree).
   */
  async match(tree: Tree, grammar: GrammarName, options: AnalysisOptions = {}, spans?: Span[], text?: string): Promise<MatchRun> {
    const units = options.units ?? [await this.ruleSet.compile(grammar)];
    const applicable = new Map<Rule, boolean>();
    const isApplicable = (rule: Rule) => {
      let ok = applicable.get(rule);
      if (ok === undefined) {
        ok = (options.isRuleEnabled?.(rule) ?? true) && this.pathAllows(rule, options.relativePath);
        applicable.set(rule, ok);
      }
      return ok;
    };

    const budget = new TimeBudget(options.timeBudgetMs);
    let timedOut = false;
    const progressCallback = () => {
      if (budget.expired) timedOut = true;
      return timedOut;
    };
    // A yielding (full) analysis lets other work run once before its first slice, too: documents
    // opened with it (a small file beside a slow one) are answered before it starts.
    let lastYield = -Infinity;
    // Checked without an await when no turn is due: an await would let other work run anyway.
    const yieldDue = () => options.yieldEveryMs !== undefined && performance.now() - lastYield >= options.yieldEveryMs;
    const yieldTurn = async () => {
      await budget.yieldTurn();
      lastYield = performance.now();
    };
    const matches: QueryMatch[] = [];
    const unitOfMatch: CompiledGrammar[] = [];
    for (const span of spans ?? [undefined]) {
      if (yieldDue()) await yieldTurn();
      // The query range is in bytes of the UTF-16 text tree-sitter parsed (two per code unit), and
      // one unit wider on each side so matches that only touch the span come back too.
      const range = span ? { startIndex: Math.max(0, span.start - 1) * 2, endIndex: (span.end + 1) * 2 } : {};
      for (const unit of units) {
        // One by one: spreading a large file's matches (hundreds of thousands) into push() overflows the stack.
        for (const match of unit.query.matches(tree.rootNode, { ...range, progressCallback })) {
          matches.push(match);
          unitOfMatch.push(unit);
        }
        if (timedOut) break;
      }
      if (timedOut) break;
    }

    const ancestors = new AncestorCache(budget.check);
    const constants = new ConstantAnalysis(tree, grammar, budget.check, ancestors);
    let taint: TaintRun | undefined;
    const taintRun = async () =>
      (taint ??= new TaintRun(
        tree,
        grammar,
        await this.ruleSet.compileTaint(grammar),
        budget.endsAt,
        text,
        options.taintUnits,
        options.dataflowMaxChars,
      ));
    const matched: MatchedFinding[] = [];
    const dependencies: NameDependency[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < matches.length; i++) {
      // Turning matches into findings is bounded by the same budget (a minified bundle can match 100,000 times).
      if ((i & 255) === 255) {
        if (budget.expired) {
          timedOut = true;
          break;
        }
        if (yieldDue()) await yieldTurn();
      }
      const match = matches[i];
      const compiled = unitOfMatch[i];
      const captures = capturesOf(match);
      const node = captures.get('finding');
      if (!node) continue;
      if (!compiled.predicatesOfPattern[match.patternIndex].every((holds) => holds(match.captures))) continue;
      const extent = extentOf(match);
      const patternIndex = compiled.id * PATTERNS_PER_UNIT + match.patternIndex;
      // Ranged queries over neighbouring spans can return the same match twice.
      const matchKey = `${patternIndex}:${match.captures.map((c) => `${c.name}@${c.node.startIndex}-${c.node.endIndex}`).join(',')}`;
      if (seen.has(matchKey)) continue;
      seen.add(matchKey);
      const consulted = new Set<string>();
      const scope: EnclosingScope = {};
      for (const rule of compiled.rulesOfPattern[match.patternIndex] ?? []) {
        if (!isApplicable(rule)) continue;
        constants.consulted = consulted;
        let holds: boolean;
        try {
          holds = this.conditionsHold(rule, captures, constants, ancestors, scope);
        } catch (error) {
          if (!(error instanceof BudgetExceeded)) throw error;
          timedOut = true;
          break;
        } finally {
          constants.consulted = undefined;
        }
        if (!holds) continue;
        let trace: Finding['trace'];
        // In a taint rule, a pattern that captures @sink reports only a tainted value; others match as usual.
        const sink = rule.taint ? captures.get('sink') : undefined;
        if (sink) {
          const checked = (await taintRun()).check(rule, sink);
          dependencies.push({ extent, names: {}, taint: checked.dependency });
          trace = checked.trace;
          if (!trace) continue;
        }
        const fix = fixOf(rule, captures, (source) => this.regex(source, rule));
        matched.push({
          rule,
          severity: rule.severity,
          message: renderMessage(rule.message, (name) => captures.get(name)?.text),
          range: rangeOf(node),
          fix,
          extent,
          patternIndex,
          ...(trace ? { trace } : {}),
        });
      }
      if (timedOut) break;
      if (consulted.size > 0 || scope.span) {
        dependencies.push({
          extent,
          names: Object.fromEntries([...consulted].map((n) => [n, constants.fingerprint(n)])),
          scope: scope.span,
        });
      }
    }
    return { matched, dependencies, timedOut: timedOut || !!taint?.timedOut, dataflowSkipped: !!taint?.skippedForSize };
  }

  /**
   * The rules of a grammar that could report something in a text: enabled, allowed for the path,
   * and with the literals they need present (`occurs`; see requiredText.ts).
   */
  rulesToRun(
    grammar: GrammarName,
    options: AnalysisOptions,
    occurs: (literal: Literal) => boolean,
    among: (rule: Rule) => boolean = () => true,
  ): Rule[] {
    return this.ruleSet.rulesThatCouldMatch(
      grammar,
      occurs,
      (rule) => among(rule) && (options.isRuleEnabled?.(rule) ?? true) && this.pathAllows(rule, options.relativePath),
    );
  }

  /**
   * One finding per rule and range (preferring a match that carries a fix, then the earliest
   * pattern, so the choice does not depend on match order), sorted, with suppressions applied.
   */
  finish(
    matched: MatchedFinding[],
    tree: Tree,
    text: string,
    options: AnalysisOptions = {},
  ): { findings: Finding[]; suppressed: Finding[] } {
    const best = new Map<string, MatchedFinding>();
    for (const candidate of matched) {
      const key = `${candidate.rule.id}:${candidate.range.startIndex}:${candidate.range.endIndex}`;
      const current = best.get(key);
      if (!current || preferred(candidate, current)) best.set(key, candidate);
    }
    const findings: Finding[] = [...best.values()].map(({ extent: _e, patternIndex: _p, ...finding }) => finding);
    findings.sort(
      (a, b) => a.range.startIndex - b.range.startIndex || a.rule.id.localeCompare(b.rule.id) || a.range.endIndex - b.range.endIndex,
    );
    return applySuppressions(findings, tree, text, options.today ?? new Date());
  }

  private conditionsHold(
    rule: Rule,
    captures: Captures,
    constants: ConstantAnalysis,
    ancestors: AncestorCache,
    scope: EnclosingScope,
  ): boolean {
    for (const condition of rule.where ?? []) {
      if (!this.conditionHolds(rule, condition, captures, constants, ancestors, scope)) return false;
    }
    return true;
  }

  private conditionHolds(
    rule: Rule,
    condition: Condition,
    captures: Captures,
    constants: ConstantAnalysis,
    ancestors: AncestorCache,
    scope: EnclosingScope,
  ): boolean {
    const node = captures.get(condition.capture);
    if (condition.absent) return !node;
    if (!node) return condition.present ? false : true;
    if (condition.is) {
      const safe = condition['safe-calls'] ?? [];
      const holds =
        condition.is === 'literal'
          ? constants.isLiteral(node)
          : condition.is === 'non-literal'
            ? !constants.isLiteral(node)
            : condition.is === 'constant'
              ? constants.isConstant(node, safe)
              : !constants.isConstant(node, safe);
      if (!holds) return false;
    }
    if (condition.inside && !this.hasEnclosing(rule, node, condition.inside, ancestors, scope)) return false;
    if (condition['not-inside'] && this.hasEnclosing(rule, node, condition['not-inside'], ancestors, scope)) return false;
    if (condition.matches !== undefined && !this.regex(condition.matches, rule).test(node.text)) return false;
    if (condition['not-matches'] !== undefined && this.regex(condition['not-matches'], rule).test(node.text)) return false;
    return true;
  }

  private hasEnclosing(rule: Rule, node: Node, enclosing: Enclosing, ancestors: AncestorCache, scope: EnclosingScope): boolean {
    const nameRegex = enclosing['name-matches'] !== undefined ? this.regex(enclosing['name-matches'], rule) : undefined;
    const textRegex = enclosing['text-matches'] !== undefined ? this.regex(enclosing['text-matches'], rule) : undefined;
    let outermost = node;
    const decided = (n: Node, holds: boolean) => {
      widen(scope, n);
      return holds;
    };
    for (const n of ancestors.ancestorsOf(node)) {
      if (enclosing.types.includes(n.type) && (!textRegex || textRegex.test(n.text))) {
        if (!nameRegex) return decided(n, true);
        const name = n.childForFieldName('name') ?? n.childForFieldName('key') ?? n.childForFieldName('left');
        if (name && nameRegex.test(name.text)) return decided(n, true);
      }
      if (enclosing['stop-at']?.includes(n.type)) return decided(n, false);
      if (ancestors.parentOf(n)) outermost = n;
    }
    return decided(outermost, false);
  }

  private regex(source: string, rule: Rule): TextPattern {
    const key = `${rule.bundled ? 'js' : 're2'}:${source}`;
    let regex = this.regexes.get(key);
    if (!regex) {
      regex = compileRegex(source, rule.bundled);
      this.regexes.set(key, regex);
    }
    return regex;
  }

  private pathAllows(rule: Rule, relativePath: string | undefined): boolean {
    if (!rule.paths || relativePath === undefined) return true;
    let filters = this.pathFilters.get(rule);
    if (!filters) {
      filters = {
        include: rule.paths.include ? ignore().add(rule.paths.include) : undefined,
        exclude: rule.paths.exclude ? ignore().add(rule.paths.exclude) : undefined,
      };
      this.pathFilters.set(rule, filters);
    }
    // A file outside the scan root (`vetted scan ../other`) is matched by the path below its
    // `..` steps: `paths` patterns are relative, and the matcher rejects `../` and absolute paths.
    const p = relativePath.replace(/\\/g, '/').replace(/^(?:\.{1,2}\/|\/+|[A-Za-z]:\/)+/, '');
    if (!p) return true;
    if (filters.include && !filters.include.ignores(p)) return false;
    if (filters.exclude && filters.exclude.ignores(p)) return false;
    return true;
  }
}

function preferred(a: MatchedFinding, b: MatchedFinding): boolean {
  if (!!a.fix !== !!b.fix) return !!a.fix;
  if (a.patternIndex !== b.patternIndex) return a.patternIndex < b.patternIndex;
  if (a.extent.start !== b.extent.start) return a.extent.start < b.extent.start;
  if (a.extent.end !== b.extent.end) return a.extent.end < b.extent.end;
  return a.message < b.message;
}

function extentOf(match: QueryMatch): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const { node } of match.captures) {
    if (node.startIndex < start) start = node.startIndex;
    if (node.endIndex > end) end = node.endIndex;
  }
  return { start, end };
}

function capturesOf(match: QueryMatch): Captures {
  const captures: Captures = new Map();
  for (const capture of match.captures) {
    if (!captures.has(capture.name)) captures.set(capture.name, capture.node);
  }
  return captures;
}

export function rangeOf(node: Node): TextRange {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
    startIndex: node.startIndex,
    endIndex: node.endIndex,
  };
}

/** The rule's fix as exact edits, or nothing when a capture it needs is missing from this match. */
function fixOf(rule: Rule, captures: Captures, regexOf: (source: string) => TextPattern): FindingFix | undefined {
  if (!rule.fix) return undefined;
  const edits = [];
  for (const edit of rule.fix.edits) {
    const node = captures.get(edit.capture);
    const range = node && (edit.match === undefined ? rangeOf(node) : matchedRangeOf(node, regexOf(edit.match).firstMatch(node.text)));
    if (!range && edit.optional) continue;
    if (!range) return undefined;
    let missing = false;
    const newText = edit.replace.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
      const n = captures.get(name);
      if (!n) missing = true;
      return n?.text ?? '';
    });
    if (missing) return undefined;
    edits.push({ range, newText });
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.range.startIndex - b.range.startIndex);
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].range.startIndex < edits[i - 1].range.endIndex) return undefined;
  }
  return { title: rule.fix.title, edits };
}

/** The part of a node's range that a fix edit's `match` found in its text. */
function matchedRangeOf(node: Node, found: { start: number; end: number } | undefined): TextRange | undefined {
  if (!found) return undefined;
  const positionAt = (offset: number) => {
    const before = node.text.slice(0, offset);
    const lastBreak = before.lastIndexOf('\n');
    const lines = before.split('\n').length - 1;
    return lines === 0
      ? { line: node.startPosition.row, character: node.startPosition.column + offset }
      : { line: node.startPosition.row + lines, character: offset - lastBreak - 1 };
  };
  return {
    start: positionAt(found.start),
    end: positionAt(found.end),
    startIndex: node.startIndex + found.start,
    endIndex: node.startIndex + found.end,
  };
}

function applySuppressions(findings: Finding[], tree: Tree, text: string, today: Date): { findings: Finding[]; suppressed: Finding[] } {
  const suppressions = collectSuppressions(tree, text);
  if (suppressions.length === 0) return { findings, suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    const applicable = suppressions.filter((s) => s.ruleIds.includes(finding.rule.id) && s.lines.includes(finding.range.start.line));
    const live = applicable.find((s) => !isExpired(s, today));
    if (live) suppressed.push(finding);
    else kept.push(applicable.length > 0 ? { ...finding, expiredSuppression: applicable[0] } : finding);
  }
  return { findings: kept, suppressed };
}
