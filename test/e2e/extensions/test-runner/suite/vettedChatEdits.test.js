// Chat and agent edits made inside the editor: a fake language model and the @fakechat participant
// (extensions/fake-chat) answer a chat request by editing a file through the chat response
// stream's `textEdit`, which the editor applies through its chat-editing session, with its
// Keep / Undo, as for any chat or agent edit. VS Code 1.139 names the edit's source on the change
// event (Chat.applyEdits, with the model and the chat mode) and Vetted records it. VS Code 1.100
// cannot run these: it has no language-model provider API, so no model answers and the chat view
// sends no request (see vettedChatProbe.test.js).
const assert = require('assert');
const vscode = require('vscode');
const { workspaceFile, open, waitFor, reportedRegions, aiFindings, acceptSuggestion } = require('./helpers');

const OLDEST = /^1\.100\./.test(vscode.version);

function fakeChat() {
  return vscode.extensions.getExtension('vetted-test.fake-chat-assistant').exports;
}

/** Sends "@fakechat <ask> <file>" from the chat view in `mode` (the chat view keeps the last mode used) and waits for its edit. */
async function chatEdit(file, mode, ask = 'add a session token to') {
  await waitFor(async () => (await vscode.lm.selectChatModels({ vendor: 'fake-chat' })).length > 0, 'the fake language model');
  const uri = workspaceFile(file);
  const { document } = await open(uri);
  const before = document.getText();
  await vscode.commands.executeCommand('workbench.action.chat.open', {
    query: `@fakechat ${ask} ${file}`,
    isPartialQuery: false,
    blockOnResponse: true,
    ...(mode ? { mode } : {}),
  });
  await waitFor(
    () => document.getText().includes(fakeChat().CODE[1]),
    `the chat edit (the participant saw ${JSON.stringify(fakeChat().requests.at(-1))})`,
  );
  return { uri, document, before };
}

/** A report line without the findings at its end. */
const withoutFindings = (line) => line.replace(/ — findings.*$/, '');

/** The report's region lines for `file` once there are `count` of them. */
async function regionsOnce(file, count) {
  return waitFor(async () => {
    const lines = await reportedRegions(file);
    return lines.length === count && lines;
  }, `${count} recorded region(s) in ${file}`);
}

