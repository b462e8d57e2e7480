// An agent outside the editor (Claude Code, here simulated) edits a file that is open, with
// `vetted hook` on its PreToolUse and PostToolUse events: the hook records the lines in the
// repository's store, and the open editor shows them as AI-written, with AI-tagged findings.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const vscode = require('vscode');
const { workspaceFile, open, waitFor, aiFindings, reportedRegions } = require('./helpers');

const AGENT_CODE = [
  "app.get('/preview', async (req, res) => {",
  '  const { url } = req.query;',
  '  const page = await fetch(url);',
  '  res.send(await page.text());',
  '});',
];

function hook(event, file, cwd) {
  const payload = {
    session_id: 'e2e-session',
    cwd,
    hook_event_name: event,
    tool_name: 'Edit',
    tool_input: { file_path: file, old_string: '', new_string: AGENT_CODE.join('\n') },
    tool_use_id: 'toolu_e2e_1',
  };
  const run = spawnSync(process.execPath, [process.env.VETTED_E2E_CLI, 'hook', '--agent', 'claude-code'], {
    cwd,
    input: JSON.stringify(payload),
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.strictEqual(run.status, 0, run.stderr);
  return run.stdout;
}

describe("an agent's edit recorded by vetted hook", () => {
  it('shows the lines the agent wrote as AI-written in the open editor, and its findings as AI-accepted', async function () {
    assert.ok(process.env.VETTED_E2E_CLI && fs.existsSync(process.env.VETTED_E2E_CLI), 'the CLI is built');
    const uri = workspaceFile('agent-hook.js');
    const { document } = await open(uri);
    const cwd = vscode.workspace.getWorkspaceFolder(uri).uri.fsPath;
    const before = document.getText();
    assert.strictEqual(hook('PreToolUse', uri.fsPath, cwd), '');
    fs.writeFileSync(uri.fsPath, before + AGENT_CODE.join('\n') + '\n'); // the agent writes the file
    await waitFor(() => document.getText().includes('fetch(url)'), 'the editor reloads the file the agent wrote');
    const reply = JSON.parse(hook('PostToolUse', uri.fsPath, cwd));
    assert.strictEqual(reply.decision, 'block');
    assert.match(reply.reason, /js\.injection\.ssrf/);
    const regions = await waitFor(async () => {
      const lines = await reportedRegions('agent-hook.js');
      return lines.length > 0 && lines;
    }, 'the hook-recorded region in the editor');
    const first = before.split('\n').length;
    assert.strictEqual(regions.length, 1, regions.join('\n'));
    assert.match(
      regions[0],
      new RegExp(`^- lines ${first}–${first + AGENT_CODE.length - 1}: ai, agent-hook \\(Edit toolu_e2e_1\\), [^,]+, agent by claude-code`),
    );
    await waitFor(
      () => aiFindings(uri).some((d) => /ssrf/.test(typeof d.code === 'object' ? d.code.value : d.code)),
      'the SSRF finding tagged AI-accepted',
    );
    this.test.title += ` (regions: ${regions.length})`;
  });
});
