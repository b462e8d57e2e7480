import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol';
import { fileUri, ServerProcess } from '../support/serverProcess';

/**
 * Workspace Trust fails closed: the server loads a workspace's own rules only when the client says
 * `workspaceTrusted: true`, in every settings message. Any other LSP client, or a message that
 * leaves it out or sends something else, gets the bundled rules only.
 */
describe('language server: workspace trust fails closed', function () {
  this.timeout(30_000);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-trust-ws-'));
  const rulesDir = path.join(workspace, '.vetted', 'rules');
  fs.mkdirSync(rulesDir, { recursive: true });
  fs.writeFileSync(
    path.join(rulesDir, 'no-debugger.yaml'),
    [
      'id: custom.quality.no-debugger',
      'title: Debugger statement left in code',
      'severity: low',
      'confidence: high',
      'languages: [javascript]',
      'cwe: [489]',
      'owasp: A05:2021-Security Misconfiguration',
      'message: "A debugger statement pauses every user who has dev tools open."',
      'query: "(debugger_statement) @finding"',
      'explanation: "Remove debugger statements before shipping."',
      'references: ["https://cwe.mitre.org/data/definitions/489.html"]',
      '',
    ].join('\n'),
  );
  const docUri = fileUri(path.join(workspace, 'main.js'));
  const source = "debugger;\nrequire('crypto').createHash('md5');\n";
  const WORKSPACE_RULE = 'custom.quality.no-debugger';
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  async function codesOnOpen(server: ServerProcess): Promise<string[]> {
    server.open(docUri, 'javascript', source, 1);
    return (await server.diagnostics(docUri, 1)).map((d) => String(d.code)).sort();
  }

  const badShapes: [string, unknown][] = [
    ['no initializationOptions at all', null],
    ['settings without workspaceTrusted', { settings: { debounceMs: 20 } }],
    ['workspaceTrusted as the string "true"', { settings: { debounceMs: 20, workspaceTrusted: 'true' } }],
    ['workspaceTrusted as 1', { settings: { debounceMs: 20, workspaceTrusted: 1 } }],
    ['settings that are not an object', { settings: 'workspaceTrusted=true' }],
  ];
  for (const [name, initializationOptions] of badShapes) {
    it(`does not load workspace rules with ${name}`, async () => {
      const server = await ServerProcess.start({ workspaceFolder: workspace, initializationOptions });
      try {
        assert.deepStrictEqual(await codesOnOpen(server), ['js.crypto.weak-hash']);
      } finally {
        await server.stop();
      }
    });
  }

  it('loads them with an explicit true, and drops them when a later change leaves it out or sends a non-boolean', async () => {
    const server = await ServerProcess.start({ workspaceFolder: workspace, settings: { workspaceTrusted: true } });
    try {
      assert.deepStrictEqual(await codesOnOpen(server), [WORKSPACE_RULE, 'js.crypto.weak-hash']);
      const lastCodes = () => {
        const all = server.publishedFor(docUri);
        return all[all.length - 1].diagnostics
          .map((d) => String(d.code))
          .sort()
          .join();
      };
      const change = async (vetted: object, expected: string[]) => {
        const before = server.publishedFor(docUri).length;
        void server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { vetted } });
        await waitFor(() => server.publishedFor(docUri).length > before && lastCodes() === expected.join());
      };
      await change({ debounceMs: 20 }, ['js.crypto.weak-hash']);
      await change({ debounceMs: 20, workspaceTrusted: true }, [WORKSPACE_RULE, 'js.crypto.weak-hash']);
      await change({ debounceMs: 20, workspaceTrusted: 'yes' }, ['js.crypto.weak-hash']);
    } finally {
      await server.stop();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
