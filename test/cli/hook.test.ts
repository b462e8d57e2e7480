import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLAUDE_CODE_HOOK_COMMAND } from '../../cli/src/hook/install';
import { runVetted } from '../support/cliRun';

/** Claude Code's PostToolUse payloads for its file-writing tools (fields as its hooks reference lists them). */
function payload(dir: string, tool: 'Write' | 'Edit' | 'MultiEdit' | 'Bash', file: string): string {
  const input =
    tool === 'Write'
      ? { file_path: file, content: '…' }
      : tool === 'Edit'
        ? { file_path: file, old_string: 'a', new_string: 'b', replace_all: false }
        : tool === 'MultiEdit'
          ? { file_path: file, edits: [{ old_string: 'a', new_string: 'b' }] }
          : { command: 'npm test', description: 'Run the tests' };
  return JSON.stringify({
    session_id: 'a1b2c3d4-0000-4000-8000-000000000002',
    transcript_path: path.join(dir, 'transcript.jsonl'),
    cwd: dir,
    hook_event_name: 'PostToolUse',
    tool_name: tool,
    tool_input: input,
    tool_response: tool === 'Bash' ? { stdout: 'ok', stderr: '' } : { filePath: path.resolve(dir, file), success: true },
  });
}

describe('vetted hook (Claude Code PostToolUse): the agent sees the findings of the file it just wrote', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hook-'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(
      path.join(dir, 'src', 'auth.js'),
      [
        "const crypto = require('crypto');",
        "const jwt = require('jsonwebtoken');",
        "const etag = (body) => crypto.createHash('md5').update(body).digest('hex');",
        "const issue = (user) => jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'none', expiresIn: '15m' });",
        'module.exports = { etag, issue };',
      ].join('\n') + '\n',
    );
    fs.writeFileSync(
      path.join(dir, 'src', 'etag.js'),
      "const crypto = require('crypto');\nmodule.exports = (b) => crypto.createHash('md5').update(b).digest('hex');\n",
    );
    fs.writeFileSync(
      path.join(dir, 'src', 'clean.js'),
      "const crypto = require('crypto');\nmodule.exports = (b) => crypto.createHash('sha256').update(b).digest('hex');\n",
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const hook = (input: string, args: string[] = []) => runVetted(['hook', ...args], dir, input);

  it('blocks with the findings at or above --block-on, naming file, line, rule and fix, and lists the others', () => {
    for (const tool of ['Write', 'Edit', 'MultiEdit'] as const) {
      const run = hook(payload(dir, tool, 'src/auth.js'));
      assert.strictEqual(run.code, 0, run.stderr);
      const reply = JSON.parse(run.stdout) as { decision: string; reason: string };
      assert.strictEqual(reply.decision, 'block', tool);
      const lines = reply.reason.split('\n');
      assert.strictEqual(lines[0], 'Vetted found 1 security issue(s) in the code just written. Fix them before going on:');
      assert.match(lines[1], /^- src\/auth\.js:4 \[critical\] js\.jwt\.none-algorithm: /);
      assert.ok(lines.includes('Also worth fixing:'));
      assert.match(lines[lines.length - 1], /^- src\/auth\.js:3 \[medium\] js\.crypto\.weak-hash: .* Quick fix: Use SHA-256\.$/);
    }
  });

  it('adds findings below the threshold as context without blocking; a clean file or another tool gives no reply', () => {
    const medium = hook(payload(dir, 'Edit', path.join(dir, 'src', 'etag.js')));
    const reply = JSON.parse(medium.stdout) as {
      decision?: string;
      hookSpecificOutput: { hookEventName: string; additionalContext: string };
    };
    assert.strictEqual(reply.decision, undefined);
    assert.strictEqual(reply.hookSpecificOutput.hookEventName, 'PostToolUse');
    assert.match(
      reply.hookSpecificOutput.additionalContext,
      /^Vetted found 1 lower-severity security issue\(s\) in the code just written:\n- src\/etag\.js:2 \[medium\] js\.crypto\.weak-hash/,
    );

    const blocking = hook(payload(dir, 'Edit', 'src/etag.js'), ['--block-on', 'medium']);
    assert.strictEqual((JSON.parse(blocking.stdout) as { decision: string }).decision, 'block');

    for (const input of [payload(dir, 'Write', 'src/clean.js'), payload(dir, 'Bash', 'src/auth.js')]) {
      const run = hook(input);
      assert.strictEqual(run.code, 0, run.stderr);
      assert.strictEqual(run.stdout, '');
    }
  });

  it('a payload it cannot read is a hook error (exit 1, not the blocking exit 2), with the reason on stderr', () => {
    const run = hook('{"tool_name": "Write"');
    assert.strictEqual(run.code, 1);
    assert.match(run.stderr, /^vetted: the hook payload on standard input is not JSON/);
    const noPath = hook(JSON.stringify({ hook_event_name: 'PostToolUse', tool_name: 'Edit', tool_input: {} }));
    assert.strictEqual(noPath.code, 1);
    assert.match(noPath.stderr, /the Edit payload has no tool_input\.file_path/);
  });

  it('--install adds the hook to .claude/settings.json, keeps the rest, and is idempotent', () => {
    fs.mkdirSync(path.join(dir, '.claude'));
    const settings = path.join(dir, '.claude', 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ permissions: { allow: ['Bash(npm test)'] } }));
    const first = runVetted(['hook', '--install', '--agent', 'claude-code'], dir);
    assert.strictEqual(first.code, 0, first.stderr);
    const written = JSON.parse(fs.readFileSync(settings, 'utf8')) as {
      permissions: unknown;
      hooks: { PostToolUse: { matcher: string; hooks: { type: string; command: string }[] }[] };
    };
    assert.deepStrictEqual(written.permissions, { allow: ['Bash(npm test)'] });
    assert.deepStrictEqual(written.hooks.PostToolUse, [
      { matcher: 'Edit|Write|MultiEdit', hooks: [{ type: 'command', command: CLAUDE_CODE_HOOK_COMMAND }] },
    ]);
    const again = runVetted(['hook', '--install'], dir);
    assert.match(again.stderr, /already has the hook/);
    assert.strictEqual((JSON.parse(fs.readFileSync(settings, 'utf8')) as typeof written).hooks.PostToolUse.length, 1);

    fs.writeFileSync(settings, '{ not json');
    const broken = runVetted(['hook', '--install'], dir);
    assert.strictEqual(broken.code, 2);
    assert.match(broken.stderr, /is not valid JSON, so it was left as it is/);
    assert.strictEqual(fs.readFileSync(settings, 'utf8'), '{ not json');
  });
});
