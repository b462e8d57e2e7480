import * as assert from 'assert';
import {
  CodeActionRequest,
  Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
} from 'vscode-languageserver-protocol';
import { ExplainRequest } from '../../server/src/protocol';
import type { GrammarName } from '../../server/src/engine/languages';
import type { ServerProcess } from '../support/serverProcess';
import { GRAMMARS } from './editCases';
import { positionAt, Random } from './random';
import { randomEdit, startingText } from './sources';

const LANGUAGE_ID: Record<GrammarName, string> = {
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'typescriptreact',
  python: 'python',
};
const EXTENSION: Record<GrammarName, string> = { javascript: 'js', typescript: 'ts', tsx: 'tsx', python: 'py' };
/** JSON-RPC "internal error": what a request that threw a TypeError in the server answers. */
const INTERNAL_ERROR = -32603;
/** A method the server does not know: it must answer "method not found", nothing worse. */
const NO_SUCH_REQUEST = { method: 'vetted/noSuchRequest' };

const JUNK: unknown[] = [
  null,
  undefined,
  -1,
  1.5,
  'a',
  {},
  [],
  { line: -1, character: 0 },
  { line: 0 },
  { line: 'x', character: null },
  { line: 2 ** 40, character: 2 ** 40 },
];

const summary = (diagnostics: Diagnostic[]) =>
  diagnostics
    .map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .join(' ');

/** A request that may fail as "not found" or "invalid params", but never with an internal error. */
async function expectNoInternalError(server: ServerProcess, type: { method: string }, params: unknown): Promise<void> {
  try {
    await server.requestUnchecked(type, params);
  } catch (error) {
    const code = (error as { code?: number }).code;
    assert.notStrictEqual(
      code,
      INTERNAL_ERROR,
      `${type.method} ${JSON.stringify(params)} failed inside the server: ${(error as Error).message}`,
    );
  }
}

/** A `didChange` the server must reject (and then wait for the whole text). */
function invalidChange(random: Random): object {
  const p = () => ({ line: random.int(0, 5), character: random.int(0, 5) });
  return random.pick([
    { range: { start: { line: -1, character: 0 }, end: { line: -1, character: 0 } }, text: 'x' },
    { range: { start: { line: 0, character: -4 }, end: p() }, text: '' },
    { range: { start: { line: 3, character: 0 }, end: { line: 1, character: 0 } }, text: 'y' },
    { range: { start: { line: 0.5, character: 0 }, end: p() }, text: 'z' },
    { range: { start: p(), end: p() } },
    { range: { start: null, end: p() }, text: '' },
  ]);
}

/**
 * One session against the real server over stdio: a document edited at random, with malformed
 * requests and invalid changes mixed in (after an invalid change the client resends the whole
 * text, as a client that noticed would). At the end the server must still answer, and once the
 * document is idle its diagnostics must equal those of a fresh open of the same text.
 */
export async function protocolCase(server: ServerProcess, seed: number, workspace: string, steps = 25): Promise<{ grammar: GrammarName }> {
  const random = new Random(seed);
  const grammar = random.pick(GRAMMARS);
  const languageId = LANGUAGE_ID[grammar];
  const uri = `file://${workspace}/fuzz-${seed}.${EXTENSION[grammar]}`;
  let text = startingText(grammar, random);
  let version = 1;
  server.open(uri, languageId, text, version);
  for (let step = 0; step < steps; step++) {
    const kind = random.next();
    if (kind < 0.7) {
      const { start, end, insert } = randomEdit(text, grammar, random);
      server.change(uri, ++version, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }]);
      text = text.slice(0, start) + insert + text.slice(end);
    } else if (kind < 0.8) {
      server.change(uri, ++version, [invalidChange(random)]);
      if (random.chance(0.5))
        server.change(uri, ++version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'lost' }]);
      server.change(uri, ++version, [{ text }]);
    } else {
      const junk = () => random.pick(JUNK);
      // Junk notifications are fire-and-forget (nothing to await); requests are awaited.
      const request = random.pick<() => Promise<void> | void>([
        () => expectNoInternalError(server, HoverRequest.type, { textDocument: { uri }, position: junk() }),
        () => expectNoInternalError(server, HoverRequest.type, { textDocument: junk(), position: { line: 0, character: 0 } }),
        () => expectNoInternalError(server, CodeActionRequest.type, { textDocument: { uri }, range: junk(), context: junk() }),
        () =>
          expectNoInternalError(server, CodeActionRequest.type, {
            textDocument: { uri },
            range: junk(),
            context: { diagnostics: [junk(), { range: junk(), source: 'vetted', code: 'x' }] },
          }),
        () => expectNoInternalError(server, CodeActionRequest.type, { textDocument: { uri: 'file:///not-open.js' }, range: junk() }),
        () => expectNoInternalError(server, ExplainRequest, junk()),
        () => expectNoInternalError(server, NO_SUCH_REQUEST, junk()),
        () => {
          server.change('file:///not-open.js', 2, [{ text: 'x' }]);
          server.notifyUnchecked(DidChangeTextDocumentNotification.type, junk());
          server.notifyUnchecked(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: `${uri}.other`, languageId: junk(), version: 1, text: 'x' },
          });
        },
      ]);
      await request();
    }
    if (random.chance(0.3)) await new Promise((r) => setTimeout(r, random.int(0, 60)));
  }
  assert.ok(server.alive, `the server exited; stderr: ${server.stderr.slice(-2000)}`);
  await expectNoInternalError(server, HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
  const freshUri = `file://${workspace}/fuzz-${seed}-fresh.${EXTENSION[grammar]}`;
  server.open(freshUri, languageId, text, 1);
  const expected = summary(await server.diagnostics(freshUri, 1, 30_000));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const published = server
      .publishedFor(uri)
      .filter((p) => p.version === version)
      .pop();
    if (published && summary(published.diagnostics) === expected) break;
    if (Date.now() > deadline)
      assert.fail(
        `diagnostics of ${uri} (version ${version}) never equalled a fresh open's: ${published ? summary(published.diagnostics) : 'none'} vs ${expected}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const u of [uri, freshUri])
    void server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: u } });
  return { grammar };
}
