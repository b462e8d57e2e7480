import { Query } from 'web-tree-sitter';
import type { Language, Node, QueryMatch, Tree } from 'web-tree-sitter';
import type { GrammarLoader } from '../grammarLoader';
import type { GrammarName } from '../languages';
import type { Rule } from '../rule';
import type { RuleLoadError } from '../ruleLoader';
import { adapterFor } from './adapters';
import { namedFunctions, TaintFacts, TaintInterpreter } from './taintInterpreter';
import type { Span } from '../finding';
import { entryQuery } from './taintSets';
import { patternNeeds } from '../requiredText';
import type { TaintSet, TaintSetKind, TaintSpec, TraceStep } from './taintTypes';

interface CompiledEntry {
  /** The same query text has the same id (and Query), whichever rules use it. */
  id: number;
  /** Literals the query needs in the text to match (per pattern, one of each set): a cheap pre-check. */
  needs: string[][][];
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
          if (query) entries.push({ id: [...queries.keys()].indexOf(resolved.query), needs: patternNeeds(resolved.query), kind, query, description: resolved.description });
        }
      }
      out.set(rule, { key: JSON.stringify(rule.taint), entries });
    }
    return out;
  }
}

/** What a taint finding's outcome depends on: the text of `region`, and calls to the functions named in `calls`. */
export interface TaintDependency {
  region: Span;
  calls: string[];
}

interface Unit {
  node: Node;
  start: number;
  end: number;
}

/** Callers and callees are followed this many calls away from the sink's top-level statement. */
const MAX_CALL_HOPS = 3;
/**
 * At most this many top-level statements are analysed together for one sink: a helper called from
 * everywhere (a `join` in a library file) must not make every edit re-analyse the whole file.
 */
const MAX_GROUP = 8;
/** Files longer than this (about 10,000 lines) are not taint-analysed (see TaintRun.check). */
const MAX_TAINT_FILE_CHARS = 400_000;

/**
 * Taint facts for one syntax tree during one analysis. The unit of work is the top-level statement
 * holding a sink, together with the top-level statements that call the functions it defines and
 * those defining the functions they call (same-file summaries, computed on demand). Each distinct
 * rule configuration (sources, sanitizers, propagators) is analysed once per unit, the first time
 * one of its rules has a sink there; source, sanitizer and propagator queries run only over
 * those statements, so an edit costs about the size of the code it can affect.
 */
export class TaintRun {
  private readonly results = new Map<string, Map<number, { steps: TraceStep[] }>>();
  private readonly matchesOf = new Map<string, QueryMatch[]>();
  private units: Unit[] | undefined;
  private functions: Map<string, Node> | undefined;
  private readonly related = new Map<number, number[]>();
  private definitions: Map<number, string[]> | undefined;
  private readonly mentions = new Map<string, Set<number>>();
  private text: string | undefined;
  timedOut = false;

  constructor(
    private readonly tree: Tree,
    private readonly grammar: GrammarName,
    private readonly compiled: Map<Rule, CompiledTaint>,
    private readonly deadline: number,
  ) {}

  /** The path by which a tainted value reaches `sink` (source first; undefined when clean), and what that depends on. */
  check(rule: Rule, sink: Node): { trace?: TraceStep[]; dependency: TaintDependency } {
    // Finding the statements related to a sink still reads the whole file's text and top level on
    // every analysis: too slow per keystroke on very large files, which therefore get no taint findings.
    if (this.tree.rootNode.endIndex > MAX_TAINT_FILE_CHARS) return { dependency: { region: { start: sink.startIndex, end: sink.endIndex }, calls: [] } };
    const units = this.topLevel();
    const index = unitIndexOf(units, sink.startIndex);
    const group = this.relatedUnits(index);
    const dependency = {
      region: { start: Math.min(...group.map((i) => units[i].start)), end: Math.max(...group.map((i) => units[i].end)) },
      calls: group.flatMap((i) => this.namesDefinedIn(i)),
    };
    const config = this.compiled.get(rule);
    if (!config || index < 0) return { dependency };
    const key = `${config.key}@${index}`;
    let tainted = this.results.get(key);
    if (!tainted) {
      const texts = group.map((i) => this.text!.slice(units[i].start, units[i].end));
      const mayHaveSources = config.entries.some((e) => e.kind === 'source' && e.needs.some((pattern) => pattern.every((options) => options.some((literal) => texts.some((t) => t.includes(literal))))));
      const facts = mayHaveSources ? this.facts(config, group) : undefined;
      // No source in these statements: nothing can be tainted, and the queries and the walk are skipped.
      if (!facts || facts.sources.size === 0) tainted = new Map();
      else {
        const interpreter = new TaintInterpreter(adapterFor(this.grammar), facts, this.deadline);
        const callers = group.filter((i) => i === index || this.calls(i, this.namesDefinedIn(index)));
        interpreter.run(callers.map((i) => units[i].node), this.functionsOf());
        if (interpreter.timedOut) this.timedOut = true;
        tainted = interpreter.tainted;
      }
      this.results.set(key, tainted);
    }
    return { trace: tainted.get(sink.id)?.steps, dependency };
  }