(OLDEST ? describe.skip : describe)('chat and agent edits (VS Code 1.139)', function () {
  this.timeout(120_000);

  it('an agent-mode chat edit is recorded as chat-edit, agent, with its model, on the lines it wrote; Keep keeps it', async () => {
    const { uri, document } = await chatEdit('chat-keep.js', 'agent');
    const [region] = await regionsOnce('chat-keep.js', 1);
    // Lines 1–2 were there before; the chat wrote lines 3–5.
    assert.match(region, /^- lines 3–5: ai, chat-edit \(Chat\.applyEdits\), \S+, agent by fake-chat\/fake-chat-model( — |$)/);
    await waitFor(() => aiFindings(uri).length >= 2, 'AI-tagged findings in the chat edit');
    assert.ok(aiFindings(uri).every((d) => d.range.start.line >= 2 && d.range.end.line <= 4));

    // Keep: the session takes the file's text as its new original (its own copy of the file changes).
    const kept = new Promise((resolve) => {
      const watch = vscode.workspace.onDidChangeTextDocument((e) => {
        if (
          e.document.uri.scheme === 'chat-editing-text-model' &&
          e.document.uri.path === uri.path &&
          e.document.getText() === document.getText()
        ) {
          watch.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('chatEditing.acceptFile', uri);
    await kept;
    assert.deepStrictEqual((await reportedRegions('chat-keep.js')).map(withoutFindings), [withoutFindings(region)]);
  });

  it('undo of a chat edit in the editor removes its tag, and redo brings it back', async () => {
    const { uri, document, before } = await chatEdit('chat-undo.js', 'agent');
    const [region] = await regionsOnce('chat-undo.js', 1);
    assert.match(region, /^- lines 3–5: ai, chat-edit \(Chat\.applyEdits\), \S+, agent by fake-chat\/fake-chat-model( — |$)/);
    const after = document.getText();
    await open(uri);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === before, 'the chat edit undone');
    await regionsOnce('chat-undo.js', 0);
    await open(uri);
    await vscode.commands.executeCommand('redo');
    await waitFor(() => document.getText() === after, 'the chat edit redone');
    const [again] = await regionsOnce('chat-undo.js', 1);
    assert.match(again, /^- lines 3–5: ai, chat-edit \(Chat\.applyEdits\), \S+, agent by fake-chat\/fake-chat-model( — |$)/);
  });

  it("an ask-mode chat edit is chat; the chat's Undo of the file removes it and keeps earlier accepted code tagged", async () => {
    await acceptSuggestion('chat-discard.js', 'vetted.acceptInlineSuggestion');
    const [accepted] = await regionsOnce('chat-discard.js', 1);
    assert.match(accepted, /^- lines 4–6: ai, inline-accept/);
    const { uri, document, before } = await chatEdit('chat-discard.js', 'ask');
    const [, chat] = await regionsOnce('chat-discard.js', 2);
    assert.match(chat, /^- lines 7–9: ai, chat-edit \(Chat\.applyEdits\), \S+, chat by fake-chat\/fake-chat-model( — |$)/);
    // The chat's "Undo" on the file (no confirmation, unlike "Undo All"): the editor replaces the
    // whole document with its text before the session (source Chat.undoEdits).
    await vscode.commands.executeCommand('chatEditing.discardFile', uri);
    await waitFor(() => document.getText() === before, 'the chat edit discarded');
    const [left] = await regionsOnce('chat-discard.js', 1);
    assert.match(left, /^- lines 4–6: ai, inline-accept/);
    assert.strictEqual(withoutFindings(left), withoutFindings(accepted), 'the same region, accepted at the same time');
  });

  it("an agent's call of the editor's edit tool (through a code mapper) is recorded as agent", async () => {
    const { uri } = await chatEdit('chat-tool.js', 'agent', 'with the edit tool add a session token to');
    assert.strictEqual(fakeChat().requests.at(-1).error, undefined);
    const [region] = await regionsOnce('chat-tool.js', 1);
    assert.match(region, /^- lines 3–5: ai, chat-edit \(Chat\.applyEdits\), \S+, agent by fake-chat\/fake-chat-model( — |$)/);
    await waitFor(() => aiFindings(uri).length >= 2, 'AI-tagged findings in the edit');
  });

  it('an inline chat (Ctrl+I) edit is recorded as chat; closing inline chat without keeping it removes it', async () => {
    const uri = workspaceFile('chat-inline.js');
    const { document, editor } = await open(uri);
    const before = document.getText();
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    const reasons = [];
    const watch = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document && e.contentChanges.length) reasons.push(e.detailedReason?.source);
    });
    try {
      // Resolves only when the inline chat session ends; the edit is awaited below.
      const started = vscode.commands.executeCommand('inlineChat.start', {
        message: '@fakechat add a session token to chat-inline.js',
        autoSend: true,
      });
      started.then(undefined, () => undefined);
      await waitFor(() => document.getText().includes(fakeChat().CODE[1]), 'the inline chat edit');
      const [region] = await regionsOnce('chat-inline.js', 1);
      assert.match(region, /^- lines 3–5: ai, chat-edit \(inlineChat\.applyEdits\), \S+, chat by fake-chat\/fake-chat-model( — |$)/);
      await open(uri);
      await vscode.commands.executeCommand('inlineChat2.close');
      await waitFor(() => document.getText() === before, `the inline chat edit discarded (reasons: ${reasons.join(', ')})`);
      await regionsOnce('chat-inline.js', 0);
    } finally {
      watch.dispose();
    }
  });
});
