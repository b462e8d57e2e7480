#!/usr/bin/env node
// `npm start`: builds Vetted and opens it in a real VS Code in the browser (code-server on
// 127.0.0.1, fresh profile) on a demo workspace of typical AI-written insecure code. The fake AI
// assistant is installed too: type `// ai: <anything>` at the end of a line, press Alt+\ and Tab.
// Stops cleanly on Ctrl+C.
import * as path from 'node:path';
import { buildExtensions, ensureNodeModules, ensureSystemPackages, log, WORK_DIR } from './lib/setup.mjs';

ensureSystemPackages();
ensureNodeModules();
const { CodeServer } = await import('./lib/codeServer.mjs');
const { prepareWorkspace } = await import('./lib/workspace.mjs');
const vsix = buildExtensions();
const server = new CodeServer({ profileDir: path.join(WORK_DIR, 'profile-demo'), extensions: [vsix.vetted, vsix.fakeAi] });
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

process.stdout.write(`\nVetted is running in VS Code at:\n\n    ${server.folderUrl(workspace)}\n\nOpen it in a browser. Press Ctrl+C to stop.\n`);
