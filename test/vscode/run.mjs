#!/usr/bin/env node
// `npm run test:vscode`: the extension-host suite of the e2e tests (test/e2e/extensions/
// test-runner/suite), run by @vscode/test-electron in a desktop VS Code that is already installed.
// It never downloads VS Code: give the Electron executable with `--vscode PATH` or VSCODE_EXECUTABLE,
// or install VS Code where it usually lives. Vetted and the fake AI assistant are loaded as
// development extensions; the profile and workspace are fresh.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { USER_SETTINGS } from '../e2e/lib/codeServer.mjs';
import { E2E_DIR, REPO_DIR, WORK_DIR } from '../e2e/lib/setup.mjs';
import { prepareWorkspace } from '../e2e/lib/workspace.mjs';

/** Where desktop VS Code's Electron executable usually is (not the `code` shell wrapper). */
const USUAL_PLACES = {
  linux: [
    '/usr/share/code/code',
    '/usr/share/code-insiders/code-insiders',
    '/snap/code/current/usr/share/code/code',
    '/opt/visual-studio-code/code',
  ],
  darwin: ['/Applications/Visual Studio Code.app/Contents/MacOS/Electron', '/Applications/Visual Studio Code.app/Contents/MacOS/Code'],
  win32: [
    path.join(process.env.LOCALAPPDATA ?? '', 'Programs', 'Microsoft VS Code', 'Code.exe'),
    'C:\\Program Files\\Microsoft VS Code\\Code.exe',
  ],
};

function findVsCode() {
  const flag = process.argv.indexOf('--vscode');
  const given = flag >= 0 ? process.argv[flag + 1] : process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`no VS Code executable at ${given}`);
    return given;
  }
  return (USUAL_PLACES[process.platform] ?? []).find((candidate) => fs.existsSync(candidate));
}

const executable = findVsCode();
if (!executable) {
  process.stderr.write(
    'test:vscode needs desktop VS Code, and never downloads it. Install VS Code, or point at its Electron executable:\n' +
      '  npm run test:vscode -- --vscode /usr/share/code/code\n' +
      '  VSCODE_EXECUTABLE="/Applications/Visual Studio Code.app/Contents/MacOS/Electron" npm run test:vscode\n' +
      'Without desktop VS Code, `npm run e2e` runs the same suite in code-server.\n',
  );
  process.exit(1);
}

execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: REPO_DIR, stdio: 'inherit' });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-vscode-'));
const userData = path.join(profile, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
const workspace = prepareWorkspace(path.join(WORK_DIR, 'workspace-vscode'), { forTests: true });
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: [REPO_DIR, path.join(E2E_DIR, 'extensions', 'fake-ai')],
    extensionTestsPath: path.join(REPO_DIR, 'test', 'vscode', 'suiteIndex.js'),
    // test-electron adds --disable-workspace-trust, --skip-welcome and the like itself.
    launchArgs: [workspace, '--user-data-dir', userData, '--extensions-dir', path.join(profile, 'extensions'), '--disable-extensions'],
  });
} catch (error) {
  process.stderr.write(`test:vscode failed: ${error?.message ?? error}\n`);
  process.exitCode = 1;
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
