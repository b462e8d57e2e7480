/**
 * The fuzz soak: runs the cases of test/fuzz (random edits against a fresh-analysis oracle,
 * deeply nested files in every grammar, malformed LSP traffic against the built server) with
 * fresh seeds until the time is up, then prints how many cases of each kind ran and failed.
 *
 *   npm run fuzz [-- --minutes N] [-- --seed S]
 *
 * Each failure prints its kind and seed; `--seed S --minutes 0` runs just that seed of each kind.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VettedEngine } from '../server/src/engine/engine';
import { ServerProcess } from '../test/support/serverProcess';
import { deepCase } from '../test/fuzz/deepCases';
import { editCase } from '../test/fuzz/editCases';
import { protocolCase } from '../test/fuzz/protocolCases';

interface Tally {
  cases: number;
  failures: number;
  partial?: number;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const minutes = Number(option('minutes') ?? 10);
  const firstSeed = Number(option('seed') ?? Math.floor(Math.random() * 1e9));
  if (!Number.isFinite(minutes) || minutes < 0 || !Number.isInteger(firstSeed)) throw new Error('usage: fuzz [--minutes N] [--seed S]');
  console.log(`fuzz: ${minutes} minute(s), seeds from ${firstSeed}`);
  const engine = VettedEngine.create();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-fuzz-'));
  let server = await ServerProcess.start({ workspaceFolder: workspace, settings: { debounceMs: 10 } });
  const tally: Record<'edits' | 'deep' | 'protocol', Tally> = {
    edits: { cases: 0, failures: 0 },
    deep: { cases: 0, failures: 0, partial: 0 },
    protocol: { cases: 0, failures: 0 },
  };
  const end = Date.now() + minutes * 60_000;
  const run = async (kind: keyof typeof tally, seed: number, body: () => Promise<unknown>) => {
    tally[kind].cases++;
    try {
      const result = (await body()) as { partial?: boolean } | undefined;
      if (result?.partial) tally[kind].partial!++;
    } catch (error) {
      tally[kind].failures++;
      console.log(
        `FAIL ${kind} --seed ${seed}: ${(error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n  ')}`,
      );
      if (kind === 'protocol' && !server.alive) {
        await server.stop();
        server = await ServerProcess.start({ workspaceFolder: workspace, settings: { debounceMs: 10 } });
      }
    }
  };
  try {
    let seed = firstSeed;
    do {
      await run('edits', seed, () => editCase(engine, seed, 40));
      await run('deep', seed, () => deepCase(engine, seed, 3000));
      await run('protocol', seed, () => protocolCase(server, seed, workspace, 25));
      seed++;
      const done = Object.values(tally).reduce((n, t) => n + t.cases, 0);
      if (done % 30 === 0) console.log(`… ${done} cases, ${Math.max(0, Math.round((end - Date.now()) / 1000))} s left`);
    } while (Date.now() < end);
  } finally {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  const total = Object.values(tally).reduce((n, t) => n + t.cases, 0);
  const failures = Object.values(tally).reduce((n, t) => n + t.failures, 0);
  console.log(`\nfuzz summary: ${total} cases, ${failures} failed`);
  for (const [kind, t] of Object.entries(tally))
    console.log(
      `  ${kind}: ${t.cases} cases, ${t.failures} failed${t.partial !== undefined ? `, ${t.partial} partial (budget reached)` : ''}`,
    );
  process.exitCode = failures > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
