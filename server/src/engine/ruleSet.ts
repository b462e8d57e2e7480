import { Query } from 'web-tree-sitter';
import type { GrammarLoader } from './grammarLoader';
import { GrammarName, grammarsForRuleLanguage } from './languages';
import { offsetBeforeTakeOver, PatternPredicate, takenOverPredicates, withMatchPredicatesTakenOver } from './matchPredicates';
import { queryOrigin } from './queryFragments';
import { Literal, needsMet, patternNeeds, topLevelPatterns } from './requiredText';
import type { Rule } from './rule';
import type { RuleLoadError } from './ruleLoader';
import { TaintQueries } from './dataflow/taintAnalysis';
import type { TaintSet } from './dataflow/taintTypes';

/**
 * Rules compiled into a single query, so a document is walked once for all of them: a grammar's
 * rules (the CLI, which knows all its files up front), or the rules a document needed that no
 * earlier unit held (the server: see RuleSet.unitsFor).
 */
export interface CompiledGrammar {
  /** Distinguishes the units of a grammar (pattern indexes are per unit). */
  id: number;
  query: Query;
  /** Rules of each pattern index: rules with the same query share its patterns, matched once. */
  rulesOfPattern: Rule[][];
  /** Each pattern's match predicates the engine evaluates itself (custom rules; see matchPredicates.ts). */
  predicatesOfPattern: PatternPredicate[][];
  rules: Rule[];
}

/**
 * The active rules, with each grammar's query compiled once, lazily, the first time a document
 * of that grammar is analysed. A rule whose query does not compile is reported (file and line)
 * and left out; the others keep working.
 */
export class RuleSet {
  private readonly compiled = new Map<GrammarName, Promise<CompiledGrammar>>();
  /** Per grammar, the unit each rule was compiled into by unitsFor. */
  private readonly unitOfRule = new Map<GrammarName, Map<Rule, Promise<CompiledGrammar>>>();
  private nextUnitId = 0;
  private readonly needsOfRule = new Map<Rule, ReturnType<typeof patternNeeds>>();
  /** Per grammar, the rules compilable() returns (forgotten when a rule turns out broken). */
  private readonly compilableRules = new Map<GrammarName, Rule[]>();
  readonly compileErrors: RuleLoadError[] = [];
  /** Rules whose query is known not to compile (for some grammar): reported once, left out everywhere. */
  private readonly broken = new Set<Rule>();
  private readonly byId: Map<string, Rule>;

  /**
   * Rules left out of the compiled queries (still known by id): a scan that knows its files
   * compiles only the rules that could match one of them.
   */
  private compileOnly: ((rule: Rule) => boolean) | undefined;

  constructor(
    readonly rules: Rule[],
    private readonly grammars: GrammarLoader,
    taintSets: TaintSet[] = [],
  ) {
    this.byId = new Map(rules.map((r) => [r.id, r]));
    this.taintQueries = new TaintQueries(grammars, taintSets, this.compileErrors);
  }

  /** Taint rules' sources, sanitizers and propagators, compiled per grammar. */
  readonly taintQueries: TaintQueries;

  /** The compiled taint entries of a grammar's taint rules. */
  compileTaint(grammar: GrammarName) {
    return this.taintQueries.forGrammar(
      grammar,
      this.rulesFor(grammar).filter((r) => r.taint),
    );
  }

  /** Compile only the rules `keep` accepts, from now on (grammars compiled already stay as they are). */
  restrictCompilation(keep: (rule: Rule) => boolean): void {
    this.compileOnly = keep;
    this.compilableRules.clear();
  }

