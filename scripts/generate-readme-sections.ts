/**
 * Keeps the README's copied parts true: every block between `<!-- include FILE -->` and
 * `<!-- end include -->` is that file (the CI recipes under docs/ci/, which the packaging tests
 * run), and the block between `<!-- sample output: vetted ARGS -->` and `<!-- end sample output -->`
 * is a real run of the built CLI (its head and summary when it is long). `--check` fails instead of writing
 * when anything is out of date (npm test runs it after the build).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const FILES = ['README.md', path.join('cli', 'README.md'), path.join('docs', 'writing-rules.md')];
const INCLUDE = /(<!-- include (\S+) -->\n)[\s\S]*?(<!-- end include -->)/g;
const SAMPLE = /(<!-- sample output: vetted ([^>]*?) -->\n)[\s\S]*?(<!-- end sample output -->)/g;
/** Finding lines shown before the summary; the rest is elided (a run this short or shorter is shown whole). */
const SAMPLE_LINES = 6;
const WHOLE_SAMPLE_LINES = 24;

const FENCE: Record<string, string> = { '.yml': 'yaml', '.yaml': 'yaml', '.sh': 'sh', '.json': 'json' };

function fenced(language: string, text: string): string {
  return '```' + language + '\n' + text.replace(/\n$/, '') + '\n```\n';
}

function included(file: string): string {
  return fenced(FENCE[path.extname(file)] ?? '', fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

function sampleOutput(args: string): string {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vetted.js'), ...args.split(' ')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`vetted ${args} exited with ${run.status}: ${run.stderr}`);
  const lines = run.stdout.trimEnd().split('\n');
  const findings = lines.slice(0, -1);
  const shown = lines.length > WHOLE_SAMPLE_LINES ? [...findings.slice(0, SAMPLE_LINES), '…'] : findings;
  return fenced('text', [`$ npx vetted ${args}`, ...shown, lines[lines.length - 1]].join('\n'));
}

function main(): void {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const file of FILES) {
    const absolute = path.join(ROOT, file);
    const text = fs.readFileSync(absolute, 'utf8');
    const updated = text
      .replace(INCLUDE, (_, open: string, source: string, close: string) => open + included(source) + close)
      .replace(SAMPLE, (_, open: string, args: string, close: string) => open + sampleOutput(args) + close);
    if (updated === text) continue;
    stale.push(file);
    if (!check) fs.writeFileSync(absolute, updated);
  }
  if (check && stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')} — run npm run docs:readme`);
    process.exit(1);
  }
  console.log(check ? 'README sections up to date' : `wrote ${stale.length} file(s)`);
}

main();
