// No false attribution: what a person does in the editor (typing, pasting, snippets, completions,
// refactorings, formatting, version control, undo, multi-cursor…) never records a line as AI,
// and an accepted AI suggestion in the same file stays exactly its accepted lines.
//
// Every check prints one row (see `check`): the scenario, the lines it changed, the lines Vetted
// records as AI afterwards, how many human lines are tagged (must be 0), how many accepted AI
// lines lost their tag (must be 0), and whether the edit was classified correctly.
const assert = require('assert');
const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { workspaceFile, waitFor, open, regionLines, note } = require('./helpers');

/** The stand-in assistant's JavaScript suggestion (test/e2e/extensions/fake-ai), line by line. */
const AI_LINES = [
  "const crypto = require('crypto');",
  "const digest = crypto.createHash('md5').update(req.file.buffer).digest('hex');",
  "db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);",
];
const TRIGGER = '// ai: hash the password and look up the user';
const isAiLine = (text) => AI_LINES.includes(text.trim());

/** Where the suggestion is accepted in a scenario's file: this line's indentation, then the trigger. */
const AI_HERE = '@AI@';

/**
 * Writes `lines` to a new workspace file, opens it, and accepts the stand-in assistant's suggestion
 * with Vetted's Tab command at the line holding AI_HERE (the line keeps AI_HERE's indentation).
 * Without AI_HERE the file gets no AI code. Checks that exactly the three suggested lines are "ai".
 */
async function scenarioFile(name, lines) {
  const uri = workspaceFile(name);
  const at = lines.findIndex((l) => l.trim() === AI_HERE);
  const indent = at >= 0 ? /^\s*/.exec(lines[at])[0] : '';
  fs.writeFileSync(uri.fsPath, lines.map((l, i) => (i === at ? indent : l)).join('\n'));
  const { document, editor } = await open(uri);
  if (at >= 0) {
    await editor.edit((edit) => edit.insert(new vscode.Position(at, indent.length), TRIGGER));
    const end = document.lineAt(at).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.inlineSuggest.trigger');
    await waitFor(async () => {
      await vscode.commands.executeCommand('vetted.acceptInlineSuggestion');
      return document.getText().includes("createHash('md5')");
    }, 'suggestion accepted');
    const { regions, lines: tagged } = await waitFor(async () => {
      const found = await regionLines(name);
      return found.regions.length > 0 && found;
    }, 'the accepted suggestion recorded');
    assert.deepStrictEqual([...tagged], [at + 2, at + 3, at + 4], `the accepted lines are AI:\n${regions.map((r) => r.text).join('\n')}`);
  }
  return { uri, document, ...(await open(uri)) };
}

/** 1-based numbers of the lines that changed from `before` to `after` (as lines of `after`). */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const first = prefix + 1;
  const last = b.length - suffix;
  if (before === after) return 'none';
  return last >= first ? span(first, last) : `removed after line ${prefix}`;
}

function span(first, last) {
  return first === last ? `${first}` : `${first}-${last}`;
}

/** "3-5, 9" for a set of line numbers. */
function ranges(lines) {
  const sorted = [...lines].sort((x, y) => x - y);
  const out = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out.length ? out.map(([f, l]) => span(f, l)).join(', ') : 'none';
}

/**
 * What a user would see after a scenario: the lines Vetted records as AI must be exactly the lines
 * holding the accepted code (`aiLine` tells them by their text), each region still "ai". Prints the
 * scenario's row, then asserts. Re-opens the file (the report took the editor).
 */
async function check(scenario, name, before, { aiLine = isAiLine, state = 'ai' } = {}) {
  const uri = workspaceFile(name);
  const document = await vscode.workspace.openTextDocument(uri);
  const after = document.getText();
  const expected = new Set();
  for (let i = 0; i < document.lineCount; i++) if (aiLine(document.lineAt(i).text)) expected.add(i + 1);
  // Vetted publishes from its change handler; the report reads the same regions.
  const { regions, lines } = await regionLines(name);
  const human = [...lines].filter((n) => !expected.has(n));
  const lost = [...expected].filter((n) => !lines.has(n));
  const wrongState = regions.filter((r) => r.state !== state);
  const correct = human.length === 0 && lost.length === 0 && wrongState.length === 0;
  note(
    `no-false-attribution | VS Code ${vscode.version} | ${scenario} | changed lines ${changedLines(before, after)} | ` +
      `AI lines ${ranges(lines)} (accepted code on ${ranges(expected)}) | human lines tagged ${human.length} | ` +
      `AI lines lost ${lost.length} | ${correct ? 'classified correctly' : 'MISCLASSIFIED'}`,
  );
  const report = regions.map((r) => r.text).join('\n') || '(no regions)';
  assert.deepStrictEqual(human, [], `${scenario}: human lines recorded as AI\n${report}\n---\n${after}`);
  assert.deepStrictEqual(lost, [], `${scenario}: accepted lines no longer AI\n${report}\n---\n${after}`);
  assert.deepStrictEqual(wrongState, [], `${scenario}: regions should stay "${state}"\n${report}`);
  return open(uri);
}

