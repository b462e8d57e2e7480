import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { linesCovered, statusBarText, summarize } from '../../client/src/findingSummary';
import type { Confidence, ProvenanceRegion } from '../../server/src/provenance/format';
import { ProvenanceNotification } from '../../server/src/protocol';
import { fileUri, ServerProcess } from '../support/serverProcess';

/**
 * The status bar's words for a file with an accepted AI suggestion, computed from what the real
 * server publishes: the same text the editor test reads off the status bar
 * (`Vetted: 2 · AI: 3 lines, 2 findings`), from the diagnostics' data rather than their messages.
 */
describe("status bar counts from the server's diagnostics", function () {
  this.timeout(30_000);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-status-'));
  let server: ServerProcess;
  before(async () => {
    server = await ServerProcess.start({ workspaceFolder: workspace });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const comment = '// ai: hash the password and look up the user\n';
  const suggestion = [
    "const crypto = require('crypto');",
    "const digest = crypto.createHash('md5').update(req.file.buffer).digest('hex');",
    "db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);",
  ].join('\n');
  const text = comment + suggestion + '\n';
  const region = (id: string, confidence: Confidence): ProvenanceRegion => ({
    id,
    start: comment.length,
    end: comment.length + suggestion.length,
    state: 'ai',
    signal: confidence === 'high' ? 'inline-accept' : 'heuristic',
    confidence,
    acceptedAt: '2026-11-22T10:00:00.000Z',
  });
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length - 1;

  async function statusFor(name: string, regions: ProvenanceRegion[]) {
    const uri = fileUri(path.join(workspace, name));
    server.open(uri, 'javascript', text, 1);
    await server.diagnostics(uri, 1);
    void server.connection.sendNotification(ProvenanceNotification, { uri, version: 1, regions });
    const deadline = Date.now() + 10_000;
    while (server.publishedFor(uri).length < 2) {
      if (Date.now() > deadline) assert.fail(`no diagnostics after the provenance of ${name}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const diagnostics = server.publishedFor(uri).at(-1)!.diagnostics;
    return { diagnostics, ...statusBarText(summarize(diagnostics), linesCovered(regions, lineAt)) };
  }

  it('counts findings in an accepted suggestion, and not its review note', async () => {
    const { diagnostics, text: shown, tooltip } = await statusFor('accepted.js', [region('r1', 'high')]);
    assert.deepStrictEqual(
      diagnostics.map((d) => d.code),
      ['js.crypto.weak-hash', 'js.injection.sql-string', 'vetted.provenance.review-required'],
    );
    assert.strictEqual(shown, '$(shield) Vetted: 2 · AI: 3 lines, 2 findings');
    assert.strictEqual(
      tooltip,
      'Vetted: 2 security finding(s) in this file — click to open Problems\n3 AI-accepted line(s) with 2 finding(s)\n1 AI-accepted area(s) in security-sensitive code to review',
    );
  });

  it('does not count findings in code that is only possibly AI-written', async () => {
    const { text: shown } = await statusFor('possibly.js', [region('r2', 'low')]);
    assert.strictEqual(shown, '$(shield) Vetted: 2 · AI: 3 lines, 0 findings');
  });

  it('counts nothing as AI without regions', async () => {
    const { text: shown, tooltip } = await statusFor('human.js', []);
    assert.strictEqual(shown, '$(shield) Vetted: 2');
    assert.strictEqual(tooltip, 'Vetted: 2 security finding(s) in this file — click to open Problems');
  });
});
