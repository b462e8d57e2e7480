/**
 * What a benchmark run does, from the environment and the command line:
 * BENCH_REPEAT (default 3) repetitions of each server figure, BENCH_RUNS (default 3) CLI runs
 * per tool on the real-size trees, BENCH_EDITS (default 200) edits per file, BENCH_QUICK=1 to
 * leave out the 50,000-line files and the million-line tree, and `--compare <file.json>` for the
 * run to compare with (by default the latest.json the previous run left).
 */
import * as path from 'path';

export interface BenchOptions {
  repeat: number;
  cliRuns: number;
  edits: number;
  quick: boolean;
  /** An explicit results file to compare with; undefined: the previous latest.json, if any. */
  compareWith?: string;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

/** `argv` as after `npm run bench --`; relative paths are taken from where npm was run (INIT_CWD), not the project folder. */
export function benchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  let compareWith: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const inline = /^--compare=(.+)$/.exec(arg);
    if (inline) compareWith = inline[1];
    else if (arg === '--compare' && argv[i + 1] !== undefined) compareWith = argv[++i];
    else throw new Error(`unknown argument "${arg}"; usage: npm run bench -- [--compare <results.json>]`);
  }
  return {
    repeat: positiveInteger(env, 'BENCH_REPEAT', 3),
    cliRuns: positiveInteger(env, 'BENCH_RUNS', 3),
    edits: positiveInteger(env, 'BENCH_EDITS', 200),
    quick: !!env.BENCH_QUICK && env.BENCH_QUICK !== '0',
    compareWith: compareWith && path.resolve(env.INIT_CWD ?? process.cwd(), compareWith),
  };
}
