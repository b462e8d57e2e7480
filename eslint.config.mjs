// Lint for the project's own sources. The benchmark's ESLint comparison writes its own config into a
// temporary folder and passes it with --config, so nothing here changes what that run measures.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Boundaries between the parts (test/unit/projectBoundaries.test.ts proves each one fires). Shared code
// lives under server/src; the client (VS Code) and the CLI use it and never each other; the engine, the
// provenance model and the CLI know nothing of LSP or the editor protocol, so the CLI runs them without
// a language server; the tables of settings and commands import no package, so the CLI can read them.
// Imports are relative, so "climbs out to the folder X" is `^(../)+X/`.
const climbingTo = (folders, within = '') => `^(\\.\\./)+${within}(${folders.join('|')})(/|$)`;
const NO_CLI = { regex: climbingTo(['cli']), message: 'The CLI is an entry point: shared code belongs under server/src.' };
const NO_CLIENT = { regex: climbingTo(['client']), message: 'The client is an entry point: shared code belongs under server/src.' };
const NO_VSCODE = { regex: '^vscode(-languageclient)?(/|$)', message: 'Only the client runs inside VS Code.' };
const NO_LSP_PACKAGES = {
  regex: '^vscode-(languageserver|jsonrpc)',
  message: 'The engine, the provenance model and the CLI know nothing of LSP or the editor protocol.',
};
const noServerParts = (within) => ({
  regex: climbingTo(['lsp', 'server', 'protocol'], within),
  message: 'The engine, the provenance model and the CLI know nothing of the language server or the editor protocol.',
});
const NO_PACKAGES = {
  regex: '^[^.]',
  message: 'The tables of settings and commands import no package (the CLI reads the settings table).',
};

/** Flat config replaces a rule's options per matching block, so each folder lists all of its restrictions. */
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, caseSensitive: true })) }],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      // Deliberately insecure sample code, and fixtures whose exact bytes the tests read.
      'rules/**',
      'examples/**',
      'test/fixtures/**',
      // The end-to-end harness and its extensions run inside editors with their own dependencies.
      'test/e2e/**',
      'bench/results/**',
      'scratch/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `const { dropped, ...kept } = value` is how the code omits properties.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // One destructuring statement may bind some names that are reassigned and some that are not.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs', 'bin/**/*.js', 'test/support/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  { files: ['client/src/**'], rules: restrict(NO_CLI) },
  { files: ['cli/src/**'], rules: restrict(NO_CLIENT, NO_VSCODE, NO_LSP_PACKAGES, noServerParts('server/src/')) },
  { files: ['server/src/**'], rules: restrict(NO_CLI, NO_CLIENT, NO_VSCODE) },
  // The rule tests run in the CLI: they share the engine's limits.
  {
    files: ['server/src/engine/**', 'server/src/provenance/**', 'server/src/ruleTesting/**'],
    rules: restrict(NO_CLI, NO_CLIENT, NO_VSCODE, NO_LSP_PACKAGES, noServerParts('')),
  },
  { files: ['server/src/settingTable.ts', 'server/src/commandTable.ts'], rules: restrict(NO_CLI, NO_CLIENT, NO_PACKAGES) },
);
