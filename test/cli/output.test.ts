import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('vetted scan output', function () {
  this.timeout(60_000);

  it('a reader that closes the pipe early (| head) gets no stack trace', () => {
    // The SARIF report of the examples is larger than a pipe's buffer, so the CLI is still
    // writing when head exits.
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" bin/vetted.js scan examples --format sarif | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.doesNotMatch(run.stderr, /EPIPE|Error|at /);
    assert.match(run.stderr, /status [01]\n$/);
  });
});
