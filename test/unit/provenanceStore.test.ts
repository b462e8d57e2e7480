import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseStoredProvenance, ProvenanceStore, restore, sha256, toStored } from '../../server/src/provenance/provenanceStore';
import { RegionTracker } from '../../server/src/provenance/regionTracker';
import type { ProvenanceRegion, StoredFileProvenance, StoredProvenance } from '../../server/src/provenance/format';

/**
 * Provenance is kept in one JSON file per workspace, written atomically, and put back on a file's
 * text when it is opened again, moving regions only when that is unambiguous.
 */

function region(id: string, start: number, end: number, extra: Partial<ProvenanceRegion> = {}): ProvenanceRegion {
  return { id, start, end, state: 'ai', signal: 'inline-accept', confidence: 'high', acceptedAt: '2025-01-01T00:00:00.000Z', ...extra };
}

const SOURCE = `import os

def handler(req):
    cmd = req.args["cmd"]
    os.system("ls " + cmd)
    return "ok"
`;
const AI_LINE = '    os.system("ls " + cmd)\n';
const AI_START = SOURCE.indexOf(AI_LINE);

function sample(): { data: StoredProvenance; file: StoredFileProvenance } {
  const file = toStored('src/app.py', SOURCE, [
    region('r1', AI_START, AI_START + AI_LINE.length, { source: 'inlineCompletionAccept', signal: 'change-reason' }),
  ]);
  return { data: { format: 'vetted-provenance', version: 1, files: { [file.path]: file } }, file };
}

