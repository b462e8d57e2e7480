import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readStoredProvenance } from '../../cli/src/provenance/store';
import { parseStoredProvenance, toStored } from '../../server/src/provenance/provenanceStore';
import type { StoredProvenance } from '../../server/src/provenance/format';
import { storedProvenanceProblems } from '../../server/src/provenance/storedProvenance';

/**
 * The extension and the CLI read the stored provenance file with one schema: whatever one of
 * them rejects, the other rejects too (the extension by dropping the file entry, the CLI by
 * refusing the file).
 */

const TEXT = 'const a = 1;\nconst b = 2;\n';

function valid(): StoredProvenance {
  const file = toStored('src/a.js', TEXT, [
    { id: 'r1', start: 0, end: 12, state: 'ai', signal: 'inline-accept', confidence: 'high', acceptedAt: '2025-01-01T00:00:00.000Z' },
  ]);
  return { format: 'vetted-provenance', version: 1, files: { 'src/a.js': file } };
}

/** Each breaks the one file entry in a way only one of the two former validations caught. */
const MALFORMED: [string, (d: StoredProvenance) => void][] = [
  ['a content hash that is not sha256 hex', (d) => (d.files['src/a.js'].contentHash = 'x')],
  ['a region text hash that is not sha256 hex', (d) => (d.files['src/a.js'].regions[0].textHash = 'abc')],
  ['an empty region id', (d) => (d.files['src/a.js'].regions[0].id = '')],
  ['an empty path', (d) => (d.files['src/a.js'].path = '')],
  ['a region ending before it starts', (d) => Object.assign(d.files['src/a.js'].regions[0], { start: 9, end: 3 })],
  ['an unknown signal', (d) => ((d.files['src/a.js'].regions[0] as { signal: string }).signal = 'guess')],
  ['a negative cleared count', (d) => (d.files['src/a.js'].cleared = [{ at: '2025-01-01T00:00:00.000Z', regions: -1 }])],
  ['a missing lost list', (d) => delete (d.files['src/a.js'] as Partial<StoredProvenance['files'][string]>).lost],
];

describe('stored provenance schema (shared by the extension and the CLI)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-stored-schema-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts what the extension writes, in both readers', () => {
    const data = valid();
    assert.deepStrictEqual(storedProvenanceProblems(data), []);
    assert.deepStrictEqual(parseStoredProvenance(JSON.stringify(data)), { data });
    const file = path.join(dir, 'valid.json');
    fs.writeFileSync(file, JSON.stringify(data));
    assert.deepStrictEqual(readStoredProvenance(file), data);
  });

  for (const [what, breakIt] of MALFORMED) {
    it(`both reject ${what}`, () => {
      const data = valid();
      breakIt(data);
      const raw = JSON.stringify(data);
      const loaded = parseStoredProvenance(raw);
      assert.deepStrictEqual(loaded.data.files, {}, 'the extension drops the entry');
      assert.match(loaded.error ?? '', /dropped 1 invalid file entry: src\/a\.js/);
      const file = path.join(dir, 'bad.json');
      fs.writeFileSync(file, raw);
      assert.throws(() => readStoredProvenance(file), /invalid provenance store .*files\["src\/a\.js"\]/);
    });
  }

  it('both reject a file that is wrong as a whole', () => {
    for (const raw of [
      '{"format":"other","version":1,"files":{}}',
      '{"format":"vetted-provenance","version":2,"files":{}}',
      '{"format":"vetted-provenance","version":1,"files":[]}',
      '[]',
    ]) {
      const loaded = parseStoredProvenance(raw);
      assert.deepStrictEqual(loaded.data.files, {}, raw);
      assert.strictEqual(typeof loaded.error, 'string', raw);
      const file = path.join(dir, 'whole.json');
      fs.writeFileSync(file, raw);
      assert.throws(() => readStoredProvenance(file), /invalid provenance store/, raw);
    }
  });
});
