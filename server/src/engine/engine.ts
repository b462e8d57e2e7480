import * as fs from 'fs';
import * as path from 'path';
import type { Parser, Tree } from 'web-tree-sitter';
import { AnalysisOptions, AnalysisResult, Analyzer } from './analyzer';
import { GrammarLoader } from './grammarLoader';
import type { GrammarName } from './languages';
import { RuleLoadError, RuleLoader, RuleSource } from './ruleLoader';
import { RuleSet } from './ruleSet';

/**
 * The analysis engine shared by the language server, the CLI and the tests: rules loaded once,
 * grammars and rule queries compiled lazily, one parser per grammar.
 */
export class VettedEngine {
  readonly ruleSet: RuleSet;
  readonly analyzer: Analyzer;
  private readonly parsers = new Map<GrammarName, Promise<Parser>>();

  private constructor(
    readonly grammars: GrammarLoader,
    ruleSet: RuleSet,
    /** Problems found while loading rule files (compile errors are added as grammars compile). */
    readonly loadErrors: RuleLoadError[],
    /** Where the rules came from (another engine, e.g. in a worker thread, loads the same). */
    readonly ruleSources: RuleSource[],
  ) {
    this.ruleSet = ruleSet;
    this.analyzer = new Analyzer(ruleSet);
  }

  static create(options: { ruleSources?: RuleSource[]; grammars?: GrammarLoader } = {}): VettedEngine {
    const sources = options.ruleSources ?? [{ directory: bundledRulesDirectory(), bundled: true }];
    const { rules, errors, taintSets } = new RuleLoader().load(sources);
    const grammars = options.grammars ?? new GrammarLoader();
    return new VettedEngine(grammars, new RuleSet(rules, grammars, taintSets), errors, sources);
  }

  /** Load errors plus query compile errors of every grammar (compiles all grammars). */
  async allErrors(): Promise<RuleLoadError[]> {
    const compileErrors = await this.ruleSet.compileAll();
    return [...this.loadErrors, ...compileErrors];
  }

  /** Load errors plus query errors of the rules from the user's folders (fast: each rule's query alone). */
  async customRuleErrors(): Promise<RuleLoadError[]> {
    const queryErrors = await this.ruleSet.checkCustomQueries();
    return [...this.loadErrors, ...queryErrors];
  }

  parser(grammar: GrammarName): Promise<Parser> {
    let parser = this.parsers.get(grammar);
    if (!parser) {
      parser = this.grammars.parser(grammar);
      this.parsers.set(grammar, parser);
    }
    return parser;
  }

  async parse(grammar: GrammarName, text: string): Promise<Tree> {
    const tree = (await this.parser(grammar)).parse(text);
    if (!tree) throw new Error('parser returned no tree');
    return tree;
  }

  /** Parses and analyses a whole text once (the CLI's path); the tree is freed afterwards. */
  async analyzeText(text: string, grammar: GrammarName, options: AnalysisOptions = {}): Promise<AnalysisResult> {
    const tree = await this.parse(grammar, text);
    try {
      return await this.analyzer.analyze(tree, grammar, text, options);
    } finally {
      tree.delete();
    }
  }
}

/** The rules shipped with Vetted: `rules/` beside the bundle, or the repository's `rules/` from source. */
export function bundledRulesDirectory(): string {
  const candidates = [path.join(__dirname, 'rules'), path.resolve(__dirname, '..', '..', '..', 'rules')];
  return candidates.find((dir) => fs.existsSync(dir)) ?? candidates[0];
}
