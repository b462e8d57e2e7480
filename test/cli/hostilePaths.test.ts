import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'vetted.js');
const FAILING_READS = path.resolve(__dirname, '..', 'support', 'failingReads.cjs');

/** Runs the CLI; a hang (say, on a FIFO) fails the test after 20 s instead of stalling the suite. */
function vetted(args: string[], cwd: string, failOpen?: string) {
  const preload = failOpen ? ['--require', FAILING_READS] : [];
  const env = { ...process.env, NO_COLOR: '1', ...(failOpen ? { VETTED_TEST_FAIL_OPEN: failOpen } : {}) };
  const run = spawnSync(process.execPath, [...preload, BIN, ...args], { cwd, encoding: 'utf8', env, timeout: 20_000 });
  assert.strictEqual(run.signal, null, `vetted ${args.join(' ')} did not finish: ${run.stderr}`);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const MD5 = "require('crypto').createHash('md5').update(x);\n";

/**
 * One bad path never sinks a scan: a name that is not UTF-8, a file that cannot be read, FIFOs
 * (as a source file, as an argument and as a .gitignore) and symbolic links each become a note in
 * every format, and every other file is still reported.
 */
describe('vetted scan with hostile paths', function () {
  this.timeout(60_000);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hostile-paths-'));
  const root = path.join(base, 'repo');
  const outside = path.join(base, 'outside.js');
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  before(() => {
    const file = (rel: string, text = MD5) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    const fifo = (rel: string) => assert.strictEqual(spawnSync('mkfifo', [path.join(root, rel)]).status, 0);
    file('src/good.js');
    file('src/bad-sector.js');
    file('lib/shared/util.js');
    file('sub/ok.js');
    fs.writeFileSync(outside, MD5);
    // A name with bytes that are not UTF-8 (Latin-1 "café" and a lone 0xFF).
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(root, 'src') + '/caf'), Buffer.from([0xe9, 0xff]), Buffer.from('.js')]), MD5);
    fifo('src/pipe.js');
    fifo('sub/.gitignore');
    fs.symlinkSync(outside, path.join(root, 'src', 'escape.js'));
    fs.symlinkSync(path.join(root, 'lib', 'shared'), path.join(root, 'src', 'shared'));
    fs.symlinkSync('..', path.join(root, 'src', 'loop'));
    fs.symlinkSync('missing.js', path.join(root, 'src', 'dangling.js'));
  });

  const NOTES = [
    'skipped src/bad-sector.js: cannot read: input/output error (EIO)',
    'skipped src/dangling.js: broken symbolic link (does not exist (ENOENT))',
    'skipped src/escape.js: symbolic link to a path outside the scan root (not followed)',
    'skipped src/loop: symbolic link to a folder that contains it (a loop; not followed)',
    'skipped src/pipe.js: not a regular file (a FIFO (named pipe))',
    'skipped sub/.gitignore: not a regular file (a FIFO (named pipe)); its patterns were not applied',
  ];
  const SCANNED = ['src/caf\\xE9\\xFF.js', 'src/good.js', 'src/shared/util.js', 'sub/ok.js'];

  it('text: reports every readable file (the non-UTF-8 name escaped) and a note for each bad path', () => {
    const { code, stdout, stderr } = vetted(['scan', 'src', 'sub', '--fail-on', 'medium'], root, 'bad-sector');
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 1, 'the findings in the readable files still trip the gate');
    const lines = stdout.trimEnd().split('\n');
    assert.deepStrictEqual(
      lines
        .filter((l) => l.startsWith('note: '))
        .map((l) => l.slice(6))
        .sort(),
      NOTES,
    );
    assert.deepStrictEqual(
      [...new Set(lines.filter((l) => / js\.crypto\.weak-hash /.test(l)).map((l) => l.split(':')[0]))].sort(),
      SCANNED,
    );
    assert.strictEqual(lines[lines.length - 1], '4 finding(s) (4 medium) in 4 file(s) scanned.');
  });

  it('JSON and SARIF carry the same notes; the SARIF log validates, notes in toolExecutionNotifications', () => {
    const json = JSON.parse(vetted(['scan', 'src', 'sub', '--format', 'json'], root, 'bad-sector').stdout) as {
      skipped: { file: string; reason: string }[];
      findings: { file: string }[];
    };
    assert.deepStrictEqual(json.skipped.map((s) => `skipped ${s.file}: ${s.reason}`).sort(), NOTES);
    assert.deepStrictEqual([...new Set(json.findings.map((f) => f.file))].sort(), SCANNED);

    const { code, stdout } = vetted(['scan', 'src', 'sub', '--format', 'sarif', '--fail-on', 'none'], root, 'bad-sector');
    assert.strictEqual(code, 0);
    const log = JSON.parse(stdout) as Sarif.Log;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false, logger: false }).compile(
      sarifSchema,
    );
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    const notifications = log.runs[0].invocations![0].toolExecutionNotifications!;
    assert.deepStrictEqual(notifications.map((n) => n.message.text).sort(), NOTES);
    assert.ok(notifications.every((n) => n.level === 'note'));
    assert.strictEqual(log.runs[0].results!.length, 4);
    assert.ok(log.runs[0].results!.some((r) => r.locations![0].physicalLocation!.artifactLocation!.uri === 'src/caf%5CxE9%5CxFF.js'));
  });

  it('a FIFO named on the command line is a note, not a hang', () => {
    const { code, stdout } = vetted(['scan', 'src/pipe.js', 'src/good.js'], root);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^note: skipped src\/pipe\.js: not a regular file \(a FIFO \(named pipe\)\)$/m);
    assert.match(stdout, /1 finding\(s\) \(1 medium\) in 1 file\(s\) scanned\./);
  });

  it('an --output that cannot be written is one clear line and exit 2', () => {
    const notAFolder = path.join(root, 'src', 'good.js', 'report.sarif');
    const run = vetted(['scan', 'src/good.js', '--format', 'sarif', '--output', notAFolder], root);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /^vetted: cannot write the report to .*good\.js\/report\.sarif: [^\n]+\n$/);
    const aFolder = vetted(['scan', 'src/good.js', '--output', 'src'], root);
    assert.strictEqual(aFolder.code, 2);
    assert.strictEqual(aFolder.stderr, 'vetted: cannot write the report to src: is a folder (EISDIR)\n');
  });
});