  private topLevel(): Unit[] {
    if (!this.units) {
      const root = this.tree.rootNode;
      this.text = root.text;
      this.units = root.namedChildren.filter((n): n is Node => !!n).map((node) => ({ node, start: node.startIndex, end: node.endIndex }));
    }
    return this.units;
  }

  private functionsOf(): Map<string, Node> {
    this.functions ??= namedFunctions(this.tree.rootNode, adapterFor(this.grammar));
    return this.functions;
  }

  private namesDefinedIn(index: number): string[] {
    return this.definedBy().get(index) ?? [];
  }

  /** Function names by the index of the top-level statement defining them. */
  private definedBy(): Map<number, string[]> {
    if (!this.definitions) {
      const units = this.topLevel();
      this.definitions = new Map();
      for (const [name, fn] of this.functionsOf()) {
        const i = unitIndexOf(units, fn.startIndex);
        this.definitions.set(i, [...(this.definitions.get(i) ?? []), name]);
      }
    }
    return this.definitions;
  }

  /** Whether a statement calls any of these functions (by name, not as a method). */
  private calls(unitIndex: number, names: string[]): boolean {
    return names.some((name) => this.mentionsOf(name).has(unitIndex));
  }

  /** The statements whose text calls `name(...)`: one scan of the file's text per name, not a tokenisation of every statement. */
  private mentionsOf(name: string): Set<number> {
    let found = this.mentions.get(name);
    if (!found) {
      found = new Set();
      const units = this.topLevel();
      const pattern = new RegExp(`(?<![\\w$.])${name.replace(/[$]/g, '\\$&')}\\s*\\(`, 'g');
      for (const match of this.text!.matchAll(pattern)) found.add(unitIndexOf(units, match.index ?? 0));
      this.mentions.set(name, found);
    }
    return found;
  }

  /** The sink's statement, statements calling what it defines (callers), and statements defining what those call (callees). */
  private relatedUnits(index: number): number[] {
    let group = this.related.get(index);
    if (group) return group;
    const units = this.topLevel();
    const found = new Set<number>(index >= 0 ? [index] : []);
    let frontier = [...found];
    for (let hop = 0; hop < MAX_CALL_HOPS && frontier.length > 0; hop++) {
      const names = frontier.flatMap((i) => this.namesDefinedIn(i));
      frontier = names.length === 0 ? [] : [...new Set(names.flatMap((n) => [...this.mentionsOf(n)]))].filter((i) => i >= 0 && !found.has(i));
      for (const i of frontier.slice(0, MAX_GROUP - found.size)) found.add(i);
    }
    frontier = [...found];
    for (let hop = 0; hop < MAX_CALL_HOPS && frontier.length > 0; hop++) {
      const next: number[] = [];
      for (const [i, names] of this.definedBy()) {
        if (!found.has(i) && frontier.some((f) => this.calls(f, names))) next.push(i);
      }
      for (const i of next.slice(0, Math.max(0, MAX_GROUP - found.size))) found.add(i);
      frontier = next;
    }
    group = [...found].sort((a, b) => a - b);
    this.related.set(index, group);
    return group;
  }

  private facts(config: CompiledTaint, group: number[]): TaintFacts {
    const facts: TaintFacts = { sources: new Map(), sanitizers: new Set(), propagators: new Map() };
    const root = this.tree.rootNode;
    const units = this.topLevel();
    for (const entry of config.entries) {
      for (const i of group) {
        // Rules share most sets: each query runs once per statement and tree. Query ranges are in
        // bytes of the UTF-16 text tree-sitter parsed (two per code unit).
        const cacheKey = `${entry.id}@${i}`;
        let matches = this.matchesOf.get(cacheKey);
        if (!matches) {
          matches = entry.query.matches(root, { startIndex: units[i].start * 2, endIndex: units[i].end * 2 } as never);
          this.matchesOf.set(cacheKey, matches);
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
    }
    return facts;
  }
}

/** The index of the top-level statement containing `offset` (binary search), or -1. */
function unitIndexOf(units: Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < units[mid].start) hi = mid - 1;
    else if (offset >= units[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
