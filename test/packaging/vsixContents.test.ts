import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the .vsix', function () {
  this.timeout(120_000);

  it('holds the rules as YAML and their loaded snapshot only: no fixtures, fixed outputs or finding snapshots', () => {
    const run = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.strictEqual(run.status, 0, run.stderr);
    const files = run.stdout.trim().split('\n');
    const rules = files.filter((f) => f.startsWith('dist/rules/'));
    assert.ok(rules.length >= 80, `only ${rules.length} rule files listed`);
    assert.deepStrictEqual(
      rules.filter((f) => !f.endsWith('.yaml')),
      ['dist/rules/.loaded-rules.json'],
    );
  });
});