const command = (id, ...args) => vscode.commands.executeCommand(id, ...args);

/** Types `text` one character at a time, as the keyboard does (auto-closing, auto-indent included). */
async function typeSlowly(text) {
  for (const ch of text) await command('type', { text: ch });
}

function moveTo(editor, line, character = Number.MAX_SAFE_INTEGER) {
  const position = editor.document.validatePosition(new vscode.Position(line, character));
  editor.selection = new vscode.Selection(position, position);
}

const lastAiLine = (document) => {
  let last = -1;
  for (let i = 0; i < document.lineCount; i++) if (isAiLine(document.lineAt(i).text)) last = i;
  return last;
};

async function withSettings(settings, run) {
  const config = vscode.workspace.getConfiguration();
  for (const [key, value] of Object.entries(settings)) await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await run();
  } finally {
    for (const key of Object.keys(settings)) await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

/** Puts `text` on the clipboard as another application would, then pastes it with VS Code's paste. */
async function pasteFromOutside(document, text) {
  await vscode.env.clipboard.writeText(text);
  assert.strictEqual(await vscode.env.clipboard.readText(), text, 'the clipboard holds the text');
  const before = document.getText();
  await command('editor.action.clipboardPasteAction');
  await waitFor(() => document.getText() !== before, 'the paste');
}

function git(cwd, ...args) {
  return childProcess.execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('Vetted records no human edit as AI', () => {
  before(async () => {
    await open(workspaceFile('scratch.js'));
    await waitFor(() => vscode.extensions.getExtension('vetted.vetted').isActive, 'activation');
    assert.strictEqual(vscode.workspace.getConfiguration('vetted').get('provenance.heuristics'), false, 'heuristics off (the default)');
  });

  it('typing character by character, with auto-closing brackets and quotes, beside accepted code', async () => {
    const name = 'noai-typing.js';
    await withSettings({ 'editor.autoClosingBrackets': 'always', 'editor.autoClosingQuotes': 'always' }, async () => {
      let { document, editor } = await scenarioFile(name, ['// Typed by hand next to accepted code.', AI_HERE, '']);
      let before = document.getText();
      // Right at the end of the accepted code: Enter, then a line.
      moveTo(editor, lastAiLine(document));
      await typeSlowly("\nconst typedRightAfter = ['a', 'b'];");
      assert.match(document.getText(), /\nconst typedRightAfter = \['a', 'b'\];\n/, 'typed as intended');
      ({ document, editor } = await check('1a typing on a new line right after the accepted code', name, before));
      before = document.getText();
      moveTo(editor, document.lineCount - 1);
      // `(`, `{` and `'` are closed by the editor; typing the closing character steps over it.
      await typeSlowly("function greet(name) {\nreturn 'Hello, ' + name;");
      moveTo(editor, document.lineCount - 1);
      await typeSlowly("\ngreet('world');");
      assert.match(
        document.getText(),
        /\nfunction greet\(name\) \{\n\s+return 'Hello, ' \+ name;\n\}\ngreet\('world'\);$/,
        'auto-closed as typed',
      );
      await check('1b typing a function with auto-closed brackets and quotes', name, before);
    });
  });

  it('pasting text from outside the editor, one line and twelve lines', async () => {
    const name = 'noai-paste.js';
    let { document, editor } = await scenarioFile(name, ['// Text from another application is pasted here.', AI_HERE, '']);
    let before = document.getText();
    moveTo(editor, document.lineCount - 1);
    await pasteFromOutside(document, 'const pastedOne = computeTotal(items);');
    ({ document, editor } = await check('2a paste of one line from outside', name, before));
    before = document.getText();
    moveTo(editor, lastAiLine(document));
    const twelve = Array.from({ length: 12 }, (_, i) => `const pasted${i} = items[${i}] * ${i + 1};`);
    await pasteFromOutside(document, '\n' + twelve.join('\n'));
    assert.ok(document.getText().includes(twelve.join('\n')));
    await check('2b paste of 12 lines from outside, right after the accepted code', name, before);
  });

  it('inserting multi-line snippets (TextEditor.insertSnippet and editor.action.insertSnippet)', async () => {
    const name = 'noai-snippet.js';
    let { document, editor } = await scenarioFile(name, ['// Snippets are inserted here.', AI_HERE, '']);
    let before = document.getText();
    moveTo(editor, document.lineCount - 1);
    await editor.insertSnippet(
      new vscode.SnippetString('function ${1:handler}(${2:event}) {\n\tconsole.log(${2:event});\n\treturn ${3:null};\n}\n'),
    );
    await command('leaveSnippet');
    assert.match(document.getText(), /function handler\(event\) \{\n\s+console\.log\(event\);/);
    ({ document, editor } = await check('3a multi-line snippet (insertSnippet)', name, before));
    before = document.getText();
    moveTo(editor, lastAiLine(document));
    await command('editor.action.insertSnippet', { snippet: '\nfor (const ${1:item} of ${2:items}) {\n\tprocess(${1:item});\n}' });
    await command('leaveSnippet');
    assert.match(document.getText(), /\nfor \(const item of items\) \{\n\s+process\(item\);\n\}/);
    await check('3b multi-line snippet right after the accepted code (editor.action.insertSnippet)', name, before);
  });

  it('accepting ordinary completions from the suggest widget (the command Tab and Enter run)', async () => {
    const name = 'noai-completion.js';
    const provider = vscode.languages.registerCompletionItemProvider(
      { pattern: '**/noai-completion.js' },
      {
        provideCompletionItems() {
          const total = new vscode.CompletionItem('computeHumanTotal', vscode.CompletionItemKind.Function);
          total.insertText = 'computeHumanTotal(items)';
          const loop = new vscode.CompletionItem('forEachHumanItem', vscode.CompletionItemKind.Snippet);
          loop.insertText = new vscode.SnippetString('for (const item of ${1:items}) {\n\tconsole.log(item);\n}');
          return [total, loop];
        },
      },
    );
    try {
      let { document, editor } = await scenarioFile(name, ['// Completions are accepted here.', AI_HERE, '']);
      for (const [scenario, prefix, expect] of [
        ['4a completion accepted from the suggest widget (one line)', 'computeH', 'computeHumanTotal(items)'],
        ['4b completion accepted from the suggest widget (multi-line snippet item)', 'forEachH', 'for (const item of items) {'],
      ]) {
        const before = document.getText();
        moveTo(editor, document.lineCount - 1);
        await typeSlowly('\n' + prefix);
        // Tab and Enter both run acceptSelectedSuggestion while the suggest widget is open.
        await command('editor.action.triggerSuggest');
        await waitFor(async () => {
          await command('acceptSelectedSuggestion');
          return document.getText().includes(expect);
        }, `the completion ${expect}`);
        await command('leaveSnippet');
        ({ document, editor } = await check(scenario, name, before));
      }
    } finally {
      provider.dispose();
    }
  });

  it('renaming a human-written name used in the accepted code and outside it', async () => {
    const name = 'noai-rename.js';
    const rename = vscode.languages.registerRenameProvider(
      { pattern: '**/noai-rename.js' },
      {
        // Every whole-word occurrence that is not a property access (the profile's TypeScript server has no rename).
        provideRenameEdits(document, position, newName) {
          const word = document.getText(document.getWordRangeAtPosition(position));
          const edit = new vscode.WorkspaceEdit();
          for (const m of document.getText().matchAll(new RegExp(`(?<![\\w$.])${word}(?![\\w$])`, 'g')))
            edit.replace(document.uri, new vscode.Range(document.positionAt(m.index), document.positionAt(m.index + word.length)), newName);
          return edit;
        },
      },
    );
    try {
      const { uri, document } = await scenarioFile(name, [
        '// A human-written name that the accepted code uses too.',
        'const req = readRequest();',
        'const db = openDatabase();',
        AI_HERE,
        'console.log(req.file.name);',
        'respond(req, digest);',
        '',
      ]);
      const before = document.getText();
      const position = document.positionAt(before.indexOf('const req') + 'const '.length);
      const edit = await command('vscode.executeDocumentRenameProvider', uri, position, 'incomingRequest');
      assert.strictEqual(edit.get(uri).length, 5, 'the declaration, two uses in the accepted code and two after it');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(!/\breq\b/.test(document.getText().replace(/\.req\b/g, '')), 'every use renamed');
      const renamedAi = AI_LINES.map((l) => l.replace(/\breq\b/g, 'incomingRequest'));
      await check('5 rename of a human name used inside and outside the accepted code', name, before, {
        aiLine: (text) => renamedAi.includes(text.trim()),
      });
    } finally {
      rename.dispose();
    }
  });

  it('an extract-function refactoring of human lines (a code action applied as a WorkspaceEdit)', async () => {
    const name = 'noai-extract.js';
    const provider = vscode.languages.registerCodeActionsProvider(
      { pattern: '**/noai-extract.js' },
      {
        provideCodeActions(document, range) {
          const first = range.start.line;
          const last = range.end.line;
          const body = [];
          for (let i = first; i <= last; i++) body.push('  ' + document.lineAt(i).text);
          const action = new vscode.CodeAction('Extract to function printTotal', vscode.CodeActionKind.RefactorExtract);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.replace(document.uri, new vscode.Range(first, 0, last, document.lineAt(last).text.length), 'printTotal(items);');
          const end = document.lineAt(document.lineCount - 1).range.end;
          action.edit.insert(document.uri, end, `\nfunction printTotal(items) {\n${body.join('\n')}\n}\n`);
          return [action];
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.RefactorExtract] },
    );
    try {
      const { uri, document } = await scenarioFile(name, [
        '// Human lines below the accepted code are extracted into a function.',
        AI_HERE,
        'const total = items.length;',
        'const label = `Total: ${total}`;',
        'console.log(label);',
        'done();',
        '',
      ]);
      const before = document.getText();
      const first = before.split('\n').indexOf('const total = items.length;');
      const range = new vscode.Range(first, 0, first + 2, 'console.log(label);'.length);
      const actions = await command('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.RefactorExtract.value);
      const extract = actions.find((a) => a.title === 'Extract to function printTotal');
      assert.ok(extract, `offered among ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(extract.edit));
      assert.match(document.getText(), /\nprintTotal\(items\);\ndone\(\);\n\nfunction printTotal\(items\) \{\n {2}const total/);
      await check('6 extract-function refactoring of the human lines after the accepted code', name, before);
    } finally {
      provider.dispose();
    }
  });

  it('Format Document: the built-in JavaScript formatter, and a registered formatter that rewrites the whole file', async () => {
    const layout = [
      'function upload(db, req) {',
      '      ' + AI_HERE,
      '      const size = req.file.size;',
      '  if (size > 10) {',
      'console.log(size);',
      '        }',
      '}',
      '',
    ];
    // The built-in formatter (the profile's TypeScript server formats in syntax-only mode).
    let name = 'noai-format-builtin.js';
    let { document } = await scenarioFile(name, ['// Formatted with Format Document (built-in formatter).', ...layout]);
    let before = document.getText();
    await command('editor.action.formatDocument');
    await waitFor(() => document.getText() !== before, 'the built-in formatter to change the file', 15_000);
    assert.doesNotMatch(document.getText(), /\n {6}const crypto = require/, `the accepted code reindented:\n${document.getText()}`);
    await check('7a Format Document, built-in formatter (reindents the accepted code too)', name, before);

    // A formatter that returns one edit replacing the whole text, reindented by brace depth.
    name = 'noai-format-whole.js';
    const formatter = vscode.languages.registerDocumentFormattingEditProvider(
      { pattern: '**/noai-format-whole.js' },
      {
        provideDocumentFormattingEdits(doc) {
          let depth = 0;
          const text = doc
            .getText()
            .split('\n')
            .map((line) => {
              const trimmed = line.trim();
              if (trimmed.startsWith('}')) depth--;
              const out = trimmed ? '  '.repeat(Math.max(depth, 0)) + trimmed : '';
              if (trimmed.endsWith('{')) depth++;
              return out;
            })
            .join('\n');
          return [vscode.TextEdit.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text)];
        },
      },
    );
    try {
      await withSettings({ '[javascript]': { 'editor.defaultFormatter': 'vetted-test.e2e-runner' } }, async () => {
        ({ document } = await scenarioFile(name, ['// Formatted with Format Document (a whole-file formatter).', ...layout]));
        before = document.getText();
        await command('editor.action.formatDocument');
        await waitFor(() => document.getText() !== before, 'the registered formatter to change the file', 15_000);
        assert.match(
          document.getText(),
          /\n {2}const crypto = require[\s\S]*\n {2}if \(size > 10\) \{\n {4}console\.log\(size\);\n {2}\}\n\}/,
        );
        await check('7b Format Document, a formatter replacing the whole file (reindents the accepted code too)', name, before);
      });
    } finally {
      formatter.dispose();
    }
  });

  it('git: checking out a branch whose version of the file differs, and discarding local changes', async () => {
    const name = 'noai-git/service.js';
    const dir = workspaceFile('noai-git').fsPath;
    fs.mkdirSync(dir, { recursive: true });
    const human = ['function serve(db, req) {', '  return db.find(req.id);', '}', ''];
    const lines = ['// A file in a git repository.', AI_HERE, '', ...human];
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.email', 'tests@example.invalid');
    git(dir, 'config', 'user.name', 'Vetted tests');
    let { document, editor } = await scenarioFile(name, lines);
    await document.save();
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'accepted code');
    // The other branch is made in a clone, so the open file does not change yet.
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-e2e-clone-'));
    git(clone, 'clone', '-q', dir, '.');
    git(clone, 'config', 'user.email', 'tests@example.invalid');
    git(clone, 'config', 'user.name', 'Vetted tests');
    git(clone, 'checkout', '-q', '-b', 'other');
    const onMain = fs.readFileSync(path.join(dir, 'service.js'), 'utf8');
    const otherLines = onMain.split('\n');
    // Other human code below the accepted lines: changed lines and twelve new ones.
    const tail = otherLines.indexOf('function serve(db, req) {');
    otherLines.splice(
      tail,
      human.length,
      'function serve(db, req, cache) {',
      '  const hit = cache.get(req.id);',
      '  if (hit) return hit;',
      ...Array.from({ length: 12 }, (_, i) => `  cache.note(${i});`),
      '  return db.find(req.id);',
      '}',
      '',
    );
    fs.writeFileSync(path.join(clone, 'service.js'), otherLines.join('\n'));
    git(clone, 'commit', '-q', '-am', 'other human code');
    // And a version whose human changes are above and below the accepted code.
    git(clone, 'checkout', '-q', '-b', 'around');
    fs.writeFileSync(path.join(clone, 'service.js'), ["'use strict';", '// Added above by a colleague.', ...otherLines].join('\n'));
    git(clone, 'commit', '-q', '-am', 'lines above');
    git(clone, 'push', '-q', 'origin', 'other', 'around');
    fs.rmSync(clone, { recursive: true, force: true });

    const reloaded = async (what, expected) => {
      await waitFor(() => document.getText() === expected, `the editor to reload the file after ${what}`);
      return { document, editor };
    };
    let before = document.getText();
    git(dir, 'checkout', '-q', 'other');
    await reloaded('git checkout other', fs.readFileSync(path.join(dir, 'service.js'), 'utf8'));
    ({ document, editor } = await check('8a git checkout of a branch changing the human code below', name, before));

    before = document.getText();
    git(dir, 'checkout', '-q', 'around');
    await reloaded('git checkout around', fs.readFileSync(path.join(dir, 'service.js'), 'utf8'));
    ({ document, editor } = await check('8b git checkout of a branch adding lines above the accepted code', name, before));

    // A local change, saved, then discarded with git.
    const committed = document.getText();
    moveTo(editor, document.lineCount - 1);
    await typeSlowly('\nserve(openDb(), { id: 1 });');
    await document.save();
    before = document.getText();
    git(dir, 'checkout', '--', 'service.js');
    await reloaded('git checkout -- service.js', committed);
    ({ document, editor } = await check('8c git checkout -- file discarding a saved local change', name, before));

    before = document.getText();
    git(dir, 'checkout', '-q', 'main');
    await reloaded('git checkout main', onMain);
    await check('8d git checkout back to the branch the code was accepted on', name, before);
  });

  it('undo and redo of typed text, copy line down, comment toggling and multi-cursor typing', async () => {
    const name = 'noai-editing.js';
    let { document, editor } = await scenarioFile(name, [
      '// Everyday editing next to accepted code.',
      AI_HERE,
      'const kept = 1;',
      'const other = 2;',
      'const third = 3;',
      '',
    ]);
    let before = document.getText();
    moveTo(editor, document.lineCount - 1);
    await typeSlowly('const typed = kept + other;');
    const typed = document.getText();
    // VS Code puts an undo stop at each word typed: undo until the line is gone, then redo all.
    let steps = 0;
    while (document.getText() !== before && steps++ < 20) await command('undo');
    assert.strictEqual(document.getText(), before, 'undo removed the typed text');
    ({ document, editor } = await check(`9a undo of a typed line (${steps} undo steps)`, name, typed));
    for (let i = 0; i < steps; i++) await command('redo');
    assert.strictEqual(document.getText(), typed, 'redo brought it back');
    ({ document, editor } = await check(`9b redo of the typed line (${steps} redo steps)`, name, before));

    before = document.getText();
    moveTo(editor, lastAiLine(document) + 1, 3);
    await command('editor.action.copyLinesDownAction');
    assert.match(document.getText(), /\nconst kept = 1;\nconst kept = 1;\n/);
    ({ document, editor } = await check('9c copy line down of the human line right after the accepted code', name, before));

    before = document.getText();
    const firstHuman = lastAiLine(document) + 1;
    editor.selection = new vscode.Selection(firstHuman, 0, firstHuman + 2, 3);
    await command('editor.action.commentLine');
    assert.match(document.getText(), /\n\/\/ const kept = 1;\n\/\/ const kept = 1;\n\/\/ const other = 2;\n/);
    ({ document, editor } = await check('9d toggling a line comment on three human lines', name, before));
    before = document.getText();
    editor.selection = new vscode.Selection(firstHuman, 0, firstHuman + 2, 3);
    await command('editor.action.commentLine');
    ({ document, editor } = await check('9e toggling the comment off again', name, before));

    before = document.getText();
    editor.selections = [0, 1, 2].map((i) => {
      const end = document.lineAt(firstHuman + i).range.end;
      return new vscode.Selection(end, end);
    });
    await typeSlowly(' // checked');
    assert.strictEqual(document.getText().match(/ \/\/ checked/g).length, 3);
    await check('9f multi-cursor typing on three human lines', name, before);
  });

  it('a large single paste with heuristics off (the default), into a file with accepted code and into one without', async () => {
    const big = Array.from({ length: 40 }, (_, i) => `export function handler${i}(request) { return request.body.items[${i}]; }`).join(
      '\n',
    );
    const name = 'noai-large-paste.js';
    let { document, editor } = await scenarioFile(name, ['// A large paste with heuristics off.', AI_HERE, '']);
    let before = document.getText();
    moveTo(editor, document.lineCount - 1);
    await pasteFromOutside(document, big);
    await check('9g large paste (40 lines) into a file with accepted code, heuristics off', name, before);

    const plain = 'noai-large-paste-plain.js';
    ({ document, editor } = await scenarioFile(plain, ['// A large paste into a file without AI code.', '']));
    before = document.getText();
    moveTo(editor, document.lineCount - 1);
    await pasteFromOutside(document, big);
    await check('9h large paste (40 lines) into a file without AI code, heuristics off', plain, before);
  });

  it("Vetted's Tab when the ghost text is already gone (nothing accepted), then typing at once", async function () {
    // The Tab binding is evaluated while ghost text shows; the suggestion can vanish before the
    // accept runs (the user typed on, the provider withdrew it). The next keystrokes are the user's.
    const name = 'noai-empty-accept.js';
    const { document, editor } = await scenarioFile(name, ['// Tab accepted nothing here.', AI_HERE, '']);
    const before = document.getText();
    moveTo(editor, document.lineCount - 1);
    const started = Date.now();
    let firstKey;
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document && firstKey === undefined) firstKey = Date.now();
    });
    await command('vetted.acceptInlineSuggestion');
    const acceptMs = Date.now() - started;
    assert.strictEqual(document.getText(), before, 'there was nothing to accept');
    await typeSlowly('const afterTab = 1;');
    listener.dispose();
    const lag = firstKey - started;
    note(
      `no-false-attribution | VS Code ${vscode.version} | 10 timing: accept command ${acceptMs} ms, first keystroke's change ${lag} ms after it started`,
    );
    // Vetted expects an accept's edit for 1.5 s after its command: a keystroke later than that
    // (a very busy machine) cannot show anything, so the scenario is reported as not exercised.
    if (lag >= 1500) {
      note(`no-false-attribution | VS Code ${vscode.version} | 10 not exercised: the first keystroke came after the 1.5 s window`);
      this.skip();
    }
    await check("10 typing right after Vetted's Tab accepted nothing", name, before);
  });
});
