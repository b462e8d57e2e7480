const vscode = require('vscode');
const path = require('path');

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

module.exports = { workspaceFile, vettedDiagnostics, waitFor, open, codeOf };
