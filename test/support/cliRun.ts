import { spawnSync } from 'child_process';
import * as path from 'path';

/** The built CLI, as users run it. */
export const VETTED_BIN = path.resolve(__dirname, '..', '..', 'bin', 'vetted.js');

/** Runs `vetted <args>` in `cwd` without colour, with `input` on standard input; reports can exceed a megabyte (SARIF). */
export function runVetted(args: string[], cwd: string, input?: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [VETTED_BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
