import * as assert from 'assert';
import * as fs from 'fs';
import { readRegularFile } from '../../server/src/files/regularFile';
import { displayName } from '../../cli/src/files/displayName';

/** The reader every untrusted path goes through, and how names that are not UTF-8 are shown. */
describe('readRegularFile', () => {
  it('does not trust the size a stat reports: a /proc file (size 0) is read to its end, and the cap still holds', () => {
    assert.strictEqual(fs.statSync('/proc/self/status').size, 0);
    const read = readRegularFile('/proc/self/status', 1024 * 1024);
    assert.ok(read.ok && read.bytes.toString('utf8').includes('Pid:'));
    assert.deepStrictEqual(readRegularFile('/proc/self/status', 10), { ok: false, reason: 'larger than 10 bytes' });
  });

  it('refuses devices and folders without opening them, and says why a path is missing', () => {
    assert.deepStrictEqual(readRegularFile('/dev/zero', 1024), { ok: false, reason: 'not a regular file (a device)' });
    assert.deepStrictEqual(readRegularFile('/', 1024), { ok: false, reason: 'not a regular file (a folder)' });
    assert.deepStrictEqual(readRegularFile('/no/such/file', 1024), { ok: false, reason: 'does not exist (ENOENT)' });
  });
});

describe('displayName', () => {
  it('shows UTF-8 names unchanged and every other byte as \\xNN', () => {
    assert.strictEqual(displayName(Buffer.from('café ✓.js')), 'café ✓.js');
    assert.strictEqual(displayName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6a, 0x73])), 'caf\\xE9.js');
    assert.strictEqual(
      displayName(Buffer.concat([Buffer.from('é'), Buffer.from([0xff, 0xc3])])),
      'é\\xFF\\xC3',
      'a cut-off sequence at the end',
    );
    assert.strictEqual(displayName(Buffer.from([0xef, 0xbf, 0xbd])), '\uFFFD', 'a real U+FFFD in a name is valid UTF-8');
  });
});
