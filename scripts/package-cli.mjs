#!/usr/bin/env node
// `npm run package:cli`: packs the command-line scanner as the npm package `vetted-cli`
// (manifest: cli/package.json). The package holds the production bundles, the grammars and the
// rule YAML, and depends on nothing at run time, so `npm install -D vetted-cli` needs no build.
//   --out DIR    where the .tgz goes (default: the repository root)
//   --no-build   pack the bundles already built (by the caller, with --production)
//   --dist DIR   where the built bundles are (default: dist/)
// Prints the path of the tarball as the last line.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : repo);
const distIndex = args.indexOf('--dist');
const dist = path.resolve(distIndex >= 0 ? args[distIndex + 1] : path.join(repo, 'dist'));

if (!args.includes('--no-build'))
  execFileSync(process.execPath, ['esbuild.config.mjs', '--production', '--outdir', dist], { cwd: repo, stdio: 'inherit' });
for (const bundle of ['cli.js', 'scanWorker.js']) {
  if (!fs.existsSync(path.join(dist, bundle)))
    throw new Error(`${path.join(dist, bundle)} is missing: build first (node esbuild.config.mjs --production)`);
}

// The package's own folder layout is the repository's: bin/vetted.js requires ../dist/cli.js.
const staging = path.join(dist, 'cli-package');
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(path.join(staging, 'bin'), { recursive: true });
fs.mkdirSync(path.join(staging, 'dist'), { recursive: true });
fs.copyFileSync(path.join(repo, 'cli', 'package.json'), path.join(staging, 'package.json'));
fs.copyFileSync(path.join(repo, 'cli', 'README.md'), path.join(staging, 'README.md'));
fs.copyFileSync(path.join(repo, 'LICENSE'), path.join(staging, 'LICENSE'));
fs.copyFileSync(path.join(repo, 'bin', 'vetted.js'), path.join(staging, 'bin', 'vetted.js'));
for (const bundle of ['cli.js', 'scanWorker.js']) fs.copyFileSync(path.join(dist, bundle), path.join(staging, 'dist', bundle));
fs.cpSync(path.join(dist, 'grammars'), path.join(staging, 'dist', 'grammars'), { recursive: true });
fs.cpSync(path.join(dist, 'rules'), path.join(staging, 'dist', 'rules'), { recursive: true });

fs.mkdirSync(out, { recursive: true });
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: staging,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
)[0];
const tarball = path.join(out, packed.filename);
process.stderr.write(`vetted-cli ${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024 / 1024).toFixed(2)} MB packed\n`);
process.stdout.write(tarball + '\n');
