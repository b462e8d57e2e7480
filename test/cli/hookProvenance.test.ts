import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ProvenanceStore } from '../../server/src/provenance/provenanceStore';
import { CLAUDE_CODE_HOOK_COMMAND, VSCODE_HOOK_COMMAND } from '../../cli/src/hook/install';
import { runVetted } from '../support/cliRun';
import { gitIn } from '../support/gitRepo';

/**
 * A simulated Claude Code edit through `vetted hook`: PreToolUse keeps the file, the agent writes
 * it, PostToolUse records exactly the lines it wrote in the repository's store and answers with
 * the findings; then the CLI (as CI would) sees those lines as AI-written.
 */
describe('vetted hook records what the agent wrote', function () {
  this.timeout(120_000);
  let repo: string;
  const BEFORE = ["const express = require('express');", 'const app = express();', '', 'app.listen(3000);', ''].join('\n');
  const AGENT_LINES = [
    "app.get('/preview', async (req, res) => {",
    '  const { url } = req.query;',
    '  const page = await fetch(url);',
    '  res.send(await page.text());',
    '});',
  ];
  const AFTER = BEFORE.replace('app.listen', [...AGENT_LINES, '', 'app.listen'].join('\n'));

  beforeEach(() => {
    repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hook-record-')));
    gitIn(repo, 'init', '-q', '-b', 'main');
    fs.mkdirSync(path.join(repo, 'src'));
    fs.writeFileSync(path.join(repo, 'src', 'server.js'), BEFORE);
    gitIn(repo, 'add', '.');
    gitIn(repo, 'commit', '-qm', 'start');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  const claudePayload = (event: 'PreToolUse' | 'PostToolUse', id = 'toolu_01XYZ') =>
    JSON.stringify({
      session_id: 'sess-1',
      cwd: repo,
      hook_event_name: event,
      tool_name: 'Edit',
      tool_input: {
        file_path: path.join(repo, 'src', 'server.js'),
        old_string: 'app.listen',
        new_string: `${AGENT_LINES.join('\n')}\n\napp.listen`,
      },
      tool_use_id: id,
      ...(event === 'PostToolUse' ? { tool_response: { filePath: path.join(repo, 'src', 'server.js'), success: true } } : {}),
    });
  const storeFile = () => path.join(repo, '.git', 'vetted', 'provenance.json');
  const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

  it('records the lines from before and after, answers with the findings, and scan --provenance sees them as AI', () => {
    const pre = runVetted(['hook', '--agent', 'claude-code'], repo, claudePayload('PreToolUse'));
    assert.deepStrictEqual([pre.code, pre.stdout], [0, ''], pre.stderr);
    fs.writeFileSync(path.join(repo, 'src', 'server.js'), AFTER); // the agent's edit
    const post = runVetted(['hook', '--agent', 'claude-code'], repo, claudePayload('PostToolUse'));
    assert.strictEqual(post.code, 0, post.stderr);
    const reply = JSON.parse(post.stdout) as { decision: string; reason: string };
    assert.strictEqual(reply.decision, 'block');
    assert.match(reply.reason, /^- src\/server\.js:6 \[high\] js\.injection\.ssrf: /m);

    const { data } = new ProvenanceStore(storeFile()).load();
    const entry = data.files['src/server.js'];
    assert.deepStrictEqual(
      entry.regions.map((r) => ({
        lines: [lineOf(AFTER, r.start), lineOf(AFTER, r.end)],
        signal: r.signal,
        kind: r.kind,
        agent: r.agent,
        source: r.source,
      })),
      [{ lines: [4, 8], signal: 'agent-hook', kind: 'agent', agent: 'claude-code', source: 'Edit toolu_01XYZ' }],
    );
    assert.strictEqual(entry.regions[0].text, AGENT_LINES.join('\n'));
    assert.deepStrictEqual(
      fs.readdirSync(path.join(repo, '.git', 'vetted', 'hook-snapshots')),
      [],
      'the snapshot is used once and removed',
    );

    const scan = runVetted(['scan', '--provenance', '--fail-on-ai', 'high', '--format', 'json', 'src'], repo);
    assert.strictEqual(scan.code, 1, scan.stderr);
    const findings = (JSON.parse(scan.stdout) as { findings: { ruleId: string; line: number; aiProvenance?: object }[] }).findings;
    assert.deepStrictEqual(
      findings.map((f) => [f.ruleId, f.line, f.aiProvenance !== undefined]),
      [['js.injection.ssrf', 6, true]],
    );
  });

  it('the attribution survives the commit: export as git notes, and a fresh clone imports it into its own store', () => {
    runVetted(['hook'], repo, claudePayload('PreToolUse'));
    fs.writeFileSync(path.join(repo, 'src', 'server.js'), AFTER);
    runVetted(['hook'], repo, claudePayload('PostToolUse'));
    gitIn(repo, 'commit', '-qam', 'preview endpoint');
    const exported = runVetted(['provenance', 'export', '--git-notes'], repo);
    assert.strictEqual(exported.code, 0, exported.stderr);
    const clone = `${repo}-clone`;
    try {
      gitIn(repo, 'clone', '-q', repo, clone);
      gitIn(clone, 'fetch', '-q', 'origin', 'refs/notes/ai:refs/notes/ai');
      const imported = runVetted(['provenance', 'import', '--git-notes'], clone);
      assert.strictEqual(imported.code, 0, imported.stderr);
      assert.match(imported.stderr, /imported 1 region\(s\) in 1 file\(s\)/);
      const entry = new ProvenanceStore(path.join(clone, '.git', 'vetted', 'provenance.json')).load().data.files['src/server.js'];
      assert.deepStrictEqual(
        entry.regions.map((r) => [r.text, r.signal, r.agent]),
        [[AGENT_LINES.join('\n'), 'imported', 'claude-code']],
      );
      const again = runVetted(['provenance', 'import', '--git-notes'], clone);
      assert.match(again.stderr, /imported 0 region\(s\) in 0 file\(s\)/, 'importing twice adds nothing');
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
  });

  it('without a PreToolUse snapshot or the text in the payload, nothing is recorded (not guessed) and the findings still go back', () => {
    fs.writeFileSync(path.join(repo, 'src', 'server.js'), AFTER);
    const post = runVetted(['hook'], repo, claudePayload('PostToolUse'));
    assert.strictEqual(post.code, 0, post.stderr);
    assert.match(post.stderr, /src\/server\.js was not recorded as AI-written: its text before the edit is unknown/);
    assert.strictEqual((JSON.parse(post.stdout) as { decision: string }).decision, 'block');
    assert.ok(!fs.existsSync(storeFile()));
  });

  it('outside git, the record is the project folder’s (the agent’s cwd, which the editor opens), keyed from there', () => {
    const project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hook-plain-')));
    try {
      fs.mkdirSync(path.join(project, 'src', 'routes'), { recursive: true });
      const file = path.join(project, 'src', 'routes', 'preview.js');
      fs.writeFileSync(file, BEFORE);
      const payload = (event: string) =>
        JSON.stringify({
          cwd: project,
          hook_event_name: event,
          tool_name: 'Edit',
          tool_input: { file_path: file },
          tool_use_id: 'toolu_2',
        });
      runVetted(['hook'], project, payload('PreToolUse'));
      fs.writeFileSync(file, AFTER);
      runVetted(['hook'], project, payload('PostToolUse'));
      const { data } = new ProvenanceStore(path.join(project, '.vetted', 'provenance.json')).load();
      assert.deepStrictEqual(Object.keys(data.files), ['src/routes/preview.js']);
      assert.ok(!fs.existsSync(path.join(project, 'src', 'routes', '.vetted')));
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('--no-record scans only', () => {
    runVetted(['hook', '--no-record'], repo, claudePayload('PreToolUse'));
    fs.writeFileSync(path.join(repo, 'src', 'server.js'), AFTER);
    const post = runVetted(['hook', '--no-record'], repo, claudePayload('PostToolUse'));
    assert.strictEqual((JSON.parse(post.stdout) as { decision: string }).decision, 'block');
    assert.ok(!fs.existsSync(storeFile()));
  });

  it('a VS Code agent hook (createFile) records a new file whole, with the agent named', () => {
    const file = path.join(repo, 'src', 'token.js');
    const payload = (event: string) =>
      JSON.stringify({
        hookEventName: event,
        cwd: repo,
        tool_name: 'createFile',
        tool_input: { filePath: file, content: '…' },
        tool_use_id: 'call-7',
      });
    runVetted(['hook', '--agent', 'vscode'], repo, payload('PreToolUse'));
    const code = "const jwt = require('jsonwebtoken');\nmodule.exports = (t) => jwt.decode(t);\n";
    fs.writeFileSync(file, code);
    const post = runVetted(['hook', '--agent', 'vscode'], repo, payload('PostToolUse'));
    assert.strictEqual(post.code, 0, post.stderr);
    const entry = new ProvenanceStore(storeFile()).load().data.files['src/token.js'];
    assert.deepStrictEqual(
      entry.regions.map((r) => [r.text, r.agent, r.source]),
      [[code.trimEnd(), 'vscode-agent', 'createFile call-7']],
    );
  });

  it('--install writes PreToolUse and PostToolUse hooks for each agent, once, keeping other settings', () => {
    fs.mkdirSync(path.join(repo, '.claude'));
    fs.writeFileSync(path.join(repo, '.claude', 'settings.json'), JSON.stringify({ permissions: { allow: ['Bash(npm test)'] } }));
    for (let i = 0; i < 2; i++) {
      assert.strictEqual(runVetted(['hook', '--install', '--agent', 'claude-code'], repo).code, 0);
      assert.strictEqual(runVetted(['hook', '--install', '--agent', 'vscode'], repo).code, 0);
    }
    const claude = JSON.parse(fs.readFileSync(path.join(repo, '.claude', 'settings.json'), 'utf8')) as {
      permissions: unknown;
      hooks: Record<string, unknown>;
    };
    assert.deepStrictEqual(claude.permissions, { allow: ['Bash(npm test)'] });
    for (const event of ['PreToolUse', 'PostToolUse'])
      assert.deepStrictEqual(claude.hooks[event], [
        { matcher: 'Edit|Write|MultiEdit', hooks: [{ type: 'command', command: CLAUDE_CODE_HOOK_COMMAND }] },
      ]);
    const vscode = JSON.parse(fs.readFileSync(path.join(repo, '.github', 'hooks', 'vetted.json'), 'utf8')) as unknown;
    // `command` for VS Code, `bash` and `version` for Copilot CLI, which reads the same file.
    const entry = { type: 'command', command: VSCODE_HOOK_COMMAND, bash: VSCODE_HOOK_COMMAND };
    assert.deepStrictEqual(vscode, { version: 1, hooks: { PreToolUse: [entry], PostToolUse: [entry] } });
  });
});
