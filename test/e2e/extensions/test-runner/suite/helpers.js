const assert = require('assert');
const vscode = require('vscode');
const path = require('path');
const fs = require('fs');

function workspaceFile(...parts) {
  return vscode.Uri.file(path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, ...parts));
}

function vettedDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'vetted');
}

/** Polls until `check()` returns a truthy value (or throws with the last value seen). */
async function waitFor(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function open(uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

function codeOf(diagnostic) {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** Types the fake assistant's trigger comment at the end of `file` and accepts its suggestion with `acceptCommand`. */
async function acceptSuggestion(file, acceptCommand) {
  const uri = workspaceFile(file);
  const { document, editor } = await open(uri);
  const line = document.lineCount - 1;
  await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '// ai: hash the password and look up the user'));
  const end = document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  await vscode.commands.executeCommand('editor.action.inlineSuggest.trigger');
  await waitFor(async () => {
    await vscode.commands.executeCommand(acceptCommand);
    return document.getText().includes("createHash('md5')");
  }, 'suggestion accepted');
  return { uri, document, editor };
}

const aiFindings = (uri) => vettedDiagnostics(uri).filter((d) => d.message.startsWith('[AI-accepted]'));

/** The "- lines a–b: state, signal (source), time" lines of the provenance report for `file`. */
async function reportedRegions(file) {
  await vscode.commands.executeCommand('vetted.showProvenanceReport');
  const text = vscode.window.activeTextEditor.document.getText();
  const section = text.split(/^## /m).find((s) => s.startsWith(file + '\n'));
  return section ? section.split('\n').filter((l) => l.startsWith('- lines')) : [];
}

/**
 * The regions `reportedRegions(file)` lists, parsed ({ from, to } are 1-based lines), and the set
 * of every line they cover: the lines Vetted records as AI.
 */
async function regionLines(file) {
  const regions = (await reportedRegions(file)).map((text) => {
    const m = /^- lines (\d+)–(\d+): ([\w-]+), ([\w-]+)/.exec(text);
    assert.ok(m, `a region line of the report: ${text}`);
    return { from: Number(m[1]), to: Number(m[2]), state: m[3], signal: m[4], text };
  });
  const lines = new Set();
  for (const r of regions) for (let n = r.from; n <= r.to; n++) lines.add(n);
  return { regions, lines };
}

/**
 * A line for the people reading the run: printed in the extension host, and added to
 * `<results file>.notes`, which `npm run e2e` prints after the phase.
 */
function note(text) {
  console.log(text);
  const results = process.env.VETTED_E2E_RESULTS;
  if (results) fs.appendFileSync(`${results}.notes`, text + '\n');
}

/** Waits until `file`'s accepted suggestion is recorded from the editor's change reason, with its AI-tagged findings. */
async function expectRecordedFromChangeReason(file, uri) {
  const regions = await waitFor(async () => {
    const lines = await reportedRegions(file);
    return lines.length > 0 && lines;
  }, 'a region recorded from the change reason');
  assert.match(regions[0], /: ai, change-reason \(inlineCompletionAccept\),/);
  await waitFor(() => aiFindings(uri).length >= 2, 'AI-tagged findings');
}

module.exports = {
  workspaceFile,
  vettedDiagnostics,
  waitFor,
  open,
  codeOf,
  acceptSuggestion,
  aiFindings,
  reportedRegions,
  regionLines,
  note,
  expectRecordedFromChangeReason,
};
