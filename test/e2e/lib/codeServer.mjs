// Starts and stops code-server (VS Code's server and web workbench) with a fresh profile, for one
// of the editors in editors.mjs.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { TMP_DIR, log } from './setup.mjs';

/** Settings of the test profile: quiet workbench, syntax-only TS server so code actions are not delayed. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'typescript.tsserver.useSyntaxServer': 'always',
  'editor.inlineSuggest.enabled': true,
  'editor.hover.delay': 150,
  'files.autoSave': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  // VS Code 1.139 opens the Chat view in the secondary side bar at start; the tests type into editors.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Keystrokes typed by the UI tests land as typed: no auto-closing, no suggest widget to steal Tab.
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.parameterHints.enabled': false,
  'editor.minimap.enabled': false,
};

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export class CodeServer {
  /** `editor`: what ensureEditor() returns (its Node, code-server entry and VS Code version). */
  constructor({ editor, profileDir, extensions, env = {}, workspaceTrust = false, args = [] }) {
    this.editor = editor;
    /** Extra command-line arguments, e.g. `--enable-proposed-api vetted.vetted`. */
    this.args = args;
    this.profileDir = profileDir;
    this.userDataDir = path.join(profileDir, 'user-data');
    this.extensionsDir = path.join(profileDir, 'extensions');
    this.extensions = extensions;
    this.env = env;
    this.workspaceTrust = workspaceTrust;
    this.process = undefined;
    this.output = '';
  }

  commonArgs() {
    return ['--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  environment() {
    const xdg = path.join(this.profileDir, 'xdg');
    return {
      ...process.env,
      ...this.editor.env,
      TMPDIR: TMP_DIR,
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
      XDG_RUNTIME_DIR: path.join(xdg, 'runtime'),
      ...this.env,
    };
  }

  /** A fresh profile with the given extensions installed and the test settings. */
  prepare() {
    fs.rmSync(this.profileDir, { recursive: true, force: true });
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    for (const dir of ['config', 'data', 'cache', 'runtime'])
      fs.mkdirSync(path.join(this.profileDir, 'xdg', dir), { recursive: true, mode: 0o700 });
    for (const vsix of this.extensions) {
      const result = spawnSync(this.editor.node, [this.editor.entry, ...this.commonArgs(), '--install-extension', vsix], {
        env: this.environment(),
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`installing ${path.basename(vsix)} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }

  async start(workspace, port) {
    this.port = port ?? (await freePort());
    const args = [
      this.editor.entry,
      ...this.commonArgs(),
      '--bind-addr',
      `127.0.0.1:${this.port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      ...(this.workspaceTrust ? [] : ['--disable-workspace-trust']),
      ...this.args,
      workspace,
    ];
    // detached: a process group of its own, so stop() ends the watcher and extension host processes too.
    this.process = spawn(this.editor.node, args, { env: this.environment(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (d) => (this.output += d));
    this.process.stderr.on('data', (d) => (this.output += d));
    this.url = `http://127.0.0.1:${this.port}`;
    await this.waitUntilHealthy();
    log(`code-server (VS Code ${this.editor.vscode}) at ${this.url}`);
    return this.url;
  }

  async waitUntilHealthy(timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`code-server exited (${this.process.exitCode}):\n${this.output}`);
      try {
        const response = await fetch(`${this.url}/healthz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`code-server did not become healthy:\n${this.output}`);
  }

  /** The workbench URL for a folder. */
  folderUrl(folder) {
    return `${this.url}/?folder=${encodeURIComponent(folder)}`;
  }

  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    // Children that ignored SIGTERM (file watchers) still share the group.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // all gone
    }
  }
}
