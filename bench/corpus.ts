/**
 * Benchmark inputs: real source code from this machine (npm packages, this project, the Python
 * standard library), cut or repeated to exact line counts, with an insecure line from the
 * examples mixed in every 250 lines so findings exist and must move with edits.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');

export type BenchLanguage = 'javascript' | 'typescript' | 'python';

export const EXTENSION: Record<BenchLanguage, string> = { javascript: '.js', typescript: '.ts', python: '.py' };

const INSECURE: Record<BenchLanguage, string[]> = {
  javascript: [
    "const digest = require('crypto').createHash('md5');",
    'exec(`git log ${req.query.branch}`);',
    'const token = jwt.decode(req.headers.authorization);',
  ],
  typescript: [
    "const digest = crypto.createHash('sha1');",
    'const agent = new https.Agent({ rejectUnauthorized: false });',
    'el.innerHTML = req.query.name as string;',
  ],
  python: ['digest = hashlib.md5(data).hexdigest()', 'requests.get(url, verify=False)', 'subprocess.run(cmd, shell=True)'],
};

const STATEMENT_START: Record<BenchLanguage, RegExp> = {
  javascript: /^(\s*)(?:const|let|return|if) /,
  typescript: /^(\s*)(?:const|let|return|if) /,
  python: /^(\s*)(?:return|if|for) /,
};

/** Files of real code for each language, in a fixed order. */
export function realSourceFiles(language: BenchLanguage): string[] {
  if (language === 'javascript') return walk(path.join(ROOT, 'node_modules', 'eslint', 'lib'), '.js');
  if (language === 'typescript') return ['server/src', 'client/src', 'cli/src', 'test'].flatMap((d) => walk(path.join(ROOT, d), '.ts'));
  const stdlib = pythonStdlib();
  return stdlib ? ['asyncio', 'email', 'http', 'json', 'logging', 'urllib', 'xml'].flatMap((d) => walk(path.join(stdlib, d), '.py')) : [];
}

/** Real code of `language`, exactly `lines` lines long. */
export function realisticFile(language: BenchLanguage, lines: number): string {
  let sources = realSourceFiles(language);
  if (sources.length === 0) sources = walk(path.join(ROOT, 'examples'), EXTENSION[language]);
  const out: string[] = [];
  for (let i = 0; out.length < lines; i = (i + 1) % sources.length) {
    let due = false;
    for (const line of fs.readFileSync(sources[i], 'utf8').split('\n')) {
      if (out.length % 250 === 0) due = true;
      // Before a line that starts a statement, at its indentation, so the mixed-in line is valid where it lands.
      const statement = STATEMENT_START[language].exec(line);
      if (due && statement) {
        out.push(statement[1] + INSECURE[language][(out.length >> 8) % 3]);
        due = false;
      }
      out.push(line);
      if (out.length >= lines) break;
    }
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/**
 * Request handlers written the way assistants write them (the examples' Express and Flask/FastAPI
 * apps, repeated with renamed routes): every function has sources and sinks, so each edit runs the
 * taint analysis over the whole file. The worst case for taint rules, next to realisticFile's
 * library code, which has few request sources.
 */
export function handlerFile(language: BenchLanguage, lines: number): string {
  const example = language === 'python' ? 'flask-handlers/app.py' : 'express-handlers/app.js';
  const text = fs.readFileSync(path.join(ROOT, 'examples', example), 'utf8');
  const out: string[] = [];
  for (let copy = 0; out.length < lines; copy++) {
    // Distinct function and route names per copy, so same-file calls resolve as in a real file.
    out.push(
      ...text
        .replace(/\b(def |function )(\w+)/g, `$1$2_${copy}`)
        .replace(/\b(export_path|buildSearchQuery)\(/g, `$1_${copy}(`)
        .split('\n'),
    );
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** One ~2 MB line, as a minified bundle has. */
export function minifiedBundle(bytes = 2_000_000): string {
  const chunk =
    "function a(b){return require('crypto').createHash('md5').update(b).digest('hex')}var c=[1,2,3].map(function(d){return d*2});";
  return chunk.repeat(Math.ceil(bytes / chunk.length));
}

export function pythonStdlib(): string | undefined {
  const run = spawnSync('python3', ['-c', 'import os; print(os.path.dirname(os.__file__))'], { encoding: 'utf8' });
  const dir = run.status === 0 ? run.stdout.trim() : undefined;
  return dir && fs.existsSync(path.join(dir, 'json')) ? dir : undefined;
}

export function walk(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, extension));
    else if (entry.name.endsWith(extension) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A small deterministic PRNG, so every run makes the same edits. */
export function rng(seed: number): () => number {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
