#!/usr/bin/env node
// `npm start`: builds Vetted and opens it in a real VS Code in the browser (code-server on
// 127.0.0.1, fresh profile) on a demo workspace of typical AI-written insecure code. The fake AI
// assistant is installed too: in try-the-ai-assistant.js, put the cursor after `// ai: ...`,
// press Alt+\ and Tab.
// Runs the current VS Code (1.139); `npm start -- --oldest` runs the oldest supported one (1.100).
// Stops cleanly on Ctrl+C.
import * as path from 'node:path';
import { buildExtensions, ensureNodeModules, ensureSystemPackages, log, WORK_DIR } from './lib/setup.mjs';

ensureSystemPackages();
ensureNodeModules();
const { CodeServer } = await import('./lib/codeServer.mjs');
const { EDITORS, ensureEditor } = await import('./lib/editors.mjs');
const editor = ensureEditor(process.argv.includes('--oldest') ? EDITORS.oldest : EDITORS.current);
const { prepareWorkspace, TRY_AI_FILE } = await import('./lib/workspace.mjs');
const vsix = buildExtensions({ forTests: false });
const server = new CodeServer({ editor, profileDir: path.join(WORK_DIR, 'profile-demo'), extensions: [vsix.vetted, vsix.fakeAi] });
server.prepare();
const workspace = prepareWorkspace(path.join(WORK_DIR, 'demo-workspace'));
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
await server.start(workspace, port);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  log('stopping code-server');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.once('exit', (code) => {
  if (!stopping) {
    log(`code-server exited (${code})`);
    process.exit(1);
  }
});

process.stdout.write(
  `\nVetted is running in VS Code ${editor.vscode} at:\n\n    ${server.folderUrl(workspace)}\n\n` +
    `Open it in a browser. The examples show findings as soon as you open them; to try the stand-in\n` +
    `AI assistant, open ${TRY_AI_FILE} and follow the comment at its top. Press Ctrl+C to stop.\n`,
);
