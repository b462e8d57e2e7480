import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ESLint, Linter } from 'eslint';
import { VERSION } from '../../server/src/version';

const ROOT = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * What `no-restricted-imports` in eslint.config.mjs reports for `specifier` imported from `file`
 * (`npm run lint` holds the real imports to the same config). The rule's options are the ones the
 * project config gives that path; the probe is parsed as plain JavaScript, which import lines are.
 */
async function restrictedImport(file: string, specifier: string): Promise<string[]> {
  const options = ((await eslint.calculateConfigForFile(path.join(ROOT, file))) as Linter.Config).rules?.['no-restricted-imports'];
  if (!options) return [`${file} has no import restrictions`];
  const probe = `import '${specifier}';\nimport * as probed from '${specifier}';\nexport { probed };\n`;
  return new Linter().verify(probe, [{ rules: { 'no-restricted-imports': options } }], 'probe.mjs').map((m) => m.message);
}

/**
 * The direction of dependencies: shared code (engine, provenance model, protocol) lives under
 * server/src; the extension (client) and the CLI use it and never each other; the engine, the
 * provenance model and the CLI know nothing of LSP or the editor protocol; the tables of settings
 * and commands import no package. Each crossing is reported (twice: the side-effect import and
 * the namespace import), each allowed direction is not.
 */
describe('project boundaries', () => {
  const CLI = 'The CLI is an entry point: shared code belongs under server/src.';
  const CLIENT = 'The client is an entry point: shared code belongs under server/src.';
  const VSCODE = 'Only the client runs inside VS Code.';
  const LSP = 'The engine, the provenance model and the CLI know nothing of LSP or the editor protocol.';
  const SERVER = 'The engine, the provenance model and the CLI know nothing of the language server or the editor protocol.';
  const PACKAGE = 'The tables of settings and commands import no package (the CLI reads the settings table).';

  /** Asserts the lint's messages for the import, none when `reason` is undefined. */
  async function assertBoundary(file: string, specifier: string, reason: string | undefined): Promise<void> {
    const expected = reason ? `'${specifier}' import is restricted from being used by a pattern. ${reason}` : undefined;
    assert.deepStrictEqual(await restrictedImport(file, specifier), expected ? [expected, expected] : [], `${file} importing ${specifier}`);
  }

  it('the client and the CLI never import each other', async () => {
    await assertBoundary('client/src/extension.ts', '../../cli/src/main', CLI);
    await assertBoundary('client/src/provenance/provenanceTracker.ts', '../../../cli/src/scan', CLI);
    await assertBoundary('client/src/extension.ts', '../../server/src/protocol', undefined);
    await assertBoundary('cli/src/main.ts', '../../client/src/extension', CLIENT);
    await assertBoundary('cli/src/formats/sarif.ts', '../../../client/src/statusBar', CLIENT);
    await assertBoundary('cli/src/main.ts', 'vscode', VSCODE);
    await assertBoundary('cli/src/main.ts', 'vscode-languageclient/node', VSCODE);
    await assertBoundary('cli/src/main.ts', '../../server/src/engine/engine', undefined);
  });

  it('the server imports neither the client, the CLI nor VS Code', async () => {
    await assertBoundary('server/src/server.ts', '../../cli/src/main', CLI);
    await assertBoundary('server/src/lsp/vettedServer.ts', '../../../client/src/extension', CLIENT);
    await assertBoundary('server/src/lsp/vettedServer.ts', 'vscode', VSCODE);
    await assertBoundary('server/src/lsp/vettedServer.ts', 'vscode-languageclient', VSCODE);
    await assertBoundary('server/src/lsp/vettedServer.ts', 'vscode-languageserver/node', undefined);
    await assertBoundary('server/src/lsp/vettedServer.ts', '../engine/engine', undefined);
  });

  it('the engine, the provenance model, the rule tests and the CLI know nothing of LSP or the editor protocol', async () => {
    await assertBoundary('server/src/engine/analyzer.ts', 'vscode-languageserver/node', LSP);
    await assertBoundary('server/src/engine/analyzer.ts', 'vscode-languageserver-textdocument', LSP);
    await assertBoundary('server/src/engine/dataflow/taintAnalysis.ts', 'vscode-jsonrpc', LSP);
    await assertBoundary('server/src/provenance/export.ts', 'vscode-languageserver-protocol', LSP);
    await assertBoundary('server/src/ruleTesting/ruleTests.ts', 'vscode-languageserver/node', LSP);
    await assertBoundary('server/src/ruleTesting/ruleTests.ts', '../protocol', SERVER);
    await assertBoundary('cli/src/main.ts', 'vscode-jsonrpc', LSP);
    await assertBoundary('cli/src/formats/sarif.ts', 'vscode-languageserver-types', LSP);
    await assertBoundary('server/src/engine/analyzer.ts', '../lsp/settings', SERVER);
    await assertBoundary('server/src/engine/analyzer.ts', '../protocol', SERVER);
    await assertBoundary('server/src/engine/dataflow/taintAnalysis.ts', '../../server', SERVER);
    await assertBoundary('server/src/provenance/export.ts', '../lsp/provenanceTagger', SERVER);
    await assertBoundary('cli/src/main.ts', '../../server/src/protocol', SERVER);
    await assertBoundary('cli/src/provenance/agentTrace.ts', '../../../server/src/lsp/settings', SERVER);
    await assertBoundary('cli/src/main.ts', '../../server/src/server', SERVER);
    await assertBoundary('server/src/provenance/export.ts', '../../../client/src/extension', CLIENT);
    await assertBoundary('server/src/provenance/export.ts', 'vscode', VSCODE);
    await assertBoundary('server/src/engine/analyzer.ts', './finding', undefined);
    await assertBoundary('server/src/engine/analyzer.ts', '../settingTable', undefined);
    await assertBoundary('cli/src/main.ts', '../../server/src/settingTable', undefined);
  });

  it('the tables of settings and commands import no package (the CLI reads the settings table)', async () => {
    await assertBoundary('server/src/settingTable.ts', 'vscode-languageserver', PACKAGE);
    await assertBoundary('server/src/commandTable.ts', 'ajv', PACKAGE);
    await assertBoundary('server/src/commandTable.ts', '../../cli/src/main', CLI);
    await assertBoundary('server/src/settingTable.ts', './engine/finding', undefined);
  });

  it("the version stamped into reports is package.json's", () => {
    assert.strictEqual(VERSION, manifest.version);
  });
});
