import ignore, { Ignore } from 'ignore';
import type { Node, QueryMatch, Tree } from 'web-tree-sitter';
import { ConstantAnalysis } from './constants';
import type { Finding, FindingFix, TextRange } from './finding';
import type { GrammarName } from './languages';
import { compileRegex } from './regex';
import type { Condition, Enclosing, Rule } from './rule';
import type { RuleSet } from './ruleSet';
import { collectSuppressions, isExpired } from './suppressions';

export interface AnalysisOptions {
  /** Path relative to the workspace or scan root (forward slashes), for rules' `paths` filters. */
  relativePath?: string;
  /** Rules to leave out (disabled by settings). */
  isRuleEnabled?: (rule: Rule) => boolean;
  /** Stop matching after this long; the result says it timed out. */
  timeBudgetMs?: number;
  /** Today, for suppression expiry. */
  today?: Date;
}

export interface AnalysisResult {
  findings: Finding[];
  /** Findings hidden by a live suppression comment. */
  suppressed: Finding[];
  timedOut: boolean;
}

type Captures = Map<string, Node>;

/** Runs a grammar's compiled rules over a syntax tree and turns matches into findings. */
export class Analyzer {
  private readonly pathFilters = new Map<Rule, { include?: Ignore; exclude?: Ignore }>();
  private readonly regexes = new Map<string, RegExp>();

  constructor(private readonly ruleSet: RuleSet) {}

  async analyze(tree: Tree, grammar: GrammarName, text: string, options: AnalysisOptions = {}): Promise<AnalysisResult> {
    const compiled = await this.ruleSet.compile(grammar);
    const applicable = new Map<Rule, boolean>();
    const isApplicable = (rule: Rule) => {
      let ok = applicable.get(rule);
      if (ok === undefined) {
        ok = (options.isRuleEnabled?.(rule) ?? true) && this.pathAllows(rule, options.relativePath);
        applicable.set(rule, ok);
      }
      return ok;
    };

    const deadline = options.timeBudgetMs !== undefined ? performance.now() + options.timeBudgetMs : Infinity;
    let timedOut = false;
    const matches = compiled.query.matches(tree.rootNode, {
      progressCallback: () => {
        if (performance.now() > deadline) timedOut = true;
        return timedOut;
      },
    } as never);

    const constants = new ConstantAnalysis(tree, grammar);
    // One finding per rule and range; when several patterns of a rule report the same range,
    // the first that passes its conditions wins, unless a later one carries a fix and it does not.
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    for (const match of matches) {
      const captures = capturesOf(match);
      const node = captures.get('finding');
      if (!node) continue;
      for (const rule of compiled.rulesOfPattern[match.patternIndex] ?? []) {
        if (!isApplicable(rule)) continue;
        const key = `${rule.id}:${node.startIndex}:${node.endIndex}`;
        const earlier = seen.get(key);
        if (earlier !== undefined && (findings[earlier].fix || !rule.fix)) continue;
        if (!this.conditionsHold(rule, captures, constants)) continue;
        const fix = fixOf(rule, captures);
        if (earlier !== undefined && !fix) continue;
        const finding: Finding = { rule, severity: rule.severity, message: renderMessage(rule.message, captures), range: rangeOf(node), fix };
        if (earlier !== undefined) findings[earlier] = finding;
        else {
          seen.set(key, findings.length);
          findings.push(finding);
        }
      }
    }
    findings.sort((a, b) => a.range.startIndex - b.range.startIndex || a.rule.id.localeCompare(b.rule.id));
    return { ...applySuppressions(findings, tree, text, options.today ?? new Date()), timedOut };
  }

  private conditionsHold(rule: Rule, captures: Captures, constants: ConstantAnalysis): boolean {
    for (const condition of rule.where ?? []) {
      if (!this.conditionHolds(condition, captures, constants)) return false;
    }
    return true;
  }

  private conditionHolds(condition: Condition, captures: Captures, constants: ConstantAnalysis): boolean {
    const node = captures.get(condition.capture);
    if (condition.absent) return !node;
    if (!node) return condition.present ? false : true;
    if (condition.is) {
      const safe = condition['safe-calls'] ?? [];
      const holds =
        condition.is === 'literal' ? constants.isLiteral(node)
        : condition.is === 'non-literal' ? !constants.isLiteral(node)
        : condition.is === 'constant' ? constants.isConstant(node, safe)
        : !constants.isConstant(node, safe);
      if (!holds) return false;
    }
    if (condition.inside && !this.hasEnclosing(node, condition.inside)) return false;
    if (condition['not-inside'] && this.hasEnclosing(node, condition['not-inside'])) return false;
    if (condition.matches !== undefined && !this.regex(condition.matches).test(node.text)) return false;
    if (condition['not-matches'] !== undefined && this.regex(condition['not-matches']).test(node.text)) return false;
    return true;
  }

  private hasEnclosing(node: Node, enclosing: Enclosing): boolean {
    const nameRegex = enclosing['name-matches'] !== undefined ? this.regex(enclosing['name-matches']) : undefined;
    for (let n = node.parent; n; n = n.parent) {
      if (enclosing.types.includes(n.type)) {
        if (!nameRegex) return true;
        const name = n.childForFieldName('name') ?? n.childForFieldName('key') ?? n.childForFieldName('left');
        if (name && nameRegex.test(name.text)) return true;
      }
      if (enclosing['stop-at']?.includes(n.type)) return false;
    }
    return false;
  }

  private regex(source: string): RegExp {
    let regex = this.regexes.get(source);
    if (!regex) {
      regex = compileRegex(source);
      this.regexes.set(source, regex);
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
    const p = relativePath.replace(/^\/+/, '');
    if (!p) return true;
    if (filters.include && !filters.include.ignores(p)) return false;
    if (filters.exclude && filters.exclude.ignores(p)) return false;
    return true;
  }
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

const MAX_CAPTURE_IN_MESSAGE = 60;

function renderMessage(template: string, captures: Captures): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const node = captures.get(name);
    if (!node) return whole;
    const oneLine = node.text.replace(/\s+/g, ' ');
    return oneLine.length > MAX_CAPTURE_IN_MESSAGE ? `${oneLine.slice(0, MAX_CAPTURE_IN_MESSAGE - 1)}…` : oneLine;
  });
}

/** The rule's fix as exact edits, or nothing when a capture it needs is missing from this match. */
function fixOf(rule: Rule, captures: Captures): FindingFix | undefined {
  if (!rule.fix) return undefined;
  const edits = [];
  for (const edit of rule.fix.edits) {
    const node = captures.get(edit.capture);
    if (!node) return undefined;
    let missing = false;
    const newText = edit.replace.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
      const n = captures.get(name);
      if (!n) missing = true;
      return n?.text ?? '';
    });
    if (missing) return undefined;
    edits.push({ range: rangeOf(node), newText });
  }
  edits.sort((a, b) => a.range.startIndex - b.range.startIndex);
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].range.startIndex < edits[i - 1].range.endIndex) return undefined;
  }
  return { title: rule.fix.title, edits };
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
