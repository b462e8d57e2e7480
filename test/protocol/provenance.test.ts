import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HoverRequest } from 'vscode-languageserver-protocol';
import {
  AcceptNoticeNotification,
  AcceptNoticeParams,
  diagnosticDataOf,
  ProvenanceNotification,
  ProvenanceParams,
} from '../../server/src/protocol';
import { diagnosticText } from '../support/diagnosticText';
import { fileUri, ServerProcess } from '../support/serverProcess';

/** Findings in AI-accepted regions, as the real server reports them. */
describe('language server: AI provenance', function () {
  this.timeout(30_000);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-prov-'));
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  const human = "const a = require('crypto').createHash('md5');\n";
  const ai = "function hashPassword(p) {\n  return require('crypto').createHash('sha1').update(p).digest('hex');\n}\n";
  const text = human + ai;
  const region = (id: string) => ({
    id,
    start: human.length,
    end: human.length + ai.length,
    state: 'ai' as const,
    signal: 'inline-accept' as const,
    confidence: 'high' as const,
    acceptedAt: '2026-11-22T10:00:00.000Z',
  });

  async function started(settings: object = {}) {
    const server = await ServerProcess.start({ workspaceFolder: workspace, settings });
    const notices: AcceptNoticeParams[] = [];
    server.connection.onNotification(AcceptNoticeNotification, (n) => {
      notices.push(n);
    });
    return { server, notices };
  }

  it('tags and escalates findings in AI regions, notes sensitive code, and notifies once per acceptance', async () => {
    const { server, notices } = await started();
    try {
      const uri = fileUri(path.join(workspace, 'util.js'));
      server.open(uri, 'javascript', text, 1);
      const before = await server.diagnostics(uri, 1);
      assert.deepStrictEqual(
        before.map((d) => [d.code, d.severity]),
        [
          ['js.crypto.weak-hash', 2],
          ['js.crypto.weak-hash', 2],
        ],
      );
      const params: ProvenanceParams = { uri, version: 1, regions: [region('r1')] };
      void server.connection.sendNotification(ProvenanceNotification, params);
      await waitFor(() => server.publishedFor(uri).length >= 2);
      const tagged = server.publishedFor(uri).at(-1)!.diagnostics;
      assert.deepStrictEqual(
        tagged.map((d) => [d.code, d.severity, d.range.start.line, diagnosticText(d).slice(0, 30)]),
        [
          ['js.crypto.weak-hash', 2, 0, "'md5' is a broken hash: collis"],
          ['js.crypto.weak-hash', 1, 2, "[AI-accepted] 'sha1' is a brok"],
          ['vetted.provenance.review-required', 3, 1, 'AI-accepted code in security-s'],
        ],
      );
      assert.match(diagnosticText(tagged[2]), /\(using createHash\)/);
      // What the client counts and acts on travels as typed data, not in the message.
      assert.deepStrictEqual(tagged.map(diagnosticDataOf), [
        { kind: 'finding', ruleId: 'js.crypto.weak-hash', version: 1 },
        { kind: 'finding', ruleId: 'js.crypto.weak-hash', version: 1, ai: 'accepted', aiRegion: 'r1', escalatedFrom: 'medium' },
        { kind: 'review-note', ruleId: 'vetted.provenance.review-required', version: 1, ai: 'accepted', aiRegion: 'r1' },
      ]);
      // The hover says the finding is reported one step higher, as the squiggle shows it.
      const hoverAi = await server.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 2, character: ai.split('\n')[1].indexOf('sha1') + 1 },
      });
      assert.match(
        (hoverAi as { contents: { value: string } }).contents.value,
        /^\*\*\[AI-accepted\]\*\* .*reported as \*\*high\*\* \(one step above the rule's medium\)/,
      );
      const hoverHuman = await server.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 0, character: human.indexOf('md5') + 1 },
      });
      assert.doesNotMatch((hoverHuman as { contents: { value: string } }).contents.value, /AI-accepted/);
      await waitFor(() => notices.length === 1);
      assert.deepStrictEqual(
        notices[0].findings.map((f) => [f.ruleId, f.range.start.line, f.hasFix]),
        [['js.crypto.weak-hash', 2, true]],
      );
      // Typing elsewhere re-analyses, but the acceptance is announced only once.
      server.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
      const shifted = { ...region('r1'), start: region('r1').start + 1, end: region('r1').end + 1 };
      void server.connection.sendNotification(ProvenanceNotification, { uri, version: 2, regions: [shifted] });
      await server.diagnostics(uri, 2);
      await waitFor(() => {
        const last = server.publishedFor(uri).at(-1)!;
        return (
          last.version === 2 && last.diagnostics.some((d) => d.range.start.line === 3 && diagnosticText(d).startsWith('[AI-accepted]'))
        );
      });
      await new Promise((r) => setTimeout(r, 300));
      assert.strictEqual(notices.length, 1);
    } finally {
      await server.stop();
    }
  });

  it('ignores regions when provenance is off, and can leave severity as is', async () => {
    const off = await started({ provenance: { enabled: false } });
    try {
      const uri = fileUri(path.join(workspace, 'off.js'));
      off.server.open(uri, 'javascript', text, 1);
      await off.server.diagnostics(uri, 1);
      void off.server.connection.sendNotification(ProvenanceNotification, { uri, version: 1, regions: [region('r2')] });
      await waitFor(() => off.server.publishedFor(uri).length >= 2);
      assert.ok(
        off.server
          .publishedFor(uri)
          .at(-1)!
          .diagnostics.every((d) => !diagnosticText(d).startsWith('[AI-accepted]')),
      );
      assert.strictEqual(off.notices.length, 0);
    } finally {
      await off.server.stop();
    }
    const plain = await started({ provenance: { escalateSeverity: false, reviewSensitiveAreas: false } });
    try {
      const uri = fileUri(path.join(workspace, 'plain.js'));
      plain.server.open(uri, 'javascript', text, 1);
      await plain.server.diagnostics(uri, 1);
      void plain.server.connection.sendNotification(ProvenanceNotification, { uri, version: 1, regions: [region('r3')] });
      await waitFor(() => plain.server.publishedFor(uri).length >= 2);
      const diagnostics = plain.server.publishedFor(uri).at(-1)!.diagnostics;
      assert.deepStrictEqual(
        diagnostics.map((d) => [d.severity, diagnosticText(d).startsWith('[AI-accepted]')]),
        [
          [2, false],
          [2, true],
        ],
      );
      assert.deepStrictEqual(
        diagnostics.map((d) => [diagnosticDataOf(d)?.ai, diagnosticDataOf(d)?.escalatedFrom]),
        [
          [undefined, undefined],
          ['accepted', undefined],
        ],
      );
    } finally {
      await plain.server.stop();
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