describe('ProvenanceStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-provenance-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const tempFiles = () => fs.readdirSync(path.dirname(storeFile())).filter((n) => n.includes('.tmp-'));
  const storeFile = () => path.join(dir, 'nested', 'folder', 'provenance.json');

  it('sha256 is the hex digest of the UTF-8 text', () => {
    assert.strictEqual(sha256(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.strictEqual(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.match(sha256('é✓'), /^[0-9a-f]{64}$/);
  });

  it('a missing file loads as empty data without an error', () => {
    const result = new ProvenanceStore(path.join(dir, 'none.json')).load();
    assert.deepStrictEqual(result, { data: { format: 'vetted-provenance', version: 1, files: {} } });
  });

  it('round-trips through save and load, creating the folder', () => {
    const { data } = sample();
    const store = new ProvenanceStore(storeFile());
    store.save(data);
    const loaded = store.load();
    assert.strictEqual(loaded.error, undefined);
    assert.deepStrictEqual(loaded.data, data);
    // A second save replaces the first.
    const next: StoredProvenance = { ...data, files: {} };
    store.save(next);
    assert.deepStrictEqual(store.load(), { data: next });
  });

  it('save leaves a complete file and no temp files behind', () => {
    const store = new ProvenanceStore(storeFile());
    const big: StoredProvenance = { format: 'vetted-provenance', version: 1, files: {} };
    for (let i = 0; i < 200; i++) {
      const text = `line ${i}\n`.repeat(50);
      big.files[`f${i}.js`] = toStored(`f${i}.js`, text, [region(`id${i}`, 0, 7)]);
    }
    for (let round = 0; round < 3; round++) store.save(big);
    const raw = fs.readFileSync(storeFile(), 'utf8');
    assert.deepStrictEqual(JSON.parse(raw), big, 'the target parses and is the whole data');
    assert.deepStrictEqual(tempFiles(), []);
  });

  it('a temp file left by a crashed write is ignored; the previous good file still loads', () => {
    const { data } = sample();
    const store = new ProvenanceStore(storeFile());
    store.save(data);
    // Named after a live process (this one's parent): it may belong to a concurrent writer.
    const leftover = `${storeFile()}.tmp-${process.ppid}-deadbeef`;
    fs.writeFileSync(leftover, '{"format":"vetted-provenance","version":1,"fil'); // half-written
    assert.deepStrictEqual(store.load(), { data });
    // A later save keeps a recent temp file of a running process …
    store.save(data);
    assert.ok(fs.existsSync(leftover));
    // … and removes it once it is clearly stale.
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(leftover, old, old);
    store.save(data);
    assert.deepStrictEqual(tempFiles(), []);
    assert.deepStrictEqual(store.load(), { data });
  });

  it('a failed save leaves the previous file intact and no temp file', () => {
    const { data } = sample();
    const store = new ProvenanceStore(storeFile());
    store.save(data);
    const circular = { format: 'vetted-provenance', version: 1, files: {} } as StoredProvenance & { self?: unknown };
    circular.self = circular;
    assert.throws(() => store.save(circular));
    // Renaming onto a directory fails after the temp file was written.
    const blocked = new ProvenanceStore(path.join(dir, 'nested', 'folder', 'is-a-dir'));
    fs.mkdirSync(path.join(dir, 'nested', 'folder', 'is-a-dir', 'child'), { recursive: true });
    assert.throws(() => blocked.save(data));
    assert.deepStrictEqual(tempFiles(), []);
    assert.deepStrictEqual(store.load(), { data });
  });

  it('a corrupt file yields empty data and an error message, without throwing', () => {
    const file = path.join(dir, 'provenance.json');
    const store = new ProvenanceStore(file);
    for (const content of [
      '{"format":"vetted-provenance","version":1,"fil',
      '',
      'null',
      '[]',
      '{"format":"other","version":1,"files":{}}',
      '{"format":"vetted-provenance","version":2,"files":{}}',
      '{"format":"vetted-provenance","version":1,"files":[]}',
    ]) {
      fs.writeFileSync(file, content);
      const result = store.load();
      assert.deepStrictEqual(result.data, { format: 'vetted-provenance', version: 1, files: {} }, content);
      assert.strictEqual(typeof result.error, 'string', content);
      assert.ok(result.error!.includes(file), `the message names the file: ${result.error}`);
    }
  });

  it('an unreadable path yields empty data and an error message', () => {
    const folder = path.join(dir, 'provenance.json');
    fs.mkdirSync(folder);
    const result = new ProvenanceStore(folder).load();
    assert.deepStrictEqual(result.data.files, {});
    assert.strictEqual(result.error, `${folder}: cannot read it: not a regular file (a folder)`);
    assert.ok(fs.statSync(result.keptAt!).isDirectory(), 'the folder was moved aside, not removed');
  });

  it('at start, removes temp files of processes that are gone, at once', () => {
    const { data } = sample();
    const store = new ProvenanceStore(storeFile());
    store.save(data);
    const orphan = `${storeFile()}.tmp-${deadPid()}-0badf00d`;
    fs.writeFileSync(orphan, '{"format":"vetted-pro');
    assert.deepStrictEqual(store.load(), { data });
    assert.deepStrictEqual(tempFiles(), []);
  });

  it('invalid file entries are dropped and reported, valid ones kept', () => {
    const { file } = sample();
    const bad = { path: 'bad.js', contentHash: 'x', regions: [{ id: 'r', start: 'zero' }], lost: [] };
    // Written by hand: a "__proto__" key must be an ordinary entry, not a prototype.
    const raw = `{"format":"vetted-provenance","version":1,"files":{"src/app.py":${JSON.stringify(file)},"bad.js":${JSON.stringify(bad)},"worse.js":7,"__proto__":${JSON.stringify({ ...file, path: '__proto__' })}}}`;
    const result = parseStoredProvenance(raw);
    assert.deepStrictEqual(Object.keys(result.data.files).sort(), ['__proto__', 'src/app.py']);
    assert.strictEqual(Object.getPrototypeOf(result.data.files), Object.prototype);
    assert.deepStrictEqual(result.data.files['src/app.py'], file);
    assert.match(result.error!, /dropped 2 invalid file entries: bad\.js, worse\.js/);
  });

  describe('toStored', () => {
    it('records text and hash of every region and of the whole file', () => {
      const { file } = sample();
      assert.strictEqual(file.path, 'src/app.py');
      assert.strictEqual(file.contentHash, sha256(SOURCE));
      assert.strictEqual(file.regions.length, 1);
      const r = file.regions[0];
      assert.strictEqual(r.text, AI_LINE);
      assert.strictEqual(r.textHash, sha256(AI_LINE));
      assert.deepStrictEqual(
        { id: r.id, start: r.start, end: r.end, state: r.state, signal: r.signal, source: r.source },
        {
          id: 'r1',
          start: AI_START,
          end: AI_START + AI_LINE.length,
          state: 'ai',
          signal: 'change-reason',
          source: 'inlineCompletionAccept',
        },
      );
      assert.deepStrictEqual(file.lost, []);
      assert.ok(!('cleared' in file));
    });

    it('keeps previous lost and cleared records', () => {
      const { file } = sample();
      const previous: StoredFileProvenance = {
        ...file,
        lost: [file.regions[0]],
        cleared: [{ at: '2025-02-01T00:00:00.000Z', regions: 3 }],
      };
      const next = toStored('src/app.py', 'other text', [], previous);
      assert.deepStrictEqual(next.regions, []);
      assert.deepStrictEqual(next.lost, previous.lost);
      assert.deepStrictEqual(next.cleared, previous.cleared);
      assert.strictEqual(next.contentHash, sha256('other text'));
    });

    it('rejects a region outside the text', () => {
      assert.throws(() => toStored('a.js', 'short', [region('r', 2, 9)]), RangeError);
    });
  });

  describe('restore', () => {
    it('puts regions back exactly when the file is unchanged', () => {
      const tracked = [region('r1', 0, 6, { state: 'ai-modified' }), region('r2', 10, 12, { confidence: 'low', signal: 'heuristic' })];
      const text = 'import os\nos.system(x)\n';
      const stored = toStored('a.py', text, tracked);
      const result = restore(stored, text);
      assert.deepStrictEqual(result, { regions: tracked, lost: [], reanchored: 0 });
    });

    it('survives a save/load round trip', () => {
      const { data } = sample();
      const store = new ProvenanceStore(path.join(dir, 'p.json'));
      store.save(data);
      const result = restore(store.load().data.files['src/app.py'], SOURCE);
      assert.deepStrictEqual(result.regions, [
        region('r1', AI_START, AI_START + AI_LINE.length, { source: 'inlineCompletionAccept', signal: 'change-reason' }),
      ]);
    });

    it('re-anchors a region whose text moved after an external edit', () => {
      const { file } = sample();
      const edited = '# header added outside the editor\n' + SOURCE.replace('import os\n', 'import os\nimport sys\n');
      const result = restore(file, edited);
      const at = edited.indexOf(AI_LINE);
      assert.strictEqual(result.reanchored, 1);
      assert.deepStrictEqual(result.lost, []);
      assert.strictEqual(result.regions.length, 1);
      assert.deepStrictEqual([result.regions[0].start, result.regions[0].end], [at, at + AI_LINE.length]);
      assert.strictEqual(edited.slice(result.regions[0].start, result.regions[0].end), AI_LINE);
      assert.strictEqual(result.regions[0].source, 'inlineCompletionAccept');
      // The restored regions feed a tracker directly.
      assert.strictEqual(new RegionTracker(result.regions, edited).regions.length, 1);
    });

    it('an edit elsewhere that leaves the region text unique still re-anchors it in place', () => {
      const { file } = sample();
      const edited = SOURCE.replace('return "ok"', 'return "done"');
      const result = restore(file, edited);
      assert.deepStrictEqual([result.regions[0].start, result.reanchored], [AI_START, 1]);
    });

    it('a region whose text was deleted or changed is lost', () => {
      const { file } = sample();
      for (const edited of [SOURCE.replace(AI_LINE, ''), SOURCE.replace('"ls "', '"ls -l "')]) {
        const result = restore(file, edited);
        assert.deepStrictEqual(result.regions, []);
        assert.deepStrictEqual(result.lost, file.regions);
        assert.strictEqual(result.reanchored, 0);
      }
    });

    it('a region whose text now occurs twice is lost (ambiguous, never guessed)', () => {
      const { file } = sample();
      const edited = SOURCE + '\ndef other(req):\n    cmd = 1\n' + AI_LINE;
      const result = restore(file, edited);
      assert.deepStrictEqual(result.regions, []);
      assert.deepStrictEqual(result.lost, file.regions);
    });

    it('overlapping occurrences count as several', () => {
      const stored = toStored('a.txt', 'xaax', [region('r', 1, 3)]); // "aa"
      assert.deepStrictEqual(
        restore(stored, 'yaaay').lost.map((r) => r.id),
        ['r'],
      );
      assert.deepStrictEqual(
        restore(stored, 'yaay').regions.map((r) => [r.start, r.end]),
        [[1, 3]],
      );
    });

    it('a region whose stored text no longer matches its hash is lost, even for an unchanged file', () => {
      const { file } = sample();
      const tampered: StoredFileProvenance = { ...file, regions: [{ ...file.regions[0], textHash: sha256('something else') }] };
      const result = restore(tampered, SOURCE);
      assert.deepStrictEqual(result.regions, []);
      assert.deepStrictEqual(result.lost, tampered.regions);
    });

    it('keeps the regions it can place and loses the others, independently', () => {
      const text = 'alpha();\nbeta();\ngamma();\n';
      const stored = toStored('a.js', text, [region('a', 0, 8), region('b', 9, 16), region('g', 17, 25)]);
      const edited = 'gamma();\n// x\nalpha();\nalpha();\n';
      const result = restore(stored, edited);
      assert.deepStrictEqual(
        result.regions.map((r) => [r.id, r.start, r.end]),
        [['g', 0, 8]],
      );
      assert.deepStrictEqual(result.lost.map((r) => r.id).sort(), ['a', 'b']);
      assert.strictEqual(result.reanchored, 1);
    });

    it('re-anchored regions that would overlap are all lost', () => {
      const text = 'abcdef|cdefgh';
      const stored = toStored('a.txt', text, [region('x', 0, 6), region('y', 9, 13)]); // "abcdef", "efgh"
      const result = restore(stored, 'abcdefgh');
      assert.deepStrictEqual(result.regions, []);
      assert.deepStrictEqual(result.lost.map((r) => r.id).sort(), ['x', 'y']);
      assert.strictEqual(result.reanchored, 0);
    });

    it('stored data with an unchanged hash but inconsistent offsets is re-anchored by text', () => {
      const text = 'one two three';
      const stored = toStored('a.txt', text, [region('r', 4, 7)]);
      const shifted: StoredFileProvenance = { ...stored, regions: [{ ...stored.regions[0], start: 0, end: 3 }] };
      const result = restore(shifted, text);
      assert.deepStrictEqual(
        result.regions.map((r) => [r.start, r.end]),
        [[4, 7]],
      );
      assert.strictEqual(result.reanchored, 1);
    });
  });
});

/** A pid no process has: a child that has exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}