  rule(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  rulesFor(grammar: GrammarName): Rule[] {
    return this.rules.filter((r) => r.languages.some((l) => grammarsForRuleLanguage(l).includes(grammar)));
  }

  compile(grammar: GrammarName): Promise<CompiledGrammar> {
    let pending = this.compiled.get(grammar);
    if (!pending) {
      pending = this.compileNow(grammar, this.compilable(grammar));
      this.compiled.set(grammar, pending);
    }
    return pending;
  }

  /**
   * The rules of a grammar that could match a text (see requiredText.ts): `occurs` says whether a
   * literal occurs in it. Rules that cannot be compiled or are left out of compilation are not among them.
   */
  rulesThatCouldMatch(grammar: GrammarName, occurs: (literal: Literal) => boolean, among: (rule: Rule) => boolean = () => true): Rule[] {
    return this.compilable(grammar).filter((rule) => among(rule) && needsMet(this.needsOf(rule), occurs));
  }

  /** Each top-level pattern's needed literals (parsed once per rule). */
  needsOf(rule: Rule): ReturnType<typeof patternNeeds> {
    let needs = this.needsOfRule.get(rule);
    if (!needs) {
      needs = patternNeeds(rule.query);
      this.needsOfRule.set(rule, needs);
    }
    return needs;
  }

  /**
   * Compiled units holding all of `rules`: the units that already hold some of them, and one new
   * unit for those no unit holds yet. A document pays only for the rules it could match, a rule is
   * compiled once per grammar, and adding rules to Vetted does not slow documents they cannot match.
   */
  async unitsFor(grammar: GrammarName, rules: Rule[]): Promise<CompiledGrammar[]> {
    let unitOf = this.unitOfRule.get(grammar);
    if (!unitOf) this.unitOfRule.set(grammar, (unitOf = new Map<Rule, Promise<CompiledGrammar>>()));
    const missing = rules.filter((rule) => !unitOf.has(rule) && !this.broken.has(rule));
    if (missing.length > 0) {
      const unit = this.compileNow(grammar, missing);
      for (const rule of missing) unitOf.set(rule, unit);
    }
    const units = new Set<Promise<CompiledGrammar>>();
    for (const rule of rules) {
      const unit = unitOf.get(rule);
      if (unit) units.add(unit);
    }
    return (await Promise.all(units)).sort((a, b) => a.id - b.id);
  }

  /** The rules of a grammar compiled into units so far (see unitsFor). */
  rulesInUnits(grammar: GrammarName): Rule[] {
    return [...(this.unitOfRule.get(grammar)?.keys() ?? [])];
  }

  /** A grammar's rules that can be compiled: not known to be broken, not left out, with a query for it. */
  private compilable(grammar: GrammarName): Rule[] {
    let rules = this.compilableRules.get(grammar);
    if (!rules) {
      rules = this.rulesFor(grammar).filter(
        (r) => !this.broken.has(r) && (this.compileOnly?.(r) ?? true) && querySource(r, grammar).trim() !== '',
      );
      this.compilableRules.set(grammar, rules);
    }
    return rules;
  }

  /** Compiles every grammar's query; used to report broken rules up front. */
  async compileAll(): Promise<RuleLoadError[]> {
    // One grammar after another, in a fixed order, so errors are reported in a stable order.
    const grammars = new Set(this.rules.flatMap((r) => r.languages.flatMap(grammarsForRuleLanguage)));
    for (const grammar of grammars) {
      await this.compile(grammar);
      await this.compileTaint(grammar);
    }
    return this.compileErrors;
  }

  /**
   * Compiles each rule from the user's folders on its own, for every grammar it applies to, and
   * reports each broken one once (the first grammar it fails for). One rule's query compiles in
   * milliseconds, so errors are known at load, not after compiling every grammar's combined
   * query in the background. Bundled rules are tested at build time and are not checked here.
   */
  async checkCustomQueries(): Promise<RuleLoadError[]> {
    const before = this.compileErrors.length;
    for (const rule of this.rules) {
      if (rule.bundled || this.broken.has(rule)) continue;
      for (const grammar of new Set(rule.languages.flatMap(grammarsForRuleLanguage))) {
        const language = await this.grammars.language(grammar);
        const source = querySource(rule, grammar);
        if (source.trim() === '') continue;
        try {
          new Query(language, source).delete();
        } catch (error) {
          this.reportCompileError(rule, grammar, error);
          break;
        }
      }
    }
    return this.compileErrors.slice(before);
  }

  private async compileNow(grammar: GrammarName, rules: Rule[]): Promise<CompiledGrammar> {
    const language = await this.grammars.language(grammar);
    const id = this.nextUnitId++;
    for (;;) {
      try {
        return build(language, rules, grammar, id);
      } catch {
        // Find the rules that break the combined query, report them, and compile without them.
        const broken = new Set<Rule>();
        for (const rule of rules) {
          try {
            new Query(language, querySource(rule, grammar)).delete();
          } catch (error) {
            broken.add(rule);
            this.reportCompileError(rule, grammar, error);
          }
        }
        if (broken.size === 0) throw new Error(`rule queries for ${grammar} do not compile together`);
        rules = rules.filter((r) => !broken.has(r));
      }
    }
  }

  private reportCompileError(rule: Rule, grammar: GrammarName, error: unknown): void {
    // A JavaScript rule is compiled for javascript, typescript and tsx: one report is enough.
    if (this.broken.has(rule)) return;
    this.broken.add(rule);
    this.compilableRules.clear();
    const e = error as { message?: string; index?: number };
    const offset = typeof e.index === 'number' ? e.index : 0;
    const origin = queryOrigin(rule.expandedQuery, rule.bundled ? offset : offsetBeforeTakeOver(rule.query, offset));
    // The error is at the fragment's own line; where it was used tells which use broke.
    const inFragment = origin.fragment ? ` (in fragment '${origin.fragment}', used at line ${origin.usedAt})` : '';
    this.compileErrors.push({
      file: rule.file,
      line: origin.line,
      message: `query of rule '${rule.id}' does not compile for ${grammar}: ${e.message ?? String(error)}${inFragment}`,
    });
  }
}

function build(language: import('web-tree-sitter').Language, rules: Rule[], grammar: GrammarName, id: number): CompiledGrammar {
  // Rules whose queries are the same (e.g. "every string literal" for each token format) share
  // one copy of the patterns, so each node is matched once and the match fans out to every rule.
  const groups = new Map<string, Rule[]>();
  for (const rule of rules) {
    const key = normalizeQuery(querySource(rule, grammar));
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  const sources = [...groups.keys()].map((q) => q + '\n');
  const query = new Query(language, sources.join('\n'));
  // Pattern start offsets are bytes into the combined source; map each back to its rules.
  const starts: number[] = [];
  let offset = 0;
  for (const source of sources) {
    starts.push(offset);
    offset += Buffer.byteLength(source, 'utf8') + 1;
  }
  const grouped = [...groups.values()];
  const rulesOfPattern: Rule[][] = [];
  for (let i = 0; i < query.patternCount(); i++) {
    const start = query.startIndexForPattern(i);
    let g = 0;
    while (g + 1 < starts.length && starts[g + 1] <= start) g++;
    rulesOfPattern.push(grouped[g]);
  }
  return { id, query, rulesOfPattern, predicatesOfPattern: takenOverPredicates(query), rules };
}

/**
 * The query as compiled for a grammar: a custom rule's regex predicates are left to the engine
 * (RE2). Plain TypeScript has no JSX, so there a JavaScript rule's patterns about JSX nodes
 * (`jsx_…`) are left out and its other patterns still run (.js, .jsx and .tsx get them all).
 */
function querySource(rule: Rule, grammar: GrammarName): string {
  const query = rule.bundled ? rule.query : withMatchPredicatesTakenOver(rule.query);
  if (grammar !== 'typescript' || !JSX_NODE.test(query)) return query;
  return topLevelPatterns(query)
    .filter((pattern) => !JSX_NODE.test(pattern))
    .join('\n');
}

const JSX_NODE = /\(\s*jsx_/;

/** The query without comments and with whitespace collapsed: equal meaning, equal text. */
function normalizeQuery(query: string): string {
  return query
    .split('\n')
    .map((line) => line.replace(/^\s*;.*$/, '').trim())
    .filter((line) => line !== '')
    .join('\n');
}
