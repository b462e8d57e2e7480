import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../server/src/settingTable';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'vetted.js');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default: number }> } };
};

/** The CLI and the editor skip the same files: one size limit, documented in both places. */
describe('vetted scan defaults match the editor', function () {
  this.timeout(60_000);

  it('--max-file-size defaults to the editor setting vetted.maxFileSizeKb', () => {
    const editorDefault = manifest.contributes.configuration.properties['vetted.maxFileSizeKb'].default;
    assert.strictEqual(DEFAULT_SETTINGS.maxFileSizeKb, editorDefault);
    const help = spawnSync(process.execPath, [BIN, 'scan', '--help'], { encoding: 'utf8' }).stdout;
    assert.match(help.replace(/\s+/g, ' '), new RegExp(`--max-file-size <kb> .*\\(default: ${editorDefault}\\)`));
  });

  it('scans a 1.5 MB source file (the old CLI default skipped anything over 1 MB)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-size-'));
    try {
      const filler = Array.from({ length: 30_000 }, (_, i) => `const value${i} = compute(${i}, 'some text to make the line longer');`).join(
        '\n',
      );
      fs.writeFileSync(
        path.join(dir, 'big.js'),
        `${filler}\nconst digest = require('crypto').createHash('md5').update(bundle).digest('hex');\n`,
      );
      assert.ok(fs.statSync(path.join(dir, 'big.js')).size > 1.5 * 1024 * 1024);
      const run = spawnSync(process.execPath, [BIN, 'scan', '.', '--fail-on', 'none'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      assert.strictEqual(run.status, 0, run.stderr);
      assert.match(run.stdout, /^big\.js:30001:\d+\s+medium\s+js\.crypto\.weak-hash/m);
      assert.doesNotMatch(run.stdout, /skipped/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
