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
  return dir;
}
