// A stand-in for an AI chat assistant: a fake language model (so the editor has a model and sends
// chat requests) and a chat participant, @fakechat, that answers "… <file>" by adding fixed
// insecure code to that workspace file through the chat response stream's `textEdit`, which the
// editor applies through its chat-editing session (with Keep / Undo), as it does for any chat or
// agent edit. "with the edit tool … <file>" makes it call the editor's built-in edit tool instead,
// as an agent does. Records what it saw for the tests (`exports.requests`).
const path = require('path');
const vscode = require('vscode');

const CODE = [
  "const crypto = require('crypto');",
  "const token = crypto.createHash('md5').update(String(Date.now())).digest('hex');",
  "db.query(`DELETE FROM sessions WHERE user = '${req.query.user}'`);",
];

const requests = [];

function activate(context) {
  if (typeof vscode.lm.registerLanguageModelChatProvider === 'function') {
    context.subscriptions.push(
      vscode.lm.registerLanguageModelChatProvider('fake-chat', {
        provideLanguageModelChatInformation() {
          return [
            {
              id: 'fake-chat-model',
              name: 'Fake chat model',
              family: 'fake',
              version: '1',
              maxInputTokens: 100000,
              maxOutputTokens: 10000,
              capabilities: { toolCalling: true },
            },
          ];
        },
        async provideLanguageModelChatResponse(_model, _messages, _options, progress) {
          progress.report(new vscode.LanguageModelTextPart('The fake model has nothing to say.'));
        },
        async provideTokenCount(_model, text) {
          return typeof text === 'string' ? text.length : 1;
        },
      }),
    );
  }
  const participant = vscode.chat.createChatParticipant('vetted-test.fakechat', async (request, _context, stream) => {
    const seen = {
      prompt: request.prompt,
      model: request.model?.id,
      modeInstructions: request.modeInstructions2?.name,
      hasToken: request.toolInvocationToken !== undefined,
      textEdit: typeof stream.textEdit === 'function',
    };
    requests.push(seen);
    const name = /(\S+\.js)\s*$/.exec(request.prompt)?.[1];
    if (!name) {
      stream.markdown('Name a file.');
      return {};
    }
    const uri = vscode.Uri.file(path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, name));
    const document = await vscode.workspace.openTextDocument(uri);
    const end = document.lineAt(document.lineCount - 1).range.end;
    const text = (document.lineAt(document.lineCount - 1).text ? '\n' : '') + CODE.join('\n') + '\n';
    try {
      if (/^with the edit tool\b/.test(request.prompt)) {
        // What an agent does: call the editor's built-in edit tool with the whole new text; the
        // tool turns it into edits through the code mapper below.
        await vscode.lm.invokeTool('vscode_editFile_internal', {
          toolInvocationToken: request.toolInvocationToken,
          input: { uri, explanation: 'Add a session token', code: document.getText() + text },
        });
      } else {
        stream.textEdit(uri, vscode.TextEdit.insert(end, text));
        stream.textEdit(uri, true);
      }
      seen.edited = true;
    } catch (error) {
      seen.error = String(error);
    }
    stream.markdown('Added the code.');
    return {};
  });
  context.subscriptions.push(participant);
  // The built-in edit tool needs a code mapper (another extension's job, e.g. an AI assistant's):
  // this one takes each code block as the file's whole new text.
  if (typeof vscode.chat.registerMappedEditsProvider2 === 'function') {
    context.subscriptions.push(
      vscode.chat.registerMappedEditsProvider2({
        async provideMappedEdits(request, result) {
          for (const block of request.codeBlocks) {
            const document = await vscode.workspace.openTextDocument(block.resource);
            const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
            result.textEdit(block.resource, [vscode.TextEdit.replace(all, block.code)]);
          }
          return {};
        },
      }),
    );
  }
  return { requests, CODE };
}

module.exports = { activate };
