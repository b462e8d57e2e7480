/**
 * Measures, through the real server process over stdio (debounce 0, so the debounce is excluded):
 * open → first diagnostics, and one-character edit → diagnostics for the new version, on
 * generated 5,000-line JavaScript, TypeScript and Python files. Prints a table; not a test.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileUri, ServerProcess } from '../test/support/serverProcess';

const ROOT = path.resolve(__dirname, '..');
const EDITS = Number(process.env.BENCH_EDITS ?? 200);

function grow(seed: string, lines: number): string {
  const out: string[] = [];
  let i = 0;
  while (out.length < lines) {
    out.push(...seed.replace(/\b(function|def) (\w+)/g, (_, kw, name) => `${kw} ${name}_${i}`).split('\n'));
    i++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** Whole real source files (valid code, few findings), concatenated to just over 5,000 lines. */
function realJavaScript(): string {
  const commander = path.join(path.dirname(require.resolve('commander')), 'lib', 'command.js');
  const esbuild = require.resolve('esbuild');
  return [commander, esbuild].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

function realPython(): string | undefined {
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const run = spawnSync('python3', ['-c', 'import argparse, typing; print(argparse.__file__); print(typing.__file__)'], { encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  return run.stdout.trim().split('\n').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(name: string, languageId: string, ext: string, text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'));
  const server = await ServerProcess.start({ workspaceFolder: dir, settings: { debounceMs: 0 } });
  try {
    // Warm the grammar and the rule query with a small document first: the table reports steady state.
    const warm = fileUri(path.join(dir, `warm${ext}`));
    server.open(warm, languageId, text.slice(0, 2000), 1);
    await server.diagnostics(warm, 1, 60_000);
    const uri = fileUri(path.join(dir, `big${ext}`));
    let start = performance.now();
    server.open(uri, languageId, text, 1);
    const first = await server.diagnostics(uri, 1, 60_000);
    const openMs = performance.now() - start;
    const lines = text.split('\n');
    let seed = 42;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const times: number[] = [];
    for (let version = 2; version < EDITS + 2; version++) {
      const line = Math.floor(random() * (lines.length - 1));
      const character = Math.floor(random() * (lines[line].length + 1));
      start = performance.now();
      server.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }]);
      await server.diagnostics(uri, version, 60_000);
      times.push(performance.now() - start);
      lines[line] = lines[line].slice(0, character) + ' ' + lines[line].slice(character);
    }
    return { name, lines: lines.length - 1, findings: first.length, openMs, p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const js = fs.readFileSync(path.join(ROOT, 'examples/express-api/server.js'), 'utf8');
  const ts = fs.readFileSync(path.join(ROOT, 'examples/express-api/auth.ts'), 'utf8');
  const py = fs.readFileSync(path.join(ROOT, 'examples/flask-app/app.py'), 'utf8');
  const rows = [
    await measure('JavaScript 5.3k lines (commander + esbuild sources, real code)', 'javascript', '.js', realJavaScript()),
    await measure('JavaScript 5k lines (examples repeated: a finding every 3 lines)', 'javascript', '.js', grow(js, 5000)),
    await measure('TypeScript 5k lines (examples repeated)', 'typescript', '.ts', grow(ts, 5000)),
    await measure('Python 5k lines (examples repeated)', 'python', '.py', grow(py, 5000)),
  ];
  const realPy = realPython();
  if (realPy) rows.push(await measure('Python 6.1k lines (stdlib argparse + typing, real code)', 'python', '.py', realPy));
  console.log(`${os.cpus().length} cores, Node ${process.version}, ${EDITS} one-character edits at random positions, debounce excluded\n`);
  console.log('| file | findings | open → diagnostics (ms) | edit → diagnostics p50 (ms) | p95 (ms) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.name} | ${r.findings} | ${r.openMs.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
