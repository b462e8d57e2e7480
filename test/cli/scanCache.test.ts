import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runVetted } from '../support/cliRun';
import { gitIn } from '../support/gitRepo';
import { VALID_RULE } from '../support/ruleFolder';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const WEAK_HASH = "const crypto = require('crypto');\nconst etag = crypto.createHash('md5').update(body).digest('hex');\n";

interface JsonReport {
  filesScanned: number;
  findings: { file: string; line: number; ruleId: string; message: string; trace?: unknown[]; fix?: unknown }[];
}

/** The summary line of a text report: the last one. */
function summary(stdout: string): string {
  return stdout.trimEnd().split('\n').pop()!;
}

describe('vetted scan --cache', function () {
  // Each test runs the CLI several times, some compiling every JavaScript and Python rule.
  this.timeout(180_000);
  let dir: string;

  const vetted = (...args: string[]) => runVetted(['scan', ...args, '--fail-on', 'none'], dir);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const json = (...args: string[]): JsonReport => {
    const run = vetted(...args, '--format', 'json');
    assert.strictEqual(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as JsonReport;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-cache-'));
    // Findings with fixes, taint traces and a suppression, in JavaScript, TypeScript and Python.
    for (const example of ['express-api/server.js', 'express-api/auth.ts', 'express-handlers/app.js', 'flask-app/app.py'])
      write(`src/${example}`, fs.readFileSync(path.join(EXAMPLES, example), 'utf8'));
    write('src/suppressed.js', WEAK_HASH.replace('\nconst etag', '\n// vetted-ignore js.crypto.weak-hash -- ETag only\nconst etag'));
    write('src/clean.js', 'module.exports = (a, b) => a + b;\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives a warm scan the JSON and SARIF reports of a scan without cache, and says how many files came from the cache', () => {
    const cold = vetted('.', '--cache');
    assert.strictEqual(summary(cold.stdout).includes('in 6 file(s) scanned (0 from cache)'), true, cold.stdout);
    const warm = vetted('.', '--cache');
    assert.match(summary(warm.stdout), /in 6 file\(s\) scanned \(6 from cache\), 1 suppressed\.$/);
    assert.strictEqual(warm.stdout.split('\n').slice(0, -2).join('\n'), cold.stdout.split('\n').slice(0, -2).join('\n'));

    for (const format of ['json', 'sarif']) {
      const fresh = vetted('.', '--format', format);
      const cached = vetted('.', '--format', format, '--cache');
      assert.strictEqual(cached.stderr, '');
      assert.strictEqual(cached.stdout, fresh.stdout, `--format ${format}`);
      if (format === 'json') {
        const { findings } = JSON.parse(cached.stdout) as JsonReport;
        assert.ok(findings.some((f) => f.trace && f.trace.length > 0) && findings.some((f) => f.fix), 'traces and fixes come back');
      }
    }
  });

  it('keeps the cache in node_modules/.cache/vetted/ when the project has node_modules, otherwise in .vettedcache', () => {
    vetted('.', '--cache');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['.vettedcache', 'src']);
    fs.mkdirSync(path.join(dir, 'node_modules'));
    vetted('.', '--cache');
    assert.ok(fs.existsSync(path.join(dir, 'node_modules', '.cache', 'vetted', 'vetted-scan-cache.json')));

    const run = vetted('.', '--cache-location', 'elsewhere/');
    assert.match(summary(run.stdout), /\(0 from cache\)/, '--cache-location alone turns the cache on');
    assert.ok(fs.existsSync(path.join(dir, 'elsewhere', 'vetted-scan-cache.json')));
    assert.match(summary(vetted('.', '--cache-location', 'elsewhere').stdout), /\(6 from cache\)/, 'an existing folder is a folder');
  });

  it('analyses an edited file again and reports its new finding', () => {
    vetted('.', '--cache');
    write('src/clean.js', `module.exports = (a, b) => a + b;\n${WEAK_HASH}`);
    const run = vetted('.', '--cache');
    assert.match(summary(run.stdout), /in 6 file\(s\) scanned \(5 from cache\)/);
    assert.ok(run.stdout.includes('src/clean.js:3:14  medium   js.crypto.weak-hash'), run.stdout);
  });

  it('analyses every file again when a rule file of a custom rule folder changes', () => {
    write('rules/no-debugger.yaml', VALID_RULE);
    write('src/debug.js', 'function f() {\n  debugger;\n}\n');
    const first = json('src', '--rules', 'rules', '--cache');
    assert.deepStrictEqual(
      first.findings.filter((f) => f.ruleId === 'custom.test.no-debugger').map((f) => f.message),
      ['A debugger statement was left in.'],
    );
    write('rules/no-debugger.yaml', VALID_RULE.replace('A debugger statement was left in.', 'Remove the debugger statement.'));
    const run = vetted('src', '--rules', 'rules', '--cache');
    assert.match(summary(run.stdout), /in 7 file\(s\) scanned \(0 from cache\)/);
    assert.ok(run.stdout.includes('src/debug.js:2:3  low      custom.test.no-debugger  Remove the debugger statement.'), run.stdout);
    // The bundled rules alone are another rule set again.
    assert.match(summary(vetted('src', '--cache').stdout), /\(0 from cache\)/);
  });

  it('reports a broken custom rule on every run, the cache notwithstanding', () => {
    write('rules/no-debugger.yaml', VALID_RULE);
    write(
      'rules/broken-query.yaml',
      VALID_RULE.replace('id: custom.test.no-debugger', 'id: custom.test.broken-query').replace(
        'query: "(debugger_statement) @finding"',
        'query: "(call_expression function: (no_such_node)) @finding"',
      ),
    );
    for (const run of [vetted('src', '--rules', 'rules', '--cache'), vetted('src', '--rules', 'rules', '--cache')]) {
      assert.strictEqual(run.code, 2, run.stderr);
      assert.match(run.stderr, /broken-query\.yaml:\d+: .*query of rule 'custom\.test\.broken-query' does not compile for javascript/);
    }
  });

  it('ignores a damaged cache with one warning, reports correctly and writes a good cache', () => {
    const expected = json('.');
    vetted('.', '--cache');
    const file = path.join(dir, '.vettedcache');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 500));
    const damaged = vetted('.', '--cache', '--format', 'json');
    assert.match(
      damaged.stderr,
      /^vetted: warning: ignoring the scan cache .*\.vettedcache: it is not valid JSON .*; it will be rewritten\n$/,
    );
    assert.deepStrictEqual(JSON.parse(damaged.stdout), expected);
    const next = vetted('.', '--cache');
    assert.strictEqual(next.stderr, '');
    assert.match(summary(next.stdout), /\(6 from cache\)/);

    fs.writeFileSync(file, JSON.stringify({ format: 1, vetted: '0.0.1', ruleSet: 'x', files: {} }));
    const foreign = vetted('.', '--cache');
    assert.match(
      foreign.stderr,
      /^vetted: warning: ignoring the scan cache .*: it was written by another version of Vetted \(0\.0\.1\); it will be rewritten\n$/,
    );
    assert.match(summary(foreign.stdout), /\(0 from cache\)/);
  });

  it('warns when the cache cannot be written, and still reports and exits as without it', () => {
    write('blocker', 'a file where the cache folder would be\n');
    const run = vetted('.', '--cache-location', 'blocker/cache.json', '--format', 'json');
    assert.strictEqual(run.code, 0);
    assert.match(run.stderr, /^vetted: warning: could not write the scan cache .*cache\.json: .*\n$/);
    assert.deepStrictEqual(JSON.parse(run.stdout), json('.'));
  });

  it('drops the entries of files deleted under the scanned paths and keeps those of paths not scanned', () => {
    write('lib/util.js', WEAK_HASH);
    vetted('.', '--cache');
    const removed = fs.readFileSync(path.join(dir, 'src/clean.js'));
    fs.rmSync(path.join(dir, 'src/clean.js'));
    assert.match(summary(vetted('src', '--cache').stdout), /in 5 file\(s\) scanned \(5 from cache\)/);
    // lib/ was not scanned: its entry is still there.
    assert.match(summary(vetted('lib', '--cache').stdout), /in 1 file\(s\) scanned \(1 from cache\)/);
    // The deleted file's entry is gone: the same text back is analysed afresh.
    fs.writeFileSync(path.join(dir, 'src/clean.js'), removed);
    assert.match(summary(vetted('.', '--cache').stdout), /in 7 file\(s\) scanned \(6 from cache\)/);
  });

  it('with --diff, reuses and keeps the results of the files not changed', () => {
    gitIn(dir, 'init', '-q', '-b', 'main');
    gitIn(dir, 'add', 'src');
    gitIn(dir, 'commit', '-q', '-m', 'base');
    vetted('.', '--cache');
    write('src/clean.js', `module.exports = (a, b) => a + b;\n${WEAK_HASH}`);
    const diff = json('.', '--cache', '--diff', 'main');
    assert.deepStrictEqual(
      diff.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
      ['src/clean.js:3 js.crypto.weak-hash'],
    );
    assert.match(summary(vetted('.', '--cache').stdout), /in 6 file\(s\) scanned \(6 from cache\)/);
  });

  it('does not believe a cache file that is committed to the repository', () => {
    write('src/clean.js', WEAK_HASH);
    vetted('.', '--cache');
    // A pull request that ships a cache declaring its insecure file clean.
    const file = path.join(dir, '.vettedcache');
    const planted = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: Record<string, { findings: unknown[] }> };
    planted.files['src/clean.js'].findings = [];
    fs.writeFileSync(file, JSON.stringify(planted));
    gitIn(dir, 'init', '-q', '-b', 'main');
    gitIn(dir, 'add', '.');
    gitIn(dir, 'commit', '-q', '-m', 'innocent');

    const run = vetted('.', '--cache');
    assert.match(run.stderr, /^vetted: warning: not using the scan cache .*\.vettedcache: it is committed, .*\n$/);
    assert.ok(run.stdout.includes('src/clean.js:2:14  medium   js.crypto.weak-hash'), run.stdout);
    assert.match(summary(run.stdout), /\(0 from cache\)/);
    assert.strictEqual(gitIn(dir, 'status', '--porcelain'), '', 'the committed file is left as it is');
  });

  it('works with worker threads', () => {
    const one = vetted('.', '--cache', '--format', 'json', '--jobs', '2');
    const two = vetted('.', '--cache', '--jobs', '2');
    assert.match(summary(two.stdout), /\(6 from cache\)/);
    write('src/clean.js', `module.exports = (a, b) => a + b;\n${WEAK_HASH}`);
    write('src/clean2.js', WEAK_HASH);
    const three = json('.', '--cache', '--jobs', '2');
    const before = (JSON.parse(one.stdout) as JsonReport).findings.length;
    assert.deepStrictEqual(
      three.findings.filter((f) => f.file.startsWith('src/clean')).map((f) => f.file),
      ['src/clean.js', 'src/clean2.js'],
    );
    assert.strictEqual(three.findings.length, before + 2);
  });
});
