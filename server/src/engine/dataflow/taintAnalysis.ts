import { Query } from 'web-tree-sitter';
import type { Language, Node, Tree } from 'web-tree-sitter';
import type { GrammarLoader } from '../grammarLoader';
import type { GrammarName } from '../languages';
import type { Rule } from '../rule';
import type { RuleLoadError } from '../ruleLoader';
import { adapterFor } from './adapters';
import { functionsDefinedBy, isPlainLiteral, TaintFacts, TaintInterpreter } from './taintInterpreter';
import { readUnit, TaintUnitCache, UnitFacts } from './taintUnits';
import type { Span } from '../finding';
import { entryQuery } from './taintSets';
import { Literal, needsMet, occursIn, patternNeeds } from '../requiredText';
import { compileRegex, TextPattern } from '../regex';
import type { TaintSet, TaintSetKind, TaintSpec, TraceStep } from './taintTypes';

/** A taint rule's entries compiled for one grammar. */
interface CompiledTaint {
  key: string;
  /** Its entries' query text ids: the same query text has the same id, whichever rules use it. */
  ids: Set<number>;
}

/** Queries of many entries combined in one: one pass over a unit finds all of them. */
interface CombinedQuery {
  query: Query | undefined;
  /** The entry (query text id) each pattern of `query` comes from, and its kind and description. */
  entryOfPattern: { id: number; kind: TaintSetKind; description: string; fileMatches?: TextPattern }[];
}

/**
 * A grammar's taint entries in two combined queries (a pass per entry cost as much as the analysis
 * itself): sources, run first, and sanitizers with propagators, run only where a source was found.
 */
export interface GrammarTaint {
  sources: CombinedQuery;
  /** Sources of sets with `file-matches`: run only in files whose start matches one of them. */
  fileSources: CombinedQuery;
  /** Literals each (unconditional) source entry needs in the text (see patternNeeds): units without any skip the source query. */
  sourceNeeds: Literal[][][][];
  flow: CombinedQuery;
  rules: Map<Rule, CompiledTaint>;
}

interface EntryText {
  id: number;
  text: string;
  file: string;
  line: number;
  kind: TaintSetKind;
  description: string;
  fileMatches?: TextPattern;
}

/** How much of the start of a file a set's `file-matches` sees (directives come first). */
const FILE_HEAD_CHARS = 2000;

/**
 * The taint rules' sources, sanitizers and propagators compiled once per grammar (like the rule
 * queries), shared by every analysis of that grammar. Compile errors name the set's or rule's file
 * and line.
 */
export class TaintQueries {
  private readonly compiled = new Map<GrammarName, Promise<GrammarTaint>>();

  constructor(
    private readonly grammars: GrammarLoader,
    private readonly sets: TaintSet[],
    private readonly compileErrors: RuleLoadError[],
  ) {}

  forGrammar(grammar: GrammarName, rules: Rule[]): Promise<GrammarTaint> {
    let pending = this.compiled.get(grammar);
    if (!pending) {
      pending = this.grammars.language(grammar).then((language) => this.compile(language, grammar, rules));
      this.compiled.set(grammar, pending);
    }
    return pending;
  }

