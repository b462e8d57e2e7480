import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeActionRequest } from 'vscode-languageserver-protocol';
import { fileUri, ServerProcess } from '../support/serverProcess';

/** Huge and minified files: skipped or cut short with a status the editor can show, never a hang. */
describe('language server: size limits and time budget', function () {
  this.timeout(60_000);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-limits-'));
  let server: ServerProcess;
  const statusOf = (uri: string) => server.statuses.filter((s) => s.uri === uri).pop();

  afterEach(async () => {
    await server?.stop();
  });
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('skips a file over vetted.maxFileSizeKb and says so', async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace, settings: { maxFileSizeKb: 1 } });
    const uri = fileUri(path.join(workspace, 'big.js'));
    server.open(uri, 'javascript', "const h = require('crypto').createHash('md5');\n".repeat(40), 1);
    assert.deepStrictEqual(await server.diagnostics(uri, 1), []);
    assert.deepStrictEqual([statusOf(uri)?.state, statusOf(uri)?.reason], ['skipped', 'larger than vetted.maxFileSizeKb (1 KB)']);
  });

  it('with minified files allowed, a 2 MB one-line bundle is skipped or cut short within the budget, and other files keep being answered', async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace, settings: { skipMinified: false, analysisTimeBudgetMs: 100 } });
    const bundleUri = fileUri(path.join(workspace, 'bundle.min.js'));
    const chunk = "function a(b){return require('crypto').createHash('md5').update(b).digest('hex')};var c=eval(d);";
    server.open(bundleUri, 'javascript', chunk.repeat(Math.ceil(2_000_000 / chunk.length)), 1);
    const otherUri = fileUri(path.join(workspace, 'small.js'));
    server.open(otherUri, 'javascript', "require('crypto').createHash('md5');", 1);
    assert.strictEqual((await server.diagnostics(otherUri, 1)).length, 1);
    await server.diagnostics(bundleUri, 1, 30_000);
    const status = statusOf(bundleUri);
    assert.ok(status && ['skipped', 'partial'].includes(status.state), `status ${JSON.stringify(status)}`);
    assert.match(status.reason ?? '', /vetted\.analysisTimeBudgetMs/);
    assert.ok(server.alive);
  });

  it('says so when a file is too large for data-flow rules in the editor, and still reports the other rules', async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace, settings: { analysisTimeBudgetMs: 30_000 } });
    const uri = fileUri(path.join(workspace, 'huge-handlers.js'));
    const filler = Array.from({ length: 20_000 }, (_, i) => `const value${i} = '${'a long string literal, few nodes '.repeat(2)}';`).join(
      '\n',
    );
    const handler =
      "app.get('/x', async (req, res) => {\n  const { url } = req.query;\n  await fetch(url);\n});\nrequire('crypto').createHash('md5');\n";
    server.open(uri, 'javascript', `${filler}\n${handler}`, 1);
    const diagnostics = await server.diagnostics(uri, 1, 60_000);
    assert.deepStrictEqual(
      diagnostics.map((d) => d.code),
      ['js.crypto.weak-hash'],
    );
    assert.deepStrictEqual(
      [statusOf(uri)?.state, statusOf(uri)?.reason],
      [
        'partial',
        'data-flow rules (SSRF, injection from request input…) are not run in the editor on files over 1,200,000 characters; `vetted scan` runs them',
      ],
    );
  });

  it('with more files open than trees kept, a file whose tree was released still gets code actions and correct findings after an edit', async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace });
    const uris = Array.from({ length: 10 }, (_, i) => fileUri(path.join(workspace, `many${i}.js`)));
    const text = "const digest = require('crypto').createHash('md5');\n";
    for (const uri of uris) {
      server.open(uri, 'javascript', text, 1);
      await server.diagnostics(uri, 1);
    }
    // The first file's tree is the least recently used: released. Ask for its fix, then edit it.
    const [first] = uris;
    const [diagnostic] = await server.diagnostics(first, 1);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: first },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as { title: string }[];
    assert.strictEqual(actions[0]?.title, 'Fix: Use SHA-256 (js.crypto.weak-hash)');
    server.change(first, 2, [
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        text: "const again = require('crypto').createHash('sha1');\n",
      },
    ]);
    assert.deepStrictEqual(
      (await server.diagnostics(first, 2)).map((d) => [d.code, d.range.start.line]),
      [
        ['js.crypto.weak-hash', 0],
        ['js.crypto.weak-hash', 1],
      ],
    );
  });

  it('applies edits that arrive while a large file is still being parsed (in slices) to its new tree', async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace, settings: { debounceMs: 0 } });
    const uri = fileUri(path.join(workspace, 'generated.js'));
    const body = Array.from({ length: 6000 }, (_, i) => `export function value${i}(input) {\n  return input * ${i} + 1;\n}\n`).join('');
    const text = body + "const digest = require('crypto').createHash('md5');\n";
    assert.ok(text.length > 300_000);
    server.open(uri, 'javascript', text, 1);
    // Sent at once: it reaches the server while the first parse is under way.
    server.change(uri, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'eval(req.query.code);\n' },
    ]);
    const lastLine = text.split('\n').length - 2;
    assert.deepStrictEqual(
      (await server.diagnostics(uri, 2, 30_000)).map((d) => [d.code, d.range.start.line]),
      [
        ['js.injection.eval', 0],
        ['js.crypto.weak-hash', lastLine + 1],
      ],
    );
  });

  it('keeps findings right through edits to a large file (only the changed statement is analysed again)', async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace });
    const uri = fileUri(path.join(workspace, 'large.js'));
    const block = (i: number) =>
      `function handler${i}(req, res) {\n  const total = req.body.items.length * ${i};\n  res.json({ total });\n}\n`;
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) lines.push(block(i));
    lines.splice(700, 0, "const digest = require('crypto').createHash('md5');\n");
    const text = lines.join('');
    server.open(uri, 'javascript', text, 1);
    const first = await server.diagnostics(uri, 1);
    const mdLine = text.slice(0, text.indexOf("createHash('md5')")).split('\n').length - 1;
    assert.deepStrictEqual(
      first.map((d) => [d.code, d.range.start.line]),
      [['js.crypto.weak-hash', mdLine]],
    );
    // Insert a line near the top: the finding far below moves down one line.
    server.change(uri, 2, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '  eval(req.query.code);\n' },
    ]);
    const second = await server.diagnostics(uri, 2);
    assert.deepStrictEqual(
      second.map((d) => [d.code, d.range.start.line]),
      [
        ['js.injection.eval', 1],
        ['js.crypto.weak-hash', mdLine + 1],
      ],
    );
    // Delete it again, then fix the md5 line: everything follows.
    server.change(uri, 3, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }]);
    server.change(uri, 4, [{ range: { start: { line: mdLine, character: 43 }, end: { line: mdLine, character: 46 } }, text: 'sha256' }]);
    assert.deepStrictEqual(await server.diagnostics(uri, 4), []);
    assert.strictEqual(statusOf(uri)?.state, 'analysed');
  });
});
