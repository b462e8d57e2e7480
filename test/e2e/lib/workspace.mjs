// Workspaces the editor opens: a fresh copy of the bundled examples, plus
//   - for `npm start` (the demo), one file to try the stand-in AI assistant in;
//   - for the tests (`forTests`), the files the tests type into, one per scenario.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_DIR } from './setup.mjs';

/** The demo's file for the fake assistant; the README's "Try it" names it. */
export const TRY_AI_FILE = 'try-the-ai-assistant.js';

const TEST_FILES = {
  'scratch.js': '// A file for typing into.\n',
  'ai-suggestion.js': '// The fake AI assistant completes the comment below.\n\n',
  'ai-word.js': '// Accepted one word at a time.\n\n',
  'ai-off.js': '// Provenance tagging is switched off for this one.\n\n',
  'ai-copy.js': '// Accepted code is copied and pasted below.\n\n',
  'ai-native.js': "// Accepted with VS Code's own command, not Vetted's Tab.\n\n",
  'ai-rename.js': '// A name in the accepted code is renamed.\n\n',
  'agent-edit.js': '// An agent tool writes code here (heuristics on).\n\n',
  'agent-edit-off.js': '// An agent tool writes code here (heuristics off).\n\n',
  'agent-hook.js': "// An agent outside the editor writes code here, and Vetted's hook records it.\n\n",
  'ai-suggest-widget.js': '// Completions from the suggest widget are accepted with Tab and Enter next to accepted code.\n\n',
  'chat-keep.js': '// A chat participant adds code here; it is kept.\n\n',
  'chat-undo.js': '// A chat participant adds code here; it is undone.\n\n',
  'chat-discard.js': '// A chat participant adds code here; it is discarded.\n\n',
  'chat-inline.js': '// Inline chat adds code here.\n\n',
  'chat-tool.js': "// An agent adds code here with the editor's edit tool.\n\n",
};

const TRY_AI_TEXT = `// Try the stand-in AI assistant here (it is a test extension, not a real model).
// 1. Put the cursor at the end of the line with "// ai: ..." below (or type such a comment
//    at the end of any line).
// 2. Press Alt+\\ to show its suggestion (ghost text), then Tab to accept it.
// Vetted marks the accepted lines with a bar, tags their findings [AI-accepted] and reports
// them one severity higher, and shows a notice of what the suggestion introduced.
function storeUpload(db, req) {
  // ai: fingerprint the upload and look up its owner
}
`;

export function prepareWorkspace(dir, { forTests = false } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_DIR, 'examples'), dir, { recursive: true });
  const files = forTests ? TEST_FILES : { [TRY_AI_FILE]: TRY_AI_TEXT };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  // A repository of its own, as a user's project is: Vetted keeps its provenance record in the
  // repository's git dir, which would otherwise be this checkout's.
  spawnSync('git', ['init', '-q'], { cwd: dir, stdio: 'ignore' });
  return dir;
}
