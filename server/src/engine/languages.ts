/**
 * The languages Vetted analyses, and how each maps onto a tree-sitter grammar, file extensions,
 * VS Code language ids and comment syntax. Rules name a *rule language* (`javascript`, `typescript`,
 * `python`); one rule language may need several grammars (TypeScript rules run on `.ts` and `.tsx`).
 */

export type GrammarName = 'javascript' | 'typescript' | 'tsx' | 'python';
export type RuleLanguage = 'javascript' | 'typescript' | 'python';

export interface GrammarInfo {
  name: GrammarName;
  wasmFile: string;
  extensions: string[];
  languageIds: string[];
  lineComment: string;
  /** Node types that are literal values whose text never depends on runtime input. */
  literalTypes: string[];
  /**
   * Node types whose children are statements: after an edit, the statement (child of one of
   * these) around the change is the unit that is analysed again.
   */
  statementContainers: string[];
}

export const GRAMMARS: Record<GrammarName, GrammarInfo> = {
  javascript: {
    name: 'javascript',
    wasmFile: 'tree-sitter-javascript.wasm',
    extensions: ['.js', '.jsx', '.mjs', '.cjs'],
    languageIds: ['javascript', 'javascriptreact'],
    lineComment: '//',
    literalTypes: ['string', 'number', 'true', 'false', 'null', 'undefined', 'regex'],
    statementContainers: ['program', 'statement_block', 'class_body', 'switch_case', 'switch_default'],
  },
  typescript: {
    name: 'typescript',
    wasmFile: 'tree-sitter-typescript.wasm',
    extensions: ['.ts', '.mts', '.cts'],
    languageIds: ['typescript'],
    lineComment: '//',
    literalTypes: ['string', 'number', 'true', 'false', 'null', 'undefined', 'regex'],
    statementContainers: ['program', 'statement_block', 'class_body', 'switch_case', 'switch_default'],
  },
  tsx: {
    name: 'tsx',
    wasmFile: 'tree-sitter-tsx.wasm',
    extensions: ['.tsx'],
    languageIds: ['typescriptreact'],
    lineComment: '//',
    literalTypes: ['string', 'number', 'true', 'false', 'null', 'undefined', 'regex'],
    statementContainers: ['program', 'statement_block', 'class_body', 'switch_case', 'switch_default'],
  },
  python: {
    name: 'python',
    wasmFile: 'tree-sitter-python.wasm',
    extensions: ['.py', '.pyw'],
    languageIds: ['python'],
    lineComment: '#',
    literalTypes: ['string', 'integer', 'float', 'true', 'false', 'none', 'concatenated_string'],
    statementContainers: ['module', 'block'],
  },
};

/** Which grammars a rule written for a rule language runs on. JavaScript rules also run on TypeScript. */
export function grammarsForRuleLanguage(language: RuleLanguage): GrammarName[] {
  switch (language) {
    case 'javascript':
      return ['javascript', 'typescript', 'tsx'];
    case 'typescript':
      return ['typescript', 'tsx'];
    case 'python':
      return ['python'];
  }
}

export function grammarForPath(filePath: string): GrammarName | undefined {
  const lower = filePath.toLowerCase();
  for (const info of Object.values(GRAMMARS)) {
    if (info.extensions.some((ext) => lower.endsWith(ext))) return info.name;
  }
  return undefined;
}

export function grammarForLanguageId(languageId: string): GrammarName | undefined {
  return Object.values(GRAMMARS).find((info) => info.languageIds.includes(languageId))?.name;
}

export const ALL_SOURCE_EXTENSIONS = Object.values(GRAMMARS).flatMap((g) => g.extensions);

/**
 * The VS Code language ids Vetted analyses: the extension's document selector is made of them, and
 * package.json's `onLanguage:` activation events must name exactly these (a test checks).
 */
export const VSCODE_LANGUAGE_IDS = Object.values(GRAMMARS).flatMap((g) => g.languageIds);
