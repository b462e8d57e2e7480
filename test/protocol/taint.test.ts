import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeAction, CodeActionRequest, Hover, HoverRequest, MarkupContent } from 'vscode-languageserver-protocol';
import { COMMANDS } from '../../server/src/commandTable';
import { ExplainRequest } from '../../server/src/protocol';
import { fileUri, ServerProcess } from '../support/serverProcess';

/** Taint findings from the built server: on the sink, with the path as related information. */
describe('language server: taint findings show their path', function () {
  this.timeout(30_000);
  let server: ServerProcess;
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-taint-ws-'));
  const uri = fileUri(path.join(workspace, 'src', 'preview.js'));
  const text = [
    "app.get('/preview', async (req, res) => {",
    '  const { url } = req.query;',
    '  const target = url.trim();',
    '  const response = await fetch(target);',
    '  res.json({ status: response.status });',
    '});',
    '',
  ].join('\n');

  before(async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('puts the diagnostic on the sink and lists source and steps as relatedInformation', async () => {
    server.open(uri, 'javascript', text, 1);
    const [d, ...rest] = await server.diagnostics(uri, 1);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(d.code, 'js.injection.ssrf');
    assert.deepStrictEqual(d.range, { start: { line: 3, character: 25 }, end: { line: 3, character: 38 } });
    assert.deepStrictEqual(
      d.relatedInformation!.map((r) => ({ uri: r.location.uri, start: r.location.range.start, message: r.message })),
      [
        { uri, start: { line: 1, character: 18 }, message: '1. `req.query` is request input (Express, Fastify, Next.js pages API)' },
        { uri, start: { line: 1, character: 10 }, message: '2. `url` comes from `req.query` (line 2)' },
        { uri, start: { line: 2, character: 8 }, message: '3. `target` comes from `url` (line 2)' },
      ],
    );
  });

  it('shows the steps in the hover and in Explain for that finding', async () => {
    const hover = (await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 3, character: 30 },
    })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(
      value,
      /\*\*How untrusted input gets here\*\*\n\n1\. line 2: `req\.query` is request input[^\n]*\n2\. line 2: `url` comes from `req\.query` \(line 2\)\n3\. line 3: `target` comes from `url` \(line 2\)\n4\. line 4: reaches the sink/,
    );
    const [diagnostic] = await server.diagnostics(uri, 1);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const explain = actions.find((a) => a.command?.command === COMMANDS.explain.id)!;
    const [ruleId, docUri, position] = explain.command!.arguments as [string, string, { line: number; character: number }];
    const result = (await server.connection.sendRequest(ExplainRequest, { ruleId, uri: docUri, position })) as { markdown: string };
    assert.match(result.markdown, /^\*\*How untrusted input gets here\*\*\n\n1\. line 2: `req\.query`/);
  });

  it('drops the finding when an edit elsewhere in the handler makes the value constant', async () => {
    server.change(uri, 2, [
      { range: { start: { line: 1, character: 18 }, end: { line: 1, character: 27 } }, text: "{ url: 'https://example.com' }" },
    ]);
    assert.deepStrictEqual(await server.diagnostics(uri, 2), []);
  });
});
