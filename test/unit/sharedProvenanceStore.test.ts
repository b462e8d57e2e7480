import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ProvenanceStore, toStored } from '../../server/src/provenance/provenanceStore';
import { provenanceStoreFor } from '../../server/src/provenance/storeLocation';
import { StoreBusyError, withStoreLock } from '../../server/src/provenance/storeLock';
import { mergedEntry, unseenRegions } from '../../server/src/provenance/storeMerge';
import { migrateLegacyStore } from '../../server/src/provenance/legacyMigration';
import type { ProvenanceRegion } from '../../server/src/provenance/format';

/**
 * One provenance store per repository, written by the editor, `vetted hook` and the CLI: found
 * the same way by each, locked so that two writers at once lose nothing, and merged by region id.
 */

function region(id: string, start: number, end: number, extra: Partial<ProvenanceRegion> = {}): ProvenanceRegion {
  return { id, start, end, state: 'ai', signal: 'agent-hook', confidence: 'high', acceptedAt: '2026-01-01T00:00:00.000Z', ...extra };
}

describe('shared provenance store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-shared-store-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('where it is', () => {
    it('inside the git dir of the work tree, with paths relative to the top of the work tree', () => {
      fs.mkdirSync(path.join(dir, '.git'));
      fs.mkdirSync(path.join(dir, 'packages', 'api'), { recursive: true });
      assert.deepStrictEqual(provenanceStoreFor(path.join(dir, 'packages', 'api')), {
        file: path.join(dir, '.git', 'vetted', 'provenance.json'),
        root: dir,
        kind: 'git',
      });
    });

    it('in a linked worktree (or a submodule), in the git dir its .git file names', () => {
      const gitDir = path.join(dir, 'main', '.git', 'worktrees', 'feature');
      fs.mkdirSync(gitDir, { recursive: true });
      fs.mkdirSync(path.join(dir, 'feature'));
      fs.writeFileSync(path.join(dir, 'feature', '.git'), 'gitdir: ../main/.git/worktrees/feature\n');
      assert.deepStrictEqual(provenanceStoreFor(path.join(dir, 'feature')), {
        file: path.join(gitDir, 'vetted', 'provenance.json'),
        root: path.join(dir, 'feature'),
        kind: 'git',
      });
    });

    it('outside git, in .vetted/ of the folder', () => {
      const folder = path.join(dir, 'plain');
      fs.mkdirSync(folder);
      const location = provenanceStoreFor(folder);
      // A repository further up (this machine's temp folder is not one) would be used instead.
      if (location.kind === 'folder')
        assert.deepStrictEqual(location, { file: path.join(folder, '.vetted', 'provenance.json'), root: folder, kind: 'folder' });
    });
  });

  describe('two writers', () => {
    it('two processes updating the store at once lose none of each other’s regions', async function () {
      this.timeout(120_000);
      const file = path.join(dir, 'vetted', 'provenance.json');
      const script = path.join(__dirname, '..', 'support', 'storeWriter.ts');
      const run = (writer: string) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['-r', 'tsx/cjs', script, file, writer, '25'], { stdio: 'inherit' });
          child.on('exit', resolve);
        });
      assert.deepStrictEqual(await Promise.all([run('editor'), run('agent')]), [0, 0]);
      const { data, error } = new ProvenanceStore(file).load();
      assert.strictEqual(error, undefined);
      const ids = (key: string) => data.files[key].regions.map((r) => r.id).sort();
      const expected = (writer: string) => Array.from({ length: 25 }, (_, i) => `${writer}-${i}`);
      assert.deepStrictEqual(ids('editor.js'), expected('editor').sort());
      assert.deepStrictEqual(ids('agent.js'), expected('agent').sort());
      assert.deepStrictEqual(ids('shared.js'), [...expected('editor'), ...expected('agent')].sort());
      assert.deepStrictEqual(fs.readdirSync(path.dirname(file)).sort(), ['provenance.json'], 'no lock or temp file is left');
    });

    it('a lock held by a process that is gone is broken; one held by a live writer makes the other give up, writing nothing', () => {
      const file = path.join(dir, 'provenance.json');
      fs.writeFileSync(`${file}.lock`, `999999999 ${os.hostname()}\n`);
      assert.strictEqual(
        withStoreLock(file, () => 'written'),
        'written',
      );
      assert.ok(!fs.existsSync(`${file}.lock`));
      withStoreLock(file, () => {
        assert.throws(() => withStoreLock(file, () => 'never', 100), StoreBusyError);
      });
      assert.ok(!fs.existsSync(`${file}.lock`), 'the holder releases its lock');
    });

    it('update starts from what is on disk now, not from what the writer read earlier', () => {
      const file = path.join(dir, 'provenance.json');
      const editor = new ProvenanceStore(file);
      const agent = new ProvenanceStore(file);
      editor.update((data) => {
        data.files['a.js'] = toStored('a.js', 'one;\n', [region('e1', 0, 4)]);
      });
      agent.update((data) => {
        data.files['b.js'] = toStored('b.js', 'two;\n', [region('h1', 0, 4)]);
      });
      const written = editor.update((data) => {
        data.files['a.js'] = toStored('a.js', 'one;\nthree;\n', [region('e1', 0, 4), region('e2', 5, 11)]);
      });
      assert.deepStrictEqual(Object.keys(written.data.files).sort(), ['a.js', 'b.js']);
    });

    it('a store that does not exist is not created by an update that adds nothing', () => {
      const file = path.join(dir, 'none', 'provenance.json');
      new ProvenanceStore(file).update(() => undefined);
      assert.ok(!fs.existsSync(file));
    });
  });

  describe("the window's old store", () => {
    it('is moved into the repository store once, keys relative to the work tree, entries already there kept', () => {
      fs.mkdirSync(path.join(dir, '.git'));
      const folder = path.join(dir, 'web');
      fs.mkdirSync(path.join(folder, 'src'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'src', 'a.js'), 'one;\n');
      fs.writeFileSync(path.join(folder, 'src', 'b.js'), 'two;\n');
      const legacy = path.join(dir, 'workspaceStorage', 'provenance.json');
      new ProvenanceStore(legacy).save({
        format: 'vetted-provenance',
        version: 1,
        files: {
          'src/a.js': toStored('src/a.js', 'one;\n', [region('old-a', 0, 4, { signal: 'inline-accept' })]),
          'src/b.js': toStored('src/b.js', 'two;\n', [region('old-b', 0, 4, { signal: 'inline-accept' })]),
        },
      });
      const repoStore = new ProvenanceStore(path.join(dir, '.git', 'vetted', 'provenance.json'));
      repoStore.update((data) => {
        data.files['web/src/b.js'] = toStored('web/src/b.js', 'two;\n', [region('hook-b', 0, 4)]);
      });
      assert.deepStrictEqual(migrateLegacyStore(legacy, [folder]), { moved: 1, stores: [repoStore.file] });
      const { data } = repoStore.load();
      assert.deepStrictEqual(
        Object.values(data.files).map((f) => [f.path, f.regions.map((r) => r.id)]),
        [
          ['web/src/b.js', ['hook-b']],
          ['web/src/a.js', ['old-a']],
        ],
      );
      assert.ok(fs.existsSync(`${legacy}.migrated`) && !fs.existsSync(legacy), 'kept as a backup, not migrated again');
      assert.deepStrictEqual(migrateLegacyStore(legacy, [folder]), { moved: 0, stores: [] });
    });
  });

  describe('merging by region id', () => {
    const before = 'const a = 1;\n';
    const after = 'const a = 1;\nfetch(req.query.url);\n';
    const agentLine = 'fetch(req.query.url);';

    it("regions another writer added are placed on the editor's text by their text; seen ones are not brought back", () => {
      const onDisk = toStored('app.js', after, [
        region('hook-1', after.indexOf(agentLine), after.indexOf(agentLine) + agentLine.length),
        region('undone', 0, 5),
      ]);
      const { placed, pending } = unseenRegions(onDisk, 'const b = 2;\n' + after, new Set(['undone']));
      assert.deepStrictEqual(pending, []);
      assert.deepStrictEqual(
        placed.map((r) => [r.id, ('const b = 2;\n' + after).slice(r.start, r.end)]),
        [['hook-1', agentLine]],
      );
    });

    it("one whose text is not in the editor's document yet (not reloaded) stays pending, and is kept in what the editor writes", () => {
      const onDisk = toStored('app.js', after, [region('hook-1', after.indexOf(agentLine), after.indexOf(agentLine) + agentLine.length)]);
      const { placed, pending } = unseenRegions(onDisk, before, new Set());
      assert.deepStrictEqual(placed, []);
      assert.deepStrictEqual(
        pending.map((r) => r.id),
        ['hook-1'],
      );
      const ours = toStored('app.js', before, [region('tab-1', 0, 12, { signal: 'inline-accept' })]);
      const entry = mergedEntry(ours, onDisk, pending);
      assert.deepStrictEqual(
        entry.regions.map((r) => r.id),
        ['tab-1', 'hook-1'],
      );
      assert.strictEqual(entry.contentHash, ours.contentHash);
    });
  });
});
