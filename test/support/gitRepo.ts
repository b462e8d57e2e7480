import * as assert from 'assert';
import { spawnSync } from 'child_process';

/** Runs git in `repo` as a test author (no signing), asserts it succeeded and returns its trimmed output. */
export function gitIn(repo: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  assert.strictEqual(run.status, 0, run.stderr);
  return run.stdout.trim();
}
