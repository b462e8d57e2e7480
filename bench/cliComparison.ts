/**
 * The CLI against ESLint 9 with eslint-plugin-security on the same JavaScript files, in the same
 * run, each as a fresh process (what a CI job pays). Also the CLI alone on a Python tree. Every
 * time is kept per run, as a spread.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { pythonStdlib, realSourceFiles, ROOT } from './corpus';
import { Spread, spreadOf } from './spread';

export interface CliRow {
  tree: string;
  files: number;
  lines: number;
  vettedMs: Spread;
  vettedFindings: number;
  eslintMs?: Spread;
  eslintFindings?: number;
}

const CLI = path.join(ROOT, 'dist', 'cli.js');

function timed(command: string, args: string[], cwd: string): { ms: number; stdout: string } {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status === null || run.status > 1) throw new Error(`${path.basename(args[0])} failed (${run.status}): ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

function vettedScan(dir: string): { ms: number; findings: number } {
  const { ms, stdout } = timed(process.execPath, [CLI, 'scan', '.', '--format', 'json', '--max-file-size', '4096'], dir);
  return { ms, findings: (JSON.parse(stdout) as { findings: unknown[] }).findings.length };
}

function eslintScan(dir: string): { ms: number; findings: number } {
  const eslint = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const { ms, stdout } = timed(
    process.execPath,
    [eslint, '--config', 'eslint.config.mjs', '--format', 'json', '--no-warn-ignored', '.'],
    dir,
  );
  const results = JSON.parse(stdout) as { messages: unknown[] }[];
  return { ms, findings: results.reduce((n, r) => n + r.messages.length, 0) };
}

/** Copies files into a fresh folder (ESLint ignores node_modules) with an ESLint config that uses the security plugin. */
function prepareTree(files: string[], base: string, copies = 1): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-cli-bench-'));
  for (let copy = 0; copy < copies; copy++) {
    for (const file of files) {
      const target = path.join(dir, copies > 1 ? `copy${copy}` : '', path.relative(base, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    }
  }
  const plugin = pathToFileURL(require.resolve('eslint-plugin-security')).href;
  const config = [
    `import security from '${plugin}';`,
    'export default [',
    "  { ignores: ['eslint.config.mjs'] },",
    '  security.configs.recommended,',
    "  { languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },",
    '];',
  ];
  fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), config.join('\n') + '\n');
  return dir;
}

function countLines(files: string[]): number {
  return files.reduce((n, f) => n + fs.readFileSync(f, 'utf8').split('\n').length, 0);
}

/** Both tools over the same JavaScript files, alternating, `runs` times each. */
function sideBySide(tree: string, files: string[], base: string, copies: number, runs: number): CliRow {
  const dir = prepareTree(files, base, copies);
  try {
    const vetted: number[] = [];
    const eslint: number[] = [];
    let vettedFindings = 0;
    let eslintFindings = 0;
    for (let i = 0; i < runs; i++) {
      const v = vettedScan(dir);
      const e = eslintScan(dir);
      vetted.push(v.ms);
      eslint.push(e.ms);
      vettedFindings = v.findings;
      eslintFindings = e.findings;
    }
    return {
      tree,
      files: files.length * copies,
      lines: countLines(files) * copies,
      vettedMs: spreadOf(vetted),
      vettedFindings,
      eslintMs: spreadOf(eslint),
      eslintFindings,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` runs on the real-size trees; the six-fold and (with `millionLines`) ten-fold trees run once, they take long. */
export function compareWithEslint(runs: number, { millionLines }: { millionLines: boolean }): CliRow[] {
  const rows: CliRow[] = [];
  const jsFiles = realSourceFiles('javascript');
  const eslintLib = path.join(ROOT, 'node_modules', 'eslint', 'lib');
  rows.push(sideBySide("ESLint's own lib/ (JavaScript)", jsFiles, eslintLib, 1, runs));
  // Six copies: a monorepo-sized tree, where start-up (query compilation) matters less.
  rows.push(sideBySide("ESLint's own lib/ six times over (JavaScript)", jsFiles, eslintLib, 6, 1));
  if (millionLines) rows.push(sideBySide("ESLint's own lib/ ten times over (JavaScript)", jsFiles, eslintLib, 10, 1));
  const stdlib = pythonStdlib();
  const pyFiles = realSourceFiles('python');
  if (stdlib && pyFiles.length > 0) {
    const pyDir = prepareTree(pyFiles, stdlib);
    try {
      const times: number[] = [];
      let findings = 0;
      for (let i = 0; i < runs; i++) {
        const v = vettedScan(pyDir);
        times.push(v.ms);
        findings = v.findings;
      }
      rows.push({
        tree: 'Python standard library: asyncio, email, http, json, logging, urllib, xml',
        files: pyFiles.length,
        lines: countLines(pyFiles),
        vettedMs: spreadOf(times),
        vettedFindings: findings,
      });
    } finally {
      fs.rmSync(pyDir, { recursive: true, force: true });
    }
  }
  return rows;
}
