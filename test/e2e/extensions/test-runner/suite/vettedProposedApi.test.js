// Runs only in the "proposed" phase: a test build of Vetted that declares the proposed
// textDocumentChangeReason API, in a code-server started with --enable-proposed-api vetted.vetted.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const {
  waitFor,
  open,
  workspaceFile,
  acceptSuggestion,
  aiFindings,
  reportedRegions,
  expectRecordedFromChangeReason,
} = require('./helpers');

async function reportText() {
  await vscode.commands.executeCommand('vetted.showProvenanceReport');
  return vscode.window.activeTextEditor.document.getText();
}

describe('@proposed Vetted with the textDocumentChangeReason proposal enabled', () => {
  before(async () => {
    await open(workspaceFile('scratch.js'));
    await waitFor(() => vscode.extensions.getExtension('vetted.vetted').isActive, 'activation');
  });

  it('@proposed the installed test build declares the proposal and still activates', () => {
    const vetted = vscode.extensions.getExtension('vetted.vetted');
    // The manifest as packaged; `packageJSON` is what the editor kept after checking the proposals.
    const manifest = JSON.parse(fs.readFileSync(path.join(vetted.extensionPath, 'package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.enabledApiProposals, ['textDocumentChangeReason']);
    assert.ok(vetted.isActive);
  });

  it("@proposed a suggestion accepted with VS Code's own command (not Vetted's Tab) is recorded from detailedReason when the editor sends it", async () => {
    const { uri } = await acceptSuggestion('ai-native.js', 'editor.action.inlineSuggest.commit');
    if (/from the editor's change reasons/.test(await reportText())) {
      await expectRecordedFromChangeReason('ai-native.js', uri);
    } else {
      // VS Code 1.100 has no textDocumentChangeReason proposal (the workbench drops it from
      // enabledApiProposals as unknown) and its change events carry no detailedReason. A newer
      // editor without it would be a regression of the proposal or of Vetted's detection.
      assert.match(vscode.version, /^1\.100\./, `VS Code ${vscode.version} should send detailedReason: check the proposal`);
      assert.deepStrictEqual(
        vscode.extensions.getExtension('vetted.vetted').packageJSON.enabledApiProposals,
        [],
        'the editor dropped the unknown proposal',
      );
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepStrictEqual(await reportedRegions('ai-native.js'), [], 'without change reasons a native accept is not seen');
      assert.deepStrictEqual(aiFindings(uri), []);
    }
  });
});
