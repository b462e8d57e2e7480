import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runVetted } from '../support/cliRun';
import { gitIn } from '../support/gitRepo';

interface JsonReport {
  findings: { file: string; line: number; ruleId: string; fingerprint: string }[];
  diff?: { base: string; mergeBase: string };
  inBaseline?: number;
}

const WEAK_HASH = "const etag = crypto.createHash('md5').update(body).digest('hex');";

/** A repository whose main branch has findings, and a feature branch that adds and moves some. */
describe('vetted scan --diff and vetted baseline (a pull request gate on what changed)', function () {
  this.timeout(60_000);
  let repo: string;

  const git = (...args: string[]) => gitIn(repo, ...args);

  const vetted = (args: string[], cwd = repo) => runVetted(args, cwd);

  function json(args: string[]): JsonReport {
    const run = vetted([...args, '--format', 'json', '--fail-on', 'none']);
    assert.strictEqual(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as JsonReport;
  }

  function write(file: string, lines: string[]): void {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), lines.join('\n') + '\n');
  }

  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-diff-'));
    git('init', '-q', '-b', 'main');
    write('src/app.js', ["const crypto = require('crypto');", 'function tag(body) {', `  ${WEAK_HASH}`, '  return etag;', '}']);
    write('src/old.js', ["const crypto = require('crypto');", WEAK_HASH]);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('reports only findings on lines changed since the merge base: committed, uncommitted and untracked', () => {
    git('checkout', '-q', '-b', 'feature');
    // Two lines pushed in above the old finding, and a new finding below it (committed).
    write('src/app.js', [
      "const crypto = require('crypto');",
      '// cache tags',
      '// (weak hashes are fine for ETags? no)',
      'function tag(body) {',
      `  ${WEAK_HASH}`,
      "  const legacy = crypto.createHash('sha1').update(body).digest('hex');",
      '  return etag + legacy;',
      '}',
    ]);
    git('commit', '-q', '-am', 'feature');
    // An uncommitted change to another file, and a new file not yet added.
    write('src/old.js', [
      "const crypto = require('crypto');",
      WEAK_HASH,
      "const sum = crypto.createHash('md5').update(data).digest('hex');",
    ]);
    write('src/new.js', ["const crypto = require('crypto');", "const id = crypto.createHash('sha1').update(name).digest('hex');"]);

    const all = json(['scan', '.']);
    assert.strictEqual(all.findings.length, 5);

    const changed = json(['scan', '.', '--diff', 'main']);
    assert.deepStrictEqual(
      changed.findings.map((f) => `${f.file}:${f.line}`),
      ['src/app.js:6', 'src/new.js:2', 'src/old.js:3'],
    );
    assert.strictEqual(changed.diff?.base, 'main');
    assert.strictEqual(changed.diff?.mergeBase, git('rev-parse', 'main'));

    const text = vetted(['scan', 'src', '--diff', 'main', '--fail-on', 'medium']);
    assert.strictEqual(text.code, 1, 'new findings fail the gate');
    assert.match(text.stdout, /^3 finding\(s\) \(3 medium\) on lines changed since main in 3 file\(s\) scanned\.$/m);
  });

  it('passes a branch whose changes add no finding, even though the files it touches have old ones', () => {
    git('checkout', '-q', '-b', 'docs');
    write('src/app.js', [
      "const crypto = require('crypto');",
      '/** Tags a response body. */',
      'function tag(body) {',
      `  ${WEAK_HASH}`,
      '  return etag;',
      '}',
    ]);
    const run = vetted(['scan', '.', '--diff', 'main']);
    assert.strictEqual(run.code, 0, run.stdout);
    assert.match(run.stdout, /^0 finding\(s\) on lines changed since main in 1 file\(s\) scanned\.$/m);
  });

  it('says what is wrong with the base ref or the folder, and exits 2', () => {
    const missing = vetted(['scan', '.', '--diff', 'no-such-branch']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /--diff no-such-branch: no such revision, or it shares no history with HEAD/);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-nogit-'));
    try {
      const run = vetted(['scan', '.', '--diff', 'main'], outside);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, /--diff needs a git repository/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a baseline keeps existing findings out of the report after lines move; new ones and new copies are reported', () => {
    const written = vetted(['baseline']);
    assert.strictEqual(written.code, 0, written.stderr);
    assert.match(written.stderr, /baseline of 2 finding\(s\) in 2 file\(s\) written to \.vetted[/\\]baseline\.json/);
    const file = JSON.parse(fs.readFileSync(path.join(repo, '.vetted', 'baseline.json'), 'utf8')) as { findings: unknown[] };
    assert.strictEqual(file.findings.length, 2);

    // Everything moves down three lines; one new finding and one more copy of an accepted line.
    write('src/app.js', [
      '// header',
      '// header',
      '// header',
      "const crypto = require('crypto');",
      'function tag(body) {',
      `  ${WEAK_HASH}`,
      "  const legacy = crypto.createHash('sha1').update(body).digest('hex');",
      '  return etag + legacy;',
      '}',
      'function tag2(body) {',
      `  ${WEAK_HASH}`,
      '  return etag;',
      '}',
    ]);
    const report = json(['scan', '.', '--baseline', '.vetted/baseline.json']);
    assert.deepStrictEqual(
      report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
      ['src/app.js:7 js.crypto.weak-hash', 'src/app.js:11 js.crypto.weak-hash'],
    );
    assert.strictEqual(report.inBaseline, 2);
    assert.ok(report.findings.every((f) => /^[0-9a-f]{32}$/.test(f.fingerprint)));

    const broken = path.join(repo, 'not-a-baseline.json');
    fs.writeFileSync(broken, '{"findings": []}');
    const bad = vetted(['scan', '.', '--baseline', broken]);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /is not a Vetted baseline \(write one with: vetted baseline/);
  });

  it('gives SARIF results fingerprints that stay the same when lines move', () => {
    const before = JSON.parse(vetted(['scan', 'src/old.js', '--format', 'sarif', '--fail-on', 'none']).stdout) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    write('src/old.js', ["const crypto = require('crypto');", '', '', WEAK_HASH]);
    const after = JSON.parse(vetted(['scan', 'src/old.js', '--format', 'sarif', '--fail-on', 'none']).stdout) as typeof before;
    const fp = (r: typeof before) => r.runs[0].results.map((x) => x.partialFingerprints['vettedFinding/v1']);
    assert.strictEqual(fp(before).length, 1);
    assert.deepStrictEqual(fp(after), fp(before));
  });
});
