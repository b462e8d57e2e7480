// Runs inside the real VS Code extension host (code-server), against the installed Vetted .vsix.
const assert = require('assert');
const vscode = require('vscode');
const { workspaceFile, vettedDiagnostics, waitFor, open, codeOf, acceptSuggestion, aiFindings } = require('./helpers');

describe('Vetted in a real VS Code', () => {
  const serverJs = workspaceFile('express-api', 'server.js');

  it('activates when a JavaScript file opens', async () => {
    const extension = vscode.extensions.getExtension('vetted.vetted');
    assert.ok(extension, 'Vetted is installed');
    await open(serverJs);
    await waitFor(() => extension.isActive, 'activation');
  });

  it('publishes explained diagnostics for the demo file', async () => {
    const diagnostics = await waitFor(() => vettedDiagnostics(serverJs).length >= 10 && vettedDiagnostics(serverJs), 'diagnostics');
    const lines = (await vscode.workspace.openTextDocument(serverJs)).getText().split('\n');
    const weakHash = diagnostics.find((d) => codeOf(d) === 'js.crypto.weak-hash');
    assert.ok(weakHash, 'weak hash finding');
    assert.strictEqual(
      weakHash.range.start.line,
      lines.findIndex((l) => l.includes('update(req.body.bundle)')),
    );
    // MD5 over the password is a password-hashing problem: no SHA-256 fix is offered for it.
    const passwordHash = diagnostics.find((d) => codeOf(d) === 'js.crypto.password-fast-hash');
    assert.strictEqual(
      passwordHash?.range.start.line,
      lines.findIndex((l) => l.includes('update(req.body.password)')),
    );
    assert.strictEqual(weakHash.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(weakHash.message, /'md5' is a broken hash/);
    assert.match(weakHash.code.target.toString(), /docs\/rules\/js\.crypto\.weak-hash\.md$/);
  });

  it('shows the rule explanation on hover', async () => {
    const weakHash = vettedDiagnostics(serverJs).find((d) => codeOf(d) === 'js.crypto.weak-hash');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', serverJs, weakHash.range.start.translate(0, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Weak hash algorithm \(MD5 or SHA-1\)/);
    assert.match(text, /How to fix/);
  });

  it('applies the quick fix, which changes the text and clears the finding', async () => {
    const { document } = await open(serverJs);
    const weakHash = vettedDiagnostics(serverJs).find((d) => codeOf(d) === 'js.crypto.weak-hash');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', serverJs, weakHash.range);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === 'Fix: Use SHA-256 (js.crypto.weak-hash)');
    assert.ok(fix, `fix offered among ${titles.join(' | ')}`);
    assert.ok(titles.includes('Explain js.crypto.weak-hash'));
    assert.ok(titles.includes('Ignore js.crypto.weak-hash on this line'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.lineAt(weakHash.range.start.line).text, /createHash\('sha256'\)/);
    await waitFor(() => !vettedDiagnostics(serverJs).some((d) => codeOf(d) === 'js.crypto.weak-hash'), 'finding cleared');
  });

  it('"Ignore on this line" inserts a suppression that silences the finding', async () => {
    const { document } = await open(serverJs);
    const before = vettedDiagnostics(serverJs).find((d) => codeOf(d) === 'js.injection.eval');
    assert.ok(before, 'eval finding present');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', serverJs, before.range);
    const ignore = actions.find((a) => a.title === 'Ignore js.injection.eval on this line');
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.strictEqual(
      document.lineAt(before.range.start.line).text,
      '  // vetted-ignore js.injection.eval -- TODO: explain why this is safe',
    );
    await waitFor(() => !vettedDiagnostics(serverJs).some((d) => codeOf(d) === 'js.injection.eval'), 'eval finding suppressed');
  });

  it('flags a newly typed insecure line without saving', async () => {
    const { document, editor } = await open(workspaceFile('scratch.js'));
    await editor.edit((edit) =>
      edit.insert(new vscode.Position(document.lineCount, 0), "const h = require('crypto').createHash('sha1');\n"),
    );
    assert.ok(document.isDirty, 'not saved');
    const diagnostics = await waitFor(
      () => vettedDiagnostics(document.uri).length > 0 && vettedDiagnostics(document.uri),
      'finding on typed line',
    );
    assert.deepStrictEqual(diagnostics.map(codeOf), ['js.crypto.weak-hash']);
  });

  it('opens the explanation of a rule with the Explain command', async () => {
    await vscode.commands.executeCommand('vetted.explain', 'js.crypto.weak-hash');
    await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => /js\.crypto\.weak-hash/.test(t.label)),
      'explanation tab',
    );
  });

  it('accepting a suggestion with Tab tags its findings as AI-accepted and escalates them', async () => {
    const { uri } = await acceptSuggestion('ai-suggestion.js', 'vetted.acceptInlineSuggestion');
    const tagged = await waitFor(() => aiFindings(uri).length >= 2 && aiFindings(uri), 'AI-tagged findings');
    assert.deepStrictEqual(tagged.map(codeOf).sort(), ['js.crypto.weak-hash', 'js.injection.sql-string']);
    const weakHash = tagged.find((d) => codeOf(d) === 'js.crypto.weak-hash');
    assert.strictEqual(weakHash.severity, vscode.DiagnosticSeverity.Error, 'medium escalated to high');
  });

  it('undo of the acceptance drops the tag, redo restores it', async () => {
    const uri = workspaceFile('ai-suggestion.js');
    await open(uri);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => aiFindings(uri).length === 0, 'no AI findings after undo');
    await vscode.commands.executeCommand('redo');
    await waitFor(() => aiFindings(uri).length >= 2, 'AI findings back after redo');
  });

  it('an edit inside the accepted code keeps it AI-accepted', async () => {
    const uri = workspaceFile('ai-suggestion.js');
    const { document, editor } = await open(uri);
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.includes("createHash('md5')"));
    await editor.edit((edit) => edit.insert(new vscode.Position(line, document.lineAt(line).text.indexOf('.update')), ' '));
    await waitFor(
      () => aiFindings(uri).some((d) => codeOf(d) === 'js.crypto.weak-hash' && d.range.start.line === line),
      'still tagged after an edit inside',
    );
  });

  it('formatting the document keeps the accepted code AI-accepted', async () => {
    const uri = workspaceFile('ai-suggestion.js');
    const { document } = await open(uri);
    const before = document.getText();
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await waitFor(() => document.getText() !== before, 'the formatter changed whitespace');
    await waitFor(() => aiFindings(uri).length >= 2, 'still tagged after formatting');
  });

  it('accepting word by word tags only the accepted words', async () => {
    const uri = workspaceFile('ai-word.js');
    const { document, editor } = await open(uri);
    const line = document.lineCount - 1;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '// ai: hash the password'));
    const end = document.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    const before = document.getText();
    await vscode.commands.executeCommand('editor.action.inlineSuggest.trigger');
    // The suggestion starts on a new line: the first "word" accepted may be only the line break.
    await waitFor(async () => {
      await vscode.commands.executeCommand('vetted.acceptInlineSuggestionWord');
      return /\S/.test(document.getText().slice(before.length));
    }, 'a word accepted');
    const inserted = document.getText().slice(before.length);
    assert.ok(inserted.trim().length < 20, `only a word was inserted: ${JSON.stringify(inserted)}`);
    const status = await waitFor(async () => {
      const report = await vscode.commands.executeCommand('vetted.showProvenanceReport');
      const doc = vscode.window.activeTextEditor.document;
      const text = doc.getText();
      return text.includes('ai-word.js') && text;
    }, 'report lists the word acceptance');
    assert.match(status, /inline-accept-word/);
    // The report says where the record is kept, and that file exists.
    const stored = /The record is stored in `([^`]+provenance\.json)`/.exec(status);
    assert.ok(stored, 'the report names the store file');
    await waitFor(() => require('fs').existsSync(stored[1]), 'the store file written');
  });

  it('with provenance off, accepting is plain and nothing is tagged', async () => {
    await vscode.workspace.getConfiguration('vetted').update('provenance.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const { uri } = await acceptSuggestion('ai-off.js', 'vetted.acceptInlineSuggestion');
      await waitFor(() => vettedDiagnostics(uri).length >= 2, 'findings');
      await new Promise((r) => setTimeout(r, 500));
      assert.deepStrictEqual(aiFindings(uri), []);
    } finally {
      await vscode.workspace.getConfiguration('vetted').update('provenance.enabled', true, vscode.ConfigurationTarget.Global);
    }
  });
});
