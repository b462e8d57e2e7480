// Installs what the real-editor tests need, without downloading anything from outside the npm
// registry and Debian's packages: Debian chromium/ripgrep/libkrb5-dev (only if missing), and this
// folder's npm dependencies (playwright-core, vsce, mocha). The editors themselves are installed
// by editors.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = path.resolve(E2E_DIR, '..', '..');
export const WORK_DIR = path.join(E2E_DIR, '.work');
export const TMP_DIR = path.join(WORK_DIR, 'tmp');

// code-server 4.100.3 pins @vscode/ripgrep 1.15.11, whose postinstall fetches this asset unless cached.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export function log(message) {
  process.stdout.write(`[e2e] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function debianPackageInstalled(name) {
  return spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
}

export function ensureSystemPackages() {
  const missing = [];
  if (!has('chromium')) missing.push('chromium');
  if (!has('rg')) missing.push('ripgrep');
  if (!debianPackageInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')} (once)`);
  const apt = (...args) =>
    process.getuid?.() === 0
      ? runQuietly('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      : run('sudo', ['apt-get', ...args]);
  apt('update', '-qq');
  apt('install', '-y', '-qq', ...missing);
}

/** code-server 4.100's @vscode/ripgrep download, served from a cache seeded with Debian's rg binary. */
export function seedRipgrepCache() {
  const cacheDir = path.join(TMP_DIR, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const asset = path.join(cacheDir, RIPGREP_ASSET);
  if (fs.existsSync(asset)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  run('tar', ['czf', asset, '-C', path.dirname(rg), path.basename(rg)]);
}

/** What an install of the npm package in `folder` depends on: its package.json and lockfile. */
export function manifestHash(folder) {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(folder, file)));
  return hash.digest('hex');
}

/** `npm ci` in test/e2e when its package.json or lockfile changed since the last install. */
export function ensureNodeModules() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const stamp = path.join(E2E_DIR, 'node_modules', '.vetted-e2e-lock-hash');
  const hash = manifestHash(E2E_DIR);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  log('installing e2e tools (playwright-core, vsce, mocha)');
  runQuietly('npm', ['ci', '--no-audit', '--no-fund'], { cwd: E2E_DIR });
  fs.writeFileSync(stamp, hash);
}

/** Runs a command with its output captured; the output is shown only when it fails. */
export function runQuietly(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

/**
 * Packages Vetted the way a user gets it (`npm run package`: the production build, then vsce),
 * and the fake AI assistant; with `forTests`, also the test-only builds (the proposed-API build
 * of Vetted, the in-host test runner and the fake chat assistant).
 */
export function buildExtensions({ forTests = true } = {}) {
  const out = path.join(WORK_DIR, 'vsix');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const vetted = path.join(out, 'vetted.vsix');
  log('packaging Vetted (npm run package)');
  runQuietly('npm', ['run', 'package', '--', '--out', vetted], { cwd: REPO_DIR });
  const built = { vetted, fakeAi: packageTestExtension('fake-ai', out) };
  if (!forTests) return built;
  built.vettedProposed = packageProposedApiBuild(path.join(out, 'vetted-proposed.vsix'));
  built.testRunner = packageTestExtension('test-runner', out);
  built.fakeChat = packageTestExtension('fake-chat', out);
  return built;
}

function vsce() {
  return path.join(E2E_DIR, 'node_modules', '.bin', 'vsce');
}

function packageTestExtension(name, out) {
  const target = path.join(out, `${name}.vsix`);
  runQuietly(vsce(), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', target], {
    cwd: path.join(E2E_DIR, 'extensions', name),
  });
  return target;
}

/** The proposed API the "proposed" phase enables; the published manifest never declares it. */
export const PROPOSED_API = 'textDocumentChangeReason';

/**
 * The same build packaged with `"enabledApiProposals": ["textDocumentChangeReason"]` added to its
 * manifest, from a staging copy so the repository's package.json is never touched.
 */
function packageProposedApiBuild(target) {
  const staging = path.join(WORK_DIR, 'proposed-build');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  for (const entry of ['dist', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media']) {
    if (fs.existsSync(path.join(REPO_DIR, entry))) fs.cpSync(path.join(REPO_DIR, entry), path.join(staging, entry), { recursive: true });
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8'));
  manifest.enabledApiProposals = [PROPOSED_API];
  // dist/ is copied already built: vsce must not run the build again in the staging folder.
  delete manifest.scripts['vscode:prepublish'];
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify(manifest, null, 2));
  log(`packaging a test build of Vetted with enabledApiProposals: ["${PROPOSED_API}"]`);
  runQuietly(vsce(), ['package', '--no-dependencies', '--out', target], { cwd: staging });
  return target;
}
