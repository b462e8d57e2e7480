// A stand-in for an AI coding assistant: after a line that ends with the trigger comment it
// offers a fixed multi-line suggestion as ghost text, which the user accepts with Tab.
const vscode = require('vscode');

const SUGGESTIONS = {
  javascript: [
    "const crypto = require('crypto');",
    "const digest = crypto.createHash('md5').update(req.file.buffer).digest('hex');",
    "db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);",
  ],
  python: ['import subprocess', 'subprocess.run(f"convert {filename} out.png", shell=True)'],
};

/** The trigger is a comment asking the assistant for code, e.g. `// ai: hash the password`. */
const TRIGGER = /(\/\/|#) ai: .*$/;

function activate(context) {
  const provider = {
    provideInlineCompletionItems(document, position) {
      const line = document.lineAt(position.line).text;
      if (!TRIGGER.test(line) || position.character !== line.length) return [];
      const language = document.languageId === 'python' ? 'python' : 'javascript';
      const indent = /^\s*/.exec(line)[0];
      const text = '\n' + SUGGESTIONS[language].map((l) => indent + l).join('\n');
      return [new vscode.InlineCompletionItem(text, new vscode.Range(position, position))];
    },
  };
  context.subscriptions.push(vscode.languages.registerInlineCompletionItemProvider({ pattern: '**' }, provider));
}

module.exports = { activate, SUGGESTIONS };
