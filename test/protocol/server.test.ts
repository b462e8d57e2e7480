import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CodeAction,
  CodeActionRequest,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  Hover,
  HoverRequest,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { COMMANDS } from '../../server/src/commandTable';
import { ExplainRequest } from '../../server/src/protocol';
import { diagnosticText } from '../support/diagnosticText';
import { applyLspEdits } from '../support/lspEdits';
import { fileUri, ServerProcess } from '../support/serverProcess';

/** The built server as a real process over stdio, driven as an editor drives it. */
describe('language server (real process over stdio)', function () {
  this.timeout(30_000);
  let server: ServerProcess;
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-ws-'));
  const uri = fileUri(path.join(workspace, 'src', 'hash.js'));
  const text = [
    "const crypto = require('crypto');",
    '',
    'function fingerprint(data) {',
    "  return crypto.createHash('md5').update(data).digest('hex');",
    '}',
    '',
  ].join('\n');

  before(async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes a diagnostic for an insecure line on open', async () => {
    server.open(uri, 'javascript', text, 1);
    const diagnostics = await server.diagnostics(uri, 1);
    assert.strictEqual(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.strictEqual(d.source, 'vetted');
    assert.strictEqual(d.code, 'js.crypto.weak-hash');
    assert.strictEqual(d.severity, 2, 'medium maps to Warning');
    assert.deepStrictEqual(d.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 33 } });
    assert.match(diagnosticText(d), /^'md5' is a broken hash/);
    assert.match(String(d.codeDescription!.href), /docs\/rules\/js\.crypto\.weak-hash\.md$/);
  });

  it('shows the rule explanation on hover over the finding', async () => {
    const hover = (await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 3, character: 20 },
    })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /### Weak hash algorithm \(MD5 or SHA-1\)/);
    assert.match(value, /CWE-328/);
    assert.match(value, /How to fix/);
    const nothing = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.strictEqual(nothing, null);
  });

  it('offers the quick fix, Explain and Ignore as code actions', async () => {
    const [diagnostic] = await server.diagnostics(uri, 1);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    assert.deepStrictEqual(
      actions.map((a) => a.title),
      ['Fix: Use SHA-256 (js.crypto.weak-hash)', 'Explain js.crypto.weak-hash', 'Ignore js.crypto.weak-hash on this line'],
    );
    const fix = actions[0];
    assert.strictEqual(fix.isPreferred, true);
    const edits = (fix.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    assert.strictEqual(applyLspEdits(text, edits), text.replace("'md5'", "'sha256'"));
    assert.deepStrictEqual(actions[1].command, {
      title: 'Explain js.crypto.weak-hash',
      command: COMMANDS.explain.id,
      arguments: ['js.crypto.weak-hash'],
    });
    const ignoreEdits = (actions[2].edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    assert.strictEqual(
      applyLspEdits(text, ignoreEdits).split('\n')[3],
      '  // vetted-ignore js.crypto.weak-hash -- TODO: explain why this is safe',
    );
  });

  it('re-analyses after an incremental edit and publishes for the new version', async () => {
    // Apply the fix as the editor would: replace 'md5' (line 3, chars 27-32) with 'sha256'.
    server.change(uri, 2, [{ range: { start: { line: 3, character: 28 }, end: { line: 3, character: 31 } }, text: 'sha256' }]);
    assert.deepStrictEqual(await server.diagnostics(uri, 2), []);
    // Type a new insecure line: a finding appears without saving.
    server.change(uri, 3, [
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: "const legacy = crypto.createHash('sha1');\n" },
    ]);
    const diagnostics = await server.diagnostics(uri, 3);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['js.crypto.weak-hash', 5, 15]],
    );
  });

  it('honours a suppression comment inserted by "Ignore on this line"', async () => {
    server.change(uri, 4, [
      {
        range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
        text: '// vetted-ignore js.crypto.weak-hash -- legacy ETag, not security\n',
      },
    ]);
    assert.deepStrictEqual(await server.diagnostics(uri, 4), []);
  });

  it('debounces a burst of keystrokes into one analysis of the latest version', async () => {
    const burstUri = fileUri(path.join(workspace, 'burst.js'));
    server.open(burstUri, 'javascript', '', 1);
    await server.diagnostics(burstUri, 1);
    const line = "const h = require('crypto').createHash('md5');";
    for (let i = 0; i < line.length; i++) {
      server.change(burstUri, i + 2, [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: line[i] }]);
    }
    const last = line.length + 1;
    const diagnostics = await server.diagnostics(burstUri, last);
    assert.deepStrictEqual(
      diagnostics.map((d) => d.code),
      ['js.crypto.weak-hash'],
    );
    const versions = server.publishedFor(burstUri).map((p) => p.version);
    assert.ok(versions.length <= 3, `expected the burst to be analysed once or twice, got versions ${versions.join(',')}`);
  });

  it('analyses Python and half-typed code with syntax errors', async () => {
    const pyUri = fileUri(path.join(workspace, 'app.py'));
    const source = [
      'import subprocess',
      '',
      'def run(cmd):',
      '    subprocess.run(f"sh {cmd}", shell=True)',
      '',
      'def broken(:',
      '    if x',
      '',
    ].join('\n');
    server.open(pyUri, 'python', source, 1);
    const diagnostics = await server.diagnostics(pyUri, 1);
    assert.deepStrictEqual(
      diagnostics.map((d: Diagnostic) => [d.code, d.range.start.line]),
      [['py.injection.subprocess-shell', 3]],
    );
  });

  it('answers vetted/explain with the rule explanation', async () => {
    const result = (await server.connection.sendRequest(ExplainRequest, { ruleId: 'py.injection.subprocess-shell' })) as {
      title: string;
      markdown: string;
    };
    assert.match(result.title, /^py\.injection\.subprocess-shell: /);
    assert.match(result.markdown, /shlex\.quote/);
    assert.strictEqual(await server.connection.sendRequest(ExplainRequest, { ruleId: 'no.such.rule' }), null);
  });

  it('skips binary and oversized files without crashing and keeps serving others', async () => {
    const binUri = fileUri(path.join(workspace, 'blob.js'));
    server.open(binUri, 'javascript', 'eval(x)\u0000\u0001\u0002'.repeat(10), 1);
    assert.deepStrictEqual(await server.diagnostics(binUri, 1), []);
    const bigUri = fileUri(path.join(workspace, 'bundle.min.js'));
    server.open(bigUri, 'javascript', "var a=require('crypto').createHash('md5');".repeat(30_000), 1);
    assert.deepStrictEqual(await server.diagnostics(bigUri, 1), []);
    assert.ok(server.alive);
    const statusOf = (u: string) => server.statuses.filter((s) => s.uri === u).pop();
    assert.deepStrictEqual([statusOf(binUri)?.state, statusOf(binUri)?.reason], ['skipped', 'looks binary (contains NUL characters)']);
    assert.strictEqual(statusOf(bigUri)?.state, 'skipped');
    assert.match(statusOf(bigUri)?.reason ?? '', /looks minified or generated/);
    const okUri = fileUri(path.join(workspace, 'after.js'));
    server.open(okUri, 'javascript', "require('crypto').createHash('md5');", 1);
    assert.strictEqual((await server.diagnostics(okUri, 1)).length, 1);
  });

  it('clears diagnostics when a document closes', async () => {
    void server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await waitFor(() => {
      const all = server.publishedFor(uri);
      return all.length > 0 && all[all.length - 1].version === undefined && all[all.length - 1].diagnostics.length === 0;
    });
  });
});

