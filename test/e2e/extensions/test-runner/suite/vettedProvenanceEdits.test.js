// Provenance through the edits other tools make: renames and agent-style insertions.
const assert = require('assert');
const vscode = require('vscode');
const {
  workspaceFile,
  vettedDiagnostics,
  waitFor,
  open,
  codeOf,
  acceptSuggestion,
  aiFindings,
  reportedRegions,
  expectRecordedFromChangeReason,
} = require('./helpers');

const possiblyAiFindings = (uri) => vettedDiagnostics(uri).filter((d) => d.message.startsWith('[possibly AI-written]'));

/** What an agent tool writes: several lines in one edit, not typed, pasted or accepted. */
const AGENT_CODE =
  [
    "const crypto = require('crypto');",
    "const digest = crypto.createHash('md5').update(req.file.buffer).digest('hex');",
    "db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);",
  ].join('\n') + '\n';

async function insertLikeAnAgent(file) {
  const uri = workspaceFile(file);
  const { document } = await open(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(document.lineCount - 1, 0), AGENT_CODE);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return { uri, document };
}

/**
 * The e2e profile runs TypeScript's syntax-only server, which offers no rename. This stands in for
 * a language's rename provider: every whole-word occurrence that is not a property access.
 */
function registerWordRename() {
  return vscode.languages.registerRenameProvider(
    { pattern: '**/ai-rename.js' },
    {
      provideRenameEdits(document, position, newName) {
        const word = document.getText(document.getWordRangeAtPosition(position));
        const edit = new vscode.WorkspaceEdit();
        for (const m of document.getText().matchAll(new RegExp(`(?<![\\w$.])${word}(?![\\w$])`, 'g'))) {
          edit.replace(document.uri, new vscode.Range(document.positionAt(m.index), document.positionAt(m.index + word.length)), newName);
        }
        return edit;
      },
    },
  );
}

/** Vetted's Tab accept; VS Code 1.139 also sends the edit source, recorded beside the signal. */
const ACCEPTED_AS_AI = /: ai, inline-accept( \(inlineCompletionAccept\))?,/;

describe("Vetted provenance through other tools' edits", () => {
  before(async () => {
    await open(workspaceFile('scratch.js'));
    await waitFor(() => vscode.extensions.getExtension('vetted.vetted').isActive, 'activation');
  });

  it('renaming an identifier inside accepted code keeps the region "ai" and its findings AI-accepted', async () => {
    const { uri, document, editor } = await acceptSuggestion('ai-rename.js', 'vetted.acceptInlineSuggestion');
    await waitFor(() => aiFindings(uri).length >= 2, 'AI-tagged findings');
    // A use of the name outside the accepted code, so the rename touches both.
    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\nconsole.log(digest);'));
    const accepted = await reportedRegions('ai-rename.js');
    assert.match(accepted[0] ?? '', ACCEPTED_AS_AI, `accepted as "ai":\n${accepted.join('\n')}`);
    const rename = registerWordRename();
    try {
      await open(uri);
      const position = document.positionAt(document.getText().indexOf('const digest') + 'const '.length);
      const workspaceEdit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, position, 'passwordDigest');
      assert.strictEqual(workspaceEdit.get(uri).length, 2, 'the rename replaces the declaration and the use');
      assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    } finally {
      rename.dispose();
    }
    assert.match(document.getText(), /\nconst passwordDigest = crypto\.createHash\('md5'\)[\s\S]*\nconsole\.log\(passwordDigest\);$/);
    const regions = await reportedRegions('ai-rename.js');
    assert.ok(regions.length > 0 && regions.every((l) => ACCEPTED_AS_AI.test(l)), `still "ai" after the rename:\n${regions.join('\n')}`);
    await waitFor(() => aiFindings(uri).some((d) => codeOf(d) === 'js.crypto.weak-hash'), 'weak hash still AI-accepted');
  });

  it("a suggestion accepted with VS Code's own command is recorded from the change reason where the editor sends one (1.139 does without any proposal; 1.100 does not)", async () => {
    const { uri } = await acceptSuggestion('ai-native.js', 'editor.action.inlineSuggest.commit');
    if (/^1\.100\./.test(vscode.version)) {
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepStrictEqual(
        await reportedRegions('ai-native.js'),
        [],
        'VS Code 1.100 sends no change reasons: a native accept is not seen',
      );
      return;
    }
    await expectRecordedFromChangeReason('ai-native.js', uri);
  });

  it('with heuristics on, a large insertion by an extension is "possibly AI": shown, never escalated', async () => {
    const config = vscode.workspace.getConfiguration('vetted');
    await config.update('provenance.heuristics', true, vscode.ConfigurationTarget.Global);
    try {
      const { uri } = await insertLikeAnAgent('agent-edit.js');
      const possibly = await waitFor(
        () => possiblyAiFindings(uri).length >= 2 && possiblyAiFindings(uri),
        '"possibly AI-written" findings',
      );
      assert.deepStrictEqual(possibly.map(codeOf).sort(), ['js.crypto.weak-hash', 'js.injection.sql-string']);
      const weakHash = possibly.find((d) => codeOf(d) === 'js.crypto.weak-hash');
      assert.strictEqual(weakHash.severity, vscode.DiagnosticSeverity.Warning, 'medium, not escalated');
      assert.deepStrictEqual(aiFindings(uri), [], 'not AI-accepted');
      const regions = await reportedRegions('agent-edit.js');
      assert.strictEqual(regions.length, 1);
      assert.match(regions[0], /: ai, heuristic,/);
    } finally {
      await config.update('provenance.heuristics', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('with heuristics off (the default), the same insertion records nothing', async () => {
    assert.strictEqual(vscode.workspace.getConfiguration('vetted').get('provenance.heuristics'), false);
    const { uri } = await insertLikeAnAgent('agent-edit-off.js');
    await waitFor(() => vettedDiagnostics(uri).length >= 2, 'findings');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(possiblyAiFindings(uri), []);
    assert.deepStrictEqual(aiFindings(uri), []);
    assert.deepStrictEqual(await reportedRegions('agent-edit-off.js'), []);
  });
});
