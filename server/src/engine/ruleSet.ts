import { Query } from 'web-tree-sitter';
import type { GrammarLoader } from './grammarLoader';
import { GrammarName, grammarsForRuleLanguage } from './languages';
import { offsetBeforeTakeOver, PatternPredicate, takenOverPredicates, withMatchPredicatesTakenOver } from './matchPredicates';
import { queryOrigin } from './queryFragments';
import { topLevelPatterns } from './requiredText';
import type { Rule } from './rule';
import type { RuleLoadError } from './ruleLoader';
import { TaintQueries } from './dataflow/taintAnalysis';
import type { TaintSet } from './dataflow/taintTypes';

/** One grammar's rules compiled into a single query, so a document is walked once for all rules. */
export interface CompiledGrammar {
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
      pending = this.compileNow(grammar);
      this.compiled.set(grammar, pending);
    }
    return pending;
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

  private async compileNow(grammar: GrammarName): Promise<CompiledGrammar> {
    const language = await this.grammars.language(grammar);
    let rules = this.rulesFor(grammar).filter(
      (r) => !this.broken.has(r) && (this.compileOnly?.(r) ?? true) && querySource(r, grammar).trim() !== '',
    );
    for (;;) {
      try {
        return build(language, rules, grammar);
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

function build(language: import('web-tree-sitter').Language, rules: Rule[], grammar: GrammarName): CompiledGrammar {
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
  return { query, rulesOfPattern, predicatesOfPattern: takenOverPredicates(query), rules };
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