describe('language server: custom rules and workspace trust', function () {
  this.timeout(30_000);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-rules-ws-'));
  const rulesDir = path.join(workspace, '.vetted', 'rules');
  const brokenRule = path.join(rulesDir, 'broken.yaml');
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
      'explanation: "Remove debugger statements before shipping; they leak internals and pause execution."',
      'references: ["https://cwe.mitre.org/data/definitions/489.html"]',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(brokenRule, ['id: custom.broken', 'title: Broken rule', 'severity: urgent', ''].join('\n'));
  const docUri = fileUri(path.join(workspace, 'main.js'));
  const source = "debugger;\nrequire('crypto').createHash('md5');\n";
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('loads workspace rules when trusted and reports a broken rule file with its line', async () => {
    const server = await ServerProcess.start({ workspaceFolder: workspace, settings: { workspaceTrusted: true } });
    try {
      server.open(docUri, 'javascript', source, 1);
      const diagnostics = await server.diagnostics(docUri, 1);
      assert.deepStrictEqual(diagnostics.map((d) => d.code).sort(), ['custom.quality.no-debugger', 'js.crypto.weak-hash']);
      const ruleErrors = await server.diagnostics(fileUri(brokenRule));
      assert.ok(ruleErrors.length > 0);
      assert.ok(
        ruleErrors.some((d) => d.range.start.line === 2 && /severity/.test(diagnosticText(d))),
        `expected an error on line 3 about 'severity', got ${JSON.stringify(ruleErrors)}`,
      );
      await waitFor(() => server.messages.some((m) => /problem\(s\) in custom rules/.test(m.message)));
    } finally {
      await server.stop();
    }
  });

  it('does not load workspace rules in an untrusted workspace', async () => {
    const server = await ServerProcess.start({ workspaceFolder: workspace, settings: { workspaceTrusted: false } });
    try {
      server.open(docUri, 'javascript', source, 1);
      const diagnostics = await server.diagnostics(docUri, 1);
      assert.deepStrictEqual(
        diagnostics.map((d) => d.code),
        ['js.crypto.weak-hash'],
      );
    } finally {
      await server.stop();
    }
  });

  it('applies minimum severity and disabled rules from settings', async () => {
    const server = await ServerProcess.start({
      workspaceFolder: workspace,
      settings: { workspaceTrusted: true, minimumSeverity: 'medium' },
    });
    try {
      server.open(docUri, 'javascript', source, 1);
      assert.deepStrictEqual(
        (await server.diagnostics(docUri, 1)).map((d) => d.code),
        ['js.crypto.weak-hash'],
      );
      void server.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { vetted: { workspaceTrusted: true, disabledRules: ['js.crypto.weak-hash'], debounceMs: 20 } },
      });
      await waitFor(() => {
        const all = server.publishedFor(docUri);
        const last = all[all.length - 1];
        return all.length > 1 && last.diagnostics.map((d) => String(d.code)).join() === 'custom.quality.no-debugger';
      });
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
