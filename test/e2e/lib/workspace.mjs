// A fresh copy of the bundled examples as the demo workspace, plus empty files the tests type into.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_DIR } from './setup.mjs';

export function prepareWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_DIR, 'examples'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'scratch.js'), '// A file for typing into.\n');
  fs.writeFileSync(path.join(dir, 'ai-suggestion.js'), '// The fake AI assistant completes the comment below.\n\n');
  fs.writeFileSync(path.join(dir, 'ai-word.js'), '// Accepted one word at a time.\n\n');
  fs.writeFileSync(path.join(dir, 'ai-off.js'), '// Provenance tagging is switched off for this one.\n\n');
  fs.writeFileSync(path.join(dir, 'ai-copy.js'), '// Accepted code is copied and pasted below.\n\n');
  fs.writeFileSync(path.join(dir, 'ai-native.js'), "// Accepted with VS Code's own command, not Vetted's Tab.\n\n");
  fs.writeFileSync(path.join(dir, 'ai-rename.js'), '// A name in the accepted code is renamed.\n\n');
  fs.writeFileSync(path.join(dir, 'agent-edit.js'), '// An agent tool writes code here (heuristics on).\n\n');
  fs.writeFileSync(path.join(dir, 'agent-edit-off.js'), '// An agent tool writes code here (heuristics off).\n\n');
  return dir;
}
