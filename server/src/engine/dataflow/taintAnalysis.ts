import { Query } from 'web-tree-sitter';
import type { Language, Node, QueryMatch, Tree } from 'web-tree-sitter';
import type { GrammarLoader } from '../grammarLoader';
import type { GrammarName } from '../languages';
import type { Rule } from '../rule';
import type { RuleLoadError } from '../ruleLoader';
import { adapterFor } from './adapters';
import { TaintFacts, TaintInterpreter } from './taintInterpreter';
import { entryQuery } from './taintSets';
import type { TaintSet, TaintSetKind, TaintSpec, TraceStep } from './taintTypes';

interface CompiledEntry {
  kind: TaintSetKind;
  query: Query;
  description: string;
}

/** A taint rule's entries compiled for one grammar. */
interface CompiledTaint {
  key: string;
  entries: CompiledEntry[];
}

/**
 * The taint rules' sources, sanitizers and propagators compiled once per grammar (like the rule
 * queries), shared by every analysis of that grammar. Compile errors name the set's or rule's file
 * and line.
 */
export class TaintQueries {
  private readonly compiled = new Map<GrammarName, Promise<Map<Rule, CompiledTaint>>>();

  constructor(
    private readonly grammars: GrammarLoader,
    private readonly sets: TaintSet[],
    private readonly compileErrors: RuleLoadError[],
  ) {}

  forGrammar(grammar: GrammarName, rules: Rule[]): Promise<Map<Rule, CompiledTaint>> {
    let pending = this.compiled.get(grammar);
    if (!pending) {
      pending = this.grammars.language(grammar).then((language) => this.compile(language, grammar, rules));
      this.compiled.set(grammar, pending);
    }
    return pending;
  }

  private compile(language: Language, grammar: GrammarName, rules: Rule[]): Map<Rule, CompiledTaint> {
    const queries = new Map<string, Query | null>();
    const out = new Map<Rule, CompiledTaint>();
    for (const rule of rules) {
      if (!rule.taint) continue;
      const entries: CompiledEntry[] = [];
      const kinds: [keyof TaintSpec, TaintSetKind][] = [['sources', 'source'], ['sanitizers', 'sanitizer'], ['propagators', 'propagator']];
      for (const [key, kind] of kinds) {
        for (const entry of rule.taint[key] ?? []) {
          const resolved = entryQuery(entry, kind, rule, this.sets, grammar);
          if (!resolved) continue;
          let query = queries.get(resolved.query);
          if (query === undefined) {
            try {
              query = new Query(language, resolved.query);
            } catch (error) {
              query = null;
              this.compileErrors.push({ file: resolved.file, line: resolved.line, message: `taint query does not compile for ${grammar}: ${error instanceof Error ? error.message : String(error)}` });
            }
            queries.set(resolved.query, query);
          }
          if (query) entries.push({ kind, query, description: resolved.description });
        }
      }
      out.set(rule, { key: JSON.stringify(rule.taint), entries });
    }
    return out;
  }
}

/**
 * Taint facts for one syntax tree during one analysis: each distinct rule configuration
 * (sources, sanitizers, propagators) is analysed once over the whole file, the first time one of
 * its rules has a sink match, and answers every sink of those rules.
 */
export class TaintRun {
  private readonly results = new Map<string, Map<number, { steps: TraceStep[] }>>();
  private readonly matchesOf = new Map<Query, QueryMatch[]>();
  timedOut = false;

  constructor(
    private readonly tree: Tree,
    private readonly grammar: GrammarName,
    private readonly compiled: Map<Rule, CompiledTaint>,
    private readonly deadline: number,
  ) {}

  /** The path by which a tainted value reaches `sink` (source first), or undefined when it is clean. */
  traceFor(rule: Rule, sink: Node): TraceStep[] | undefined {
    const config = this.compiled.get(rule);
    if (!config) return undefined;
    let tainted = this.results.get(config.key);
    if (!tainted) {
      const facts = this.facts(config);
      // No source in the file: nothing can be tainted, and the walk is skipped.
      if (facts.sources.size === 0) tainted = new Map();
      else {
        const interpreter = new TaintInterpreter(adapterFor(this.grammar), facts, this.deadline);
        interpreter.run(this.tree.rootNode);
        if (interpreter.timedOut) this.timedOut = true;
        tainted = interpreter.tainted;
      }
      this.results.set(config.key, tainted);
    }
    return tainted.get(sink.id)?.steps;
  }

  private facts(config: CompiledTaint): TaintFacts {
    const facts: TaintFacts = { sources: new Map(), sanitizers: new Set(), propagators: new Map() };
    const root = this.tree.rootNode;
    for (const entry of config.entries) {
      // Rules share most sets: each query runs once per tree.
      let matches = this.matchesOf.get(entry.query);
      if (!matches) {
        matches = entry.query.matches(root);
        this.matchesOf.set(entry.query, matches);
      }
      for (const match of matches) {
        const byName = new Map<string, Node[]>();
        for (const capture of match.captures) byName.set(capture.name, [...(byName.get(capture.name) ?? []), capture.node]);
        if (entry.kind === 'source') for (const n of byName.get('source') ?? []) facts.sources.set(n.id, entry.description);
        else if (entry.kind === 'sanitizer') for (const n of byName.get('sanitizer') ?? []) facts.sanitizers.add(n.id);
        else {
          for (const to of byName.get('to') ?? []) facts.propagators.set(to.id, [...(facts.propagators.get(to.id) ?? []), ...(byName.get('from') ?? [])]);
        }
      }
    }
    return facts;
  }
}
