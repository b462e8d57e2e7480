import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LoadedProvenance, ProvenanceStore, toStored } from '../../server/src/provenance/provenanceStore';
import type { StoredProvenance } from '../../server/src/provenance/format';
import { MAX_STORE_BYTES } from '../../server/src/provenance/storedProvenance';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'vetted.js');
const STORE_MODULE = path.resolve(__dirname, '..', '..', 'server', 'src', 'provenance', 'provenanceStore.ts');

function sample(): StoredProvenance {
  const text = 'const a = 1;\nconst b = 2;\n';
  const file = toStored('src/a.js', text, [
    { id: 'r1', start: 0, end: 13, state: 'ai', signal: 'inline-accept', confidence: 'high', acceptedAt: '2026-01-01T00:00:00.000Z' },
  ]);
  return { format: 'vetted-provenance', version: 1, files: { 'src/a.js': file } };
}

/**
 * A provenance store that cannot be read as a whole is never lost: the extension moves it aside
 * (with the reason beside it), says where, and starts afresh; its next save writes a new file
 * and leaves the kept one alone. The CLI refuses the same files with a clear error.
 */
describe('hostile provenance store files', function () {
  this.timeout(30_000);
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hostile-store-'));
    file = path.join(dir, 'provenance.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const good = JSON.stringify(sample());
  const cases: [string, () => void, RegExp][] = [
    ['truncated', () => fs.writeFileSync(file, good.slice(0, good.length / 2)), /invalid JSON/],
    [
      'of the wrong types',
      () => fs.writeFileSync(file, '{"format":"vetted-provenance","version":1,"files":7}'),
      /not a valid vetted-provenance file \(\/files must be object\)/,
    ],
    [
      'of a newer version',
      () => fs.writeFileSync(file, good.replace('"version":1', '"version":2')),
      /written by a newer version of Vetted \(format version 2; this one reads 1\)/,
    ],
    [
      'not UTF-8',
      () => fs.writeFileSync(file, Buffer.concat([Buffer.from(good.slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from(good.slice(20))])),
      /not UTF-8 text/,
    ],
    ['huge (sparse, one byte over the cap)', () => sparseFile(file, MAX_STORE_BYTES + 1), /cannot read it: larger than 64 MB/],
    ['a symlink to /dev/zero', () => fs.symlinkSync('/dev/zero', file), /cannot read it: not a regular file \(a device\)/],
    [
      'a FIFO',
      () => assert.strictEqual(spawnSync('mkfifo', [file]).status, 0),
      /cannot read it: not a regular file \(a FIFO \(named pipe\)\)/,
    ],
  ];

  for (const [name, make, reason] of cases) {
    it(`${name}: moved aside with its reason, named in the error; the next save does not touch it`, () => {
      make();
      const before = fs.lstatSync(file);
      const original = before.isFile() && before.size < 1024 * 1024 ? fs.readFileSync(file) : undefined;
      const loaded = loadInChild(file);
      assert.deepStrictEqual(loaded.data.files, {});
      assert.ok(loaded.error!.startsWith(`${file}: `), loaded.error);
      assert.match(loaded.error!, reason);
      const kept = loaded.keptAt!;
      assert.match(path.basename(kept), /^provenance\.json\.unreadable-\d{4}-\d\d-\d\dT[\d-]+Z$/);
      assert.match(fs.readFileSync(`${kept}.reason.txt`, 'utf8'), reason);
      const keptStat = fs.lstatSync(kept);
      assert.strictEqual(keptStat.ino, before.ino, 'the same file, moved (not copied, not opened)');
      if (original) assert.deepStrictEqual(fs.readFileSync(kept), original);

      const store = new ProvenanceStore(file);
      store.save(sample());
      assert.deepStrictEqual(store.load(), { data: sample() });
      assert.strictEqual(fs.lstatSync(kept).ino, before.ino);
      if (original) assert.deepStrictEqual(fs.readFileSync(kept), original);
    });
  }

  it('with some invalid entries: the valid ones load and a copy of the file as read is kept', () => {
    const raw = good.replace('"files":{', '"files":{"bad.js":7,');
    fs.writeFileSync(file, raw);
    const loaded = new ProvenanceStore(file).load();
    assert.deepStrictEqual(Object.keys(loaded.data.files), ['src/a.js']);
    assert.strictEqual(loaded.error, `${file}: dropped 1 invalid file entry: bad.js`);
    assert.strictEqual(fs.readFileSync(loaded.keptAt!, 'utf8'), raw);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), raw, 'the file itself stays until the next save');
  });

  it('the CLI refuses a store that is a symlink to /dev/zero, a FIFO or too large, with the file and the reason', () => {
    const export_ = (store: string) =>
      spawnSync(process.execPath, [BIN, 'provenance', 'export', '--store', store, '--root', dir], { encoding: 'utf8', timeout: 20_000 });
    const zero = path.join(dir, 'zero.json');
    fs.symlinkSync('/dev/zero', zero);
    const fifo = path.join(dir, 'fifo.json');
    assert.strictEqual(spawnSync('mkfifo', [fifo]).status, 0);
    const huge = path.join(dir, 'huge.json');
    sparseFile(huge, MAX_STORE_BYTES + 1);
    for (const [store, reason] of [
      [zero, 'not a regular file (a device)'],
      [fifo, 'not a regular file (a FIFO (named pipe))'],
      [huge, 'larger than 64 MB'],
    ]) {
      const run = export_(store);
      assert.strictEqual(run.signal, null, `hung on ${store}`);
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stderr, `vetted: cannot read provenance store ${store}: ${reason}\n`);
    }
  });

  it('the CLI export skips, with a note, a stored path that is a FIFO in the workspace instead of hanging', () => {
    const fixtures = path.resolve(__dirname, '..', 'fixtures', 'provenance');
    fs.cpSync(path.join(fixtures, 'tree'), dir, { recursive: true });
    fs.rmSync(path.join(dir, 'src', 'server.js'));
    assert.strictEqual(spawnSync('mkfifo', [path.join(dir, 'src', 'server.js')]).status, 0);
    const run = spawnSync(
      process.execPath,
      [BIN, 'provenance', 'export', '--store', path.join(fixtures, 'store.json'), '--root', dir, '--revision', 'a1b2c3d'],
      { encoding: 'utf8', timeout: 20_000 },
    );
    assert.strictEqual(run.signal, null, 'hung on the FIFO');
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      /^vetted: note: skipped region r-fingerprint of src\/server\.js: cannot read the file: not a regular file \(a FIFO \(named pipe\)\)$/m,
    );
  });
});

/**
 * `ProvenanceStore.load` in a child process with a timeout: should a regression open the FIFO
 * or read /dev/zero, this test fails instead of blocking (or exhausting) the whole test run.
 */
function loadInChild(file: string): LoadedProvenance {
  const script = `const { ProvenanceStore } = require(${JSON.stringify(STORE_MODULE)}); process.stdout.write(JSON.stringify(new ProvenanceStore(process.argv[1]).load()));`;
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script, file], { encoding: 'utf8', timeout: 20_000 });
  assert.strictEqual(run.signal, null, `loading ${file} did not finish`);
  assert.strictEqual(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as LoadedProvenance;
}

/** A file of `size` zero bytes that takes no space (nothing is written). */
function sparseFile(file: string, size: number): void {
  fs.closeSync(fs.openSync(file, 'w'));
  fs.truncateSync(file, size);
}
