// What a test extension can drive of chat and agent editing in each editor: the ground the
// chat/agent provenance work stands on. Facts are asserted per editor, so a new editor that
// changes them fails here first.
const assert = require('assert');
const vscode = require('vscode');
const { workspaceFile, open, waitFor, reportedRegions } = require('./helpers');

const OLDEST = /^1\.100\./.test(vscode.version);

describe('chat and agent editing hooks a test extension can drive', () => {
  it('chat participants and tools on every editor; a language-model provider API from 1.139 on', () => {
    assert.strictEqual(typeof vscode.chat.createChatParticipant, 'function');
    assert.strictEqual(typeof vscode.lm.registerTool, 'function');
    assert.strictEqual(typeof vscode.lm.invokeTool, 'function');
    assert.strictEqual(typeof vscode.lm.registerLanguageModelChatProvider, OLDEST ? 'undefined' : 'function');
  });

  it('a test extension gives the chat a language model from 1.139 on; in 1.100 it cannot, and no model is available', async () => {
    // extensions/fake-chat registers "fake-chat-model" with lm.registerLanguageModelChatProvider when the API exists.
    const fake = vscode.extensions.getExtension('vetted-test.fake-chat-assistant');
    assert.ok(fake, 'the fake chat assistant is installed');
    if (!fake.isActive) await fake.activate();
    const names = async () => (await vscode.lm.selectChatModels({})).map((m) => `${m.vendor}/${m.id}`);
    if (OLDEST) assert.deepStrictEqual(await names(), []);
    else {
      const listed = await waitFor(async () => {
        const found = await names();
        return found.length > 0 && found;
      }, 'the fake model');
      assert.deepStrictEqual(listed, ['fake-chat/fake-chat-model']);
    }
  });

  it("an extension's own edit carries no AI source (1.139: source 'unknown'; 1.100: no reason at all) and is not recorded", async () => {
    const uri = workspaceFile('scratch.js');
    await open(uri);
    let reason;
    const watch = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === uri.toString() && e.contentChanges.length) reason = e.detailedReason ?? null;
    });
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), "const probe = require('crypto').createHash('md5');\n");
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(() => reason !== undefined, 'the change event');
    } finally {
      watch.dispose();
    }
    if (OLDEST) assert.strictEqual(reason, null);
    else assert.strictEqual(reason.source, 'unknown');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(await reportedRegions('scratch.js'), []);
  });

  it("the built-in edit tool refuses calls from outside a chat request (it needs the request's toolInvocationToken)", async () => {
    await vscode.commands.executeCommand('workbench.action.chat.open');
    const tool = await waitFor(() => vscode.lm.tools.find((t) => t.name === 'vscode_editFile_internal'), 'the built-in edit tool', 15_000);
    assert.ok(tool);
    const target = workspaceFile('ai-word.js');
    const before = (await vscode.workspace.openTextDocument(target)).getText();
    await assert.rejects(
      vscode.lm.invokeTool('vscode_editFile_internal', {
        input: { uri: target.toString(), explanation: 'probe', code: before + '// edited\n' },
        toolInvocationToken: undefined,
      }),
      /toolInvocationToken/,
    );
    assert.strictEqual((await vscode.workspace.openTextDocument(target)).getText(), before);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
  });
});