  private compile(language: Language, grammar: GrammarName, rules: Rule[]): GrammarTaint {
    const texts = new Map<string, EntryText>();
    const out = new Map<Rule, CompiledTaint>();
    for (const rule of rules) {
      if (!rule.taint) continue;
      const ids = new Set<number>();
      const kinds: [keyof TaintSpec, TaintSetKind][] = [
        ['sources', 'source'],
        ['sanitizers', 'sanitizer'],
        ['propagators', 'propagator'],
      ];
      for (const [key, kind] of kinds) {
        for (const entry of rule.taint[key] ?? []) {
          const resolved = entryQuery(entry, kind, rule, this.sets, grammar);
          if (!resolved) continue;
          // The same text used as two kinds (unlikely) is two entries.
          const textKey = `${kind}\0${resolved.fileMatches ?? ''}\0${resolved.query}`;
          let text = texts.get(textKey);
          if (!text) {
            let fileMatches: TextPattern | undefined;
            try {
              // RE2 (linear time) for every set: set files can come from the workspace.
              fileMatches = resolved.fileMatches === undefined ? undefined : compileRegex(resolved.fileMatches, false);
            } catch (error) {
              this.compileErrors.push({
                file: resolved.file,
                line: resolved.line,
                message: `file-matches is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
              });
              continue;
            }
            text = {
              id: texts.size,
              text: resolved.query,
              file: resolved.file,
              line: resolved.line,
              kind,
              description: resolved.description,
              fileMatches,
            };
            texts.set(textKey, text);
          }
          ids.add(text.id);
        }
      }
      out.set(rule, { key: JSON.stringify(rule.taint), ids });
    }
    const all = [...texts.values()];
    return {
      sources: this.combine(
        language,
        grammar,
        all.filter((t) => t.kind === 'source' && !t.fileMatches),
      ),
      fileSources: this.combine(
        language,
        grammar,
        all.filter((t) => t.kind === 'source' && t.fileMatches),
      ),
      sourceNeeds: all.filter((t) => t.kind === 'source' && !t.fileMatches).map((t) => patternNeeds(t.text)),
      flow: this.combine(
        language,
        grammar,
        all.filter((t) => t.kind !== 'source'),
      ),
      rules: out,
    };
  }

  /**
   * One query from all entry texts. When it does not compile, each text is compiled alone to name
   * the broken ones (file and line), and the rest are combined without them.
   */
  private combine(language: Language, grammar: GrammarName, texts: EntryText[]): CombinedQuery {
    let valid = texts;
    for (let attempt = 0; attempt < 2 && valid.length > 0; attempt++) {
      const source = valid.map((t) => t.text).join('\n');
      let query: Query;
      try {
        query = new Query(language, source);
      } catch {
        valid = valid.filter((t) => {
          try {
            new Query(language, t.text).delete();
            return true;
          } catch (error) {
            this.compileErrors.push({
              file: t.file,
              line: t.line,
              message: `taint query does not compile for ${grammar}: ${error instanceof Error ? error.message : String(error)}`,
            });
            return false;
          }
        });
        continue;
      }
      // Which text each pattern comes from, by where the pattern starts (query offsets are UTF-8 bytes).
      const ends: number[] = [];
      let offset = 0;
      for (const t of valid) {
        offset += Buffer.byteLength(t.text, 'utf8') + 1;
        ends.push(offset);
      }
      const entryOfPattern: CombinedQuery['entryOfPattern'] = [];
      for (let p = 0, i = 0; p < query.patternCount(); p++) {
        const start = query.startIndexForPattern(p);
        while (i < ends.length - 1 && start >= ends[i]) i++;
        entryOfPattern.push({ id: valid[i].id, kind: valid[i].kind, description: valid[i].description, fileMatches: valid[i].fileMatches });
      }
      return { query, entryOfPattern };
    }
    return { query: undefined, entryOfPattern: [] };
  }
}

/** What a taint finding's outcome depends on: the text of `region`, and calls to the functions named in `calls`. */
export interface TaintDependency {
  region: Span;
  calls: string[];
}

/** A unit of analysis: a top-level statement, or a member of a top-level class (members share no local variables). */
interface Unit {
  node: Node;
  start: number;
  end: number;
  /** A class member: defines no function callable by name. */
  member: boolean;
}

/** One pattern match of the combined query: the entry it belongs to and its captures by name. */
interface EntryMatch {
  id: number;
  kind: TaintSetKind;
  description: string;
  captures: Map<string, Node[]>;
}

/** Calls by name in the file: which units call a name, and which names a unit calls. */
interface CallIndex {
  callers: Map<string, Set<number>>;
  callees: Map<number, Set<string>>;
}

/** Callers and callees are followed this many calls away from the sink's unit. */
const MAX_CALL_HOPS = 3;
/**
 * At most this many units are analysed together for one sink: a helper called from everywhere
 * (a `join` in a library file) must not make every edit re-analyse the whole file.
 */
const MAX_GROUP = 8;

const CLASS_TYPES = new Set(['class_declaration', 'abstract_class_declaration', 'class_definition']);
const CLASS_BODIES = new Set(['class_body', 'block']);

/**
 * Taint facts for one syntax tree during one analysis. The unit of work is the unit (top-level
 * statement or class member) holding a sink, together with the units that call the functions it
 * defines and those defining the functions they call (same-file summaries, computed on demand).
 * Each distinct rule configuration (sources, sanitizers, propagators) is analysed once per unit,
 * the first time one of its rules has a sink there; the combined source, sanitizer and propagator
 * query runs once per unit, only over those units, so an edit costs about the size of the code it
 * can affect.
 */
export class TaintRun {
  private readonly results = new Map<string, Map<number, { steps: TraceStep[] }>>();
  private readonly byFacts = new Map<string, Map<number, { steps: TraceStep[] }>>();
  private readonly fileHead = new Map<TextPattern, boolean>();
  private readonly matchesOf = new Map<string, EntryMatch[]>();
  private units: Unit[] | undefined;
  private readonly functions = new Map<string, Node | undefined>();
  private readonly related = new Map<number, number[]>();
  private unitFacts: UnitFacts[] | undefined;
  private definitions: { byUnit: Map<number, string[]>; unitOf: Map<string, number> } | undefined;
  private callIndex: CallIndex | undefined;
  timedOut = false;
  /** A sink was left unchecked because the file is longer than `maxChars`. */
  skippedForSize = false;

  constructor(
    private readonly tree: Tree,
    private readonly grammar: GrammarName,
    private readonly compiled: GrammarTaint,
    private readonly deadline: number,
    private text?: string,
    /** Unit facts kept across analyses of the same document (none: read every unit). */
    private readonly unitCache?: TaintUnitCache,
    /** Files longer than this are not taint-analysed (see AnalysisOptions.dataflowMaxChars). */
    private readonly maxChars = Infinity,
  ) {}

  /** The path by which a tainted value reaches `sink` (source first; undefined when clean), and what that depends on. */
  check(rule: Rule, sink: Node): { trace?: TraceStep[]; dependency: TaintDependency } {
    const alone = { dependency: { region: { start: sink.startIndex, end: sink.endIndex }, calls: [] } };
    // A literal is clean wherever it is.
    if (isPlainLiteral(sink)) return alone;
    if (this.tree.rootNode.endIndex > this.maxChars) {
      this.skippedForSize = true;
      return alone;
    }
    const config = this.compiled.rules.get(rule);
    const units = this.topLevel();
    const index = unitIndexOf(units, sink.startIndex);
    if (!config || index < 0) return alone;
    const group = this.relatedUnits(index);
    const dependency = {
      region: { start: Math.min(...group.map((i) => units[i].start)), end: Math.max(...group.map((i) => units[i].end)) },
      calls: group.flatMap((i) => this.namesDefinedIn(i)),
    };
    // Sinks in the same innermost function share a walk (functions nested elsewhere are skipped).
    const focus = this.innermostFunction(sink, units[index].node);
    const key = `${config.key}@${index}@${focus.id}`;
    let tainted = this.results.get(key);
    if (!tainted) {
      const facts = this.facts(config, group);
      // No source in these units: nothing can be tainted, and the walk is skipped.
      if (facts.sources.size === 0) tainted = new Map();
      else {
        // Rules differ mostly in sanitizers that do not occur here: rules whose facts are the same
        // in these units share one walk.
        const factsKey = `${index}@${focus.id}|${fingerprint(facts)}`;
        tainted = this.byFacts.get(factsKey);
        if (!tainted) {
          const interpreter = new TaintInterpreter(adapterFor(this.grammar), facts, this.deadline, {
            unit: units[index].node,
            holding: focus,
          });
          const defined = this.namesDefinedIn(index);
          const callers = group.filter((i) => i === index || defined.some((name) => this.calls().callers.get(name)?.has(i)));
          interpreter.run(
            callers.map((i) => units[i].node),
            (name) => this.functionNamed(name),
          );
          if (interpreter.timedOut) this.timedOut = true;
          tainted = interpreter.tainted;
          this.byFacts.set(factsKey, tainted);
        }
      }
      this.results.set(key, tainted);
    }
    return { trace: tainted.get(sink.id)?.steps, dependency };
  }

  /** The tree's text: given by the caller, else read from the tree once. */
  private fileText(): string {
    this.text ??= this.tree.rootNode.text;
    return this.text;
  }

  /** The innermost function around `sink` within `unit` (the unit itself when there is none). */
  private innermostFunction(sink: Node, unit: Node): Node {
    const functions = adapterFor(this.grammar).functions;
    for (let n: Node | null = sink.parent; n && n.id !== unit.id; n = n.parent) {
      if (functions.has(n.type)) return n;
    }
    return unit;
  }

  private topLevel(): Unit[] {
    if (!this.units) {
      const units: Unit[] = [];
      for (const child of this.tree.rootNode.namedChildren) {
        if (!child) continue;
        const body = classBody(child);
        const parts = body ? body.namedChildren.filter((n): n is Node => !!n) : [child];
        for (const node of parts) units.push({ node, start: node.startIndex, end: node.endIndex, member: !!body });
      }
      this.units = units;
    }
    return this.units;
  }

  /** A named function of the file, found through the unit that defines it. */
  private functionNamed(name: string): Node | undefined {
    if (!this.functions.has(name)) {
      const i = this.definedBy().unitOf.get(name);
      const found =
        i === undefined ? undefined : functionsDefinedBy(this.topLevel()[i].node, adapterFor(this.grammar)).find(([n]) => n === name)?.[1];
      this.functions.set(name, found);
    }
    return this.functions.get(name);
  }

  /** What each unit defines and calls (from the cache for units whose text did not change). */
  private unitsFacts(): UnitFacts[] {
    if (!this.unitFacts) {
      const units = this.topLevel();
      const adapter = adapterFor(this.grammar);
      const text = this.fileText();
      this.unitFacts = units.map((u) => {
        const unitText = text.slice(u.start, u.end);
        const facts = this.unitCache
          ? this.unitCache.factsOf(unitText, u.node, adapter, units.length)
          : readUnit(unitText, u.node, adapter);
        return u.member ? { ...facts, defines: [] } : facts;
      });
    }
    return this.unitFacts;
  }

  private namesDefinedIn(index: number): string[] {
    return this.definedBy().byUnit.get(index) ?? [];
  }

  /** Function names by the index of the unit defining them, and the other way round (a later definition wins). */
  private definedBy(): NonNullable<TaintRun['definitions']> {
    if (!this.definitions) {
      const byUnit = new Map<number, string[]>();
      const unitOf = new Map<string, number>();
      this.unitsFacts().forEach((facts, i) => {
        if (facts.defines.length === 0) return;
        byUnit.set(i, facts.defines);
        for (const name of facts.defines) unitOf.set(name, i);
      });
      this.definitions = { byUnit, unitOf };
    }
    return this.definitions;
  }

  /** Where the file's named functions are called (`name(`, not as a method). */
  private calls(): CallIndex {
    if (!this.callIndex) {
      const { unitOf } = this.definedBy();
      const callers = new Map<string, Set<number>>();
      const callees = new Map<number, Set<string>>();
      this.unitsFacts().forEach((facts, unit) => {
        for (const name of facts.calls) {
          if (!unitOf.has(name)) continue;
          let c = callers.get(name);
          if (!c) callers.set(name, (c = new Set()));
          c.add(unit);
          let d = callees.get(unit);
          if (!d) callees.set(unit, (d = new Set()));
          d.add(name);
        }
      });
      this.callIndex = { callers, callees };
    }
    return this.callIndex;
  }

  /** The sink's unit, units calling what it defines (callers), and units defining what those call (callees). */
  private relatedUnits(index: number): number[] {
    let group = this.related.get(index);
    if (group) return group;
    const found = new Set<number>([index]);
    const definitions = this.definedBy();
    // Without named functions in the file there is nothing to relate (the common case for handlers).
    if (definitions.unitOf.size > 0) {
      const { callers, callees } = this.calls();
      let frontier = [index];
      for (let hop = 0; hop < MAX_CALL_HOPS && frontier.length > 0; hop++) {
        const names = frontier.flatMap((i) => this.namesDefinedIn(i));
        frontier = [...new Set(names.flatMap((n) => [...(callers.get(n) ?? [])]))].filter((i) => !found.has(i));
        for (const i of frontier.slice(0, MAX_GROUP - found.size)) found.add(i);
      }
      frontier = [...found];
      for (let hop = 0; hop < MAX_CALL_HOPS && frontier.length > 0; hop++) {
        const next = new Set<number>();
        for (const f of frontier) {
          for (const name of callees.get(f) ?? []) {
            const i = definitions.unitOf.get(name);
            if (i !== undefined && !found.has(i)) next.add(i);
          }
        }
        const added = [...next].sort((a, b) => a - b).slice(0, Math.max(0, MAX_GROUP - found.size));
        for (const i of added) found.add(i);
        frontier = added;
      }
    }
    group = [...found].sort((a, b) => a - b);
    this.related.set(index, group);
    return group;
  }

  /** A combined query's matches in one unit, cached for the run (rules share most entries). */
  private unitMatches(i: number, which: 'sources' | 'fileSources' | 'flow'): EntryMatch[] {
    const key = `${which}@${i}`;
    let matches = this.matchesOf.get(key);
    if (!matches) {
      matches = [];
      const { query, entryOfPattern } = this.compiled[which];
      const unit = this.topLevel()[i];
      const worthIt = which === 'flow' || (which === 'sources' ? this.mayHaveSource(i) : this.fileSourcesApply());
      if (query && worthIt) {
        // Matched from the unit's node, not over its range from the root: a ranged match still
        // steps through every top-level statement of the file.
        for (const match of query.matches(unit.node)) {
          const entry = entryOfPattern[match.patternIndex];
          if (!entry || (entry.fileMatches && !this.fileHeadMatches(entry.fileMatches))) continue;
          const captures = new Map<string, Node[]>();
          for (const capture of match.captures) captures.set(capture.name, [...(captures.get(capture.name) ?? []), capture.node]);
          matches.push({ ...entry, captures });
        }
      }
      this.matchesOf.set(key, matches);
    }
    return matches;
  }

  private fileHeadMatches(pattern: TextPattern): boolean {
    let holds = this.fileHead.get(pattern);
    if (holds === undefined) {
      holds = pattern.test(this.fileText().slice(0, FILE_HEAD_CHARS));
      this.fileHead.set(pattern, holds);
    }
    return holds;
  }

  /** Whether some set with `file-matches` applies to this file (most files: none). */
  private fileSourcesApply(): boolean {
    return this.compiled.fileSources.entryOfPattern.some((e) => e.fileMatches && this.fileHeadMatches(e.fileMatches));
  }

  /**
   * Whether some source entry's needed literals all occur in the unit (a cheap pre-check; patterns
   * without needs always may). An identifier-shaped literal must be a whole word of the unit.
   */
  private mayHaveSource(i: number): boolean {
    const unit = this.topLevel()[i];
    const { words } = this.unitsFacts()[i];
    const text = this.fileText().slice(unit.start, unit.end);
    return this.compiled.sourceNeeds.some((entry) => needsMet(entry, (literal) => occursIn(literal, words, [text])));
  }

  /** The config's sources in the group's units; sanitizers and propagators only when there is a source. */
  private facts(config: CompiledTaint, group: number[]): TaintFacts {
    const facts: TaintFacts = { sources: new Map(), sanitizers: new Set(), propagators: new Map() };
    for (const i of group) {
      for (const match of [...this.unitMatches(i, 'sources'), ...this.unitMatches(i, 'fileSources')]) {
        if (!config.ids.has(match.id)) continue;
        for (const n of match.captures.get('source') ?? []) facts.sources.set(n.id, match.description);
      }
    }
    if (facts.sources.size === 0) return facts;
    for (const i of group) {
      for (const match of this.unitMatches(i, 'flow')) {
        if (!config.ids.has(match.id)) continue;
        const { captures } = match;
        if (match.kind === 'sanitizer') for (const n of captures.get('sanitizer') ?? []) facts.sanitizers.add(n.id);
        else
          for (const to of captures.get('to') ?? [])
            facts.propagators.set(to.id, [...(facts.propagators.get(to.id) ?? []), ...(captures.get('from') ?? [])]);
      }
    }
    return facts;
  }
}

/** The facts as text: equal texts, equal analyses. */
function fingerprint(facts: TaintFacts): string {
  const sources = [...facts.sources].map(([id, description]) => `${id}:${description}`).sort();
  const sanitizers = [...facts.sanitizers].sort((a, b) => a - b);
  const propagators = [...facts.propagators].map(([to, from]) => `${to}<${from.map((n) => n.id).join(',')}`).sort();
  return `${sources.join(';')}|${sanitizers.join(',')}|${propagators.join(';')}`;
}

/** The body of a top-level class (also exported or decorated), whose members are units of their own. */
function classBody(node: Node): Node | undefined {
  let declaration: Node | null = node;
  if (node.type === 'export_statement') declaration = node.childForFieldName('declaration');
  else if (node.type === 'decorated_definition') declaration = node.childForFieldName('definition');
  if (!declaration || !CLASS_TYPES.has(declaration.type)) return undefined;
  const body = declaration.childForFieldName('body');
  return body && CLASS_BODIES.has(body.type) && body.namedChildCount > 0 ? body : undefined;
}

/** The index of the unit containing `offset` (binary search), or -1. */
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
