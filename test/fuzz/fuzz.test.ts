import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { ServerProcess } from '../support/serverProcess';
import { deepCase } from './deepCases';
import { editCase } from './editCases';
import { protocolCase } from './protocolCases';

/**
 * A short, seeded run of the fuzz cases (`npm run fuzz` runs them for ten minutes or more with
 * fresh seeds). Fixed seeds, so a failure here reproduces: `npm run fuzz -- --seed <seed>`.
 */
describe('fuzz (seeded, short)', function () {
  this.timeout(120_000);
  const engine = VettedEngine.create();

  it('random edits: incremental results equal a fresh analysis after every batch', async () => {
    for (const seed of [101, 102, 103, 104]) await editCase(engine, seed, 25);
  });

  it('deep nesting and long chains in every grammar: findings or partial within the budget, never a crash', async () => {
    for (let seed = 201; seed <= 224; seed++) await deepCase(engine, seed, 500);
  });

  it('malformed requests and invalid edits against the built server: it keeps answering, and converges on a fresh analysis', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-fuzz-'));
    const server = await ServerProcess.start({ workspaceFolder: workspace, settings: { debounceMs: 10 } });
    try {
      for (const seed of [301, 302, 303]) await protocolCase(server, seed, workspace, 20);
    } finally {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
