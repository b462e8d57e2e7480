import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { runVetted } from '../support/cliRun';

const TREE = path.resolve(__dirname, '..', 'fixtures', 'cli-tree');

function vetted(args: string[], cwd = TREE) {
  return runVetted(args, cwd);
}

describe('vetted scan (CLI)', function () {
  this.timeout(30_000);

  it('prints file:line:col, severity, rule id and message, honouring ignore files and suppressions', () => {
    const { code, stdout } = vetted(['scan', '.', '--max-file-size', '2']);
    const lines = stdout.trim().split('\n');
    assert.deepStrictEqual(lines.filter((l) => !l.startsWith('note:')).slice(0, -1), [
      "src/app.js:4:10  medium   js.crypto.weak-hash  'md5' is a broken hash: collisions are cheap, so it cannot protect passwords, signatures or integrity checks. [fix available]",
      "src/jobs.py:5:5  high     py.injection.subprocess-shell  'run' runs 'f\"convert {filename} out.png\"' through a shell: any shell metacharacter in the input becomes a command of its own.",
    ]);
    assert.deepStrictEqual(lines.filter((l) => l.startsWith('note:')).sort(), [
      'note: skipped src/blob.js: binary',
      'note: skipped src/huge.js: larger than 2 KB',
    ]);
    assert.strictEqual(lines[lines.length - 1], '2 finding(s) (1 high, 1 medium) in 3 file(s) scanned, 1 suppressed.');
    assert.strictEqual(code, 1, 'a high finding fails the default gate (--fail-on high)');
    assert.ok(!stdout.includes('\x1b['), 'no colour when not on a TTY');
  });

  it('analyses a large tree in worker threads with exactly the findings of one thread', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-jobs-'));
    try {
      // 60 files of about 10 KB (past the size where threads pay off), findings in each.
      const examples = ['express-api/server.js', 'flask-app/app.py'].map((f) =>
        fs.readFileSync(path.resolve(__dirname, '..', '..', 'examples', f), 'utf8'),
      );
      for (let i = 0; i < 60; i++) {
        const [source, ext] = i % 2 === 0 ? [examples[0], 'js'] : [examples[1], 'py'];
        fs.writeFileSync(path.join(dir, `file${i}.${ext}`), `${source}\n`.repeat(Math.ceil(10_000 / source.length)));
      }
      const one = vetted(['scan', '.', '--format', 'json', '--jobs', '1'], dir);
      const two = vetted(['scan', '.', '--format', 'json', '--jobs', '2'], dir);
      assert.strictEqual(two.code, one.code, two.stderr);
      const findings = (out: string) => (JSON.parse(out) as { findings: unknown[] }).findings;
      assert.ok(findings(one.stdout).length > 100);
      assert.deepStrictEqual(findings(two.stdout), findings(one.stdout));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips a minified bundle with a note, as the editor does, and scans it with --include-minified', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-minified-'));
    try {
      // One 20,000-character line: a bundle, not code anyone edits.
      const filler = Array.from({ length: 1500 }, (_, i) => `var v${i}=${i};`).join('');
      const bundle = `${filler}function h(d){return require("crypto").createHash("md5").update(d).digest("hex")}\n`;
      fs.writeFileSync(path.join(dir, 'bundle.js'), bundle);
      fs.writeFileSync(
        path.join(dir, 'app.js'),
        "const crypto = require('crypto');\nconst etag = crypto.createHash('md5').update(body).digest('hex');\n",
      );

      const plain = vetted(['scan', '.', '--format', 'json'], dir);
      const report = JSON.parse(plain.stdout) as { findings: { file: string }[]; skipped: { file: string; reason: string }[] };
      assert.deepStrictEqual(
        report.findings.map((f) => f.file),
        ['app.js'],
      );
      assert.deepStrictEqual(report.skipped, [
        { file: 'bundle.js', reason: 'looks minified or generated (very long lines); --include-minified scans it' },
      ]);

      const all = vetted(['scan', '.', '--format', 'json', '--include-minified'], dir);
      const full = JSON.parse(all.stdout) as { findings: { file: string; ruleId: string }[]; skipped: unknown[] };
      assert.deepStrictEqual(full.findings.map((f) => `${f.file} ${f.ruleId}`).sort(), [
        'app.js js.crypto.weak-hash',
        'bundle.js js.crypto.weak-hash',
      ]);
      assert.deepStrictEqual(full.skipped, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scans a folder outside the current one, path-filtered rules included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-outside-'));
    try {
      fs.writeFileSync(path.join(dir, 'settings.py'), 'DEBUG = True\n');
      fs.writeFileSync(path.join(dir, 'app.js'), "require('crypto').createHash('md5');\n");
      const { code, stdout, stderr } = vetted(['scan', dir, '--fail-on', 'none']);
      assert.strictEqual(stderr, '');
      assert.strictEqual(code, 0);
      const found = stdout
        .split('\n')
        .filter((l) => / {2}(low|medium|high|critical) /.test(l))
        .map((l) =>
          l
            .replace(/^.*?(app\.js|settings\.py)/, '$1')
            .split(/\s+/)
            .slice(0, 3)
            .join(' '),
        );
      assert.deepStrictEqual(found, ['app.js:1:1 medium js.crypto.weak-hash', 'settings.py:1:1 medium py.config.django-debug-settings']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits by the --fail-on threshold', () => {
    assert.strictEqual(vetted(['scan', '.', '--max-file-size', '2', '--fail-on', 'critical']).code, 0);
    assert.strictEqual(vetted(['scan', '.', '--max-file-size', '2', '--fail-on', 'none']).code, 0);
    assert.strictEqual(vetted(['scan', 'src/app.js', '--fail-on', 'high']).code, 0, 'only a medium finding');
    assert.strictEqual(vetted(['scan', 'src/app.js', '--fail-on', 'medium']).code, 1);
  });

  it('exits 2 on usage errors', () => {
    assert.strictEqual(vetted(['scan', 'no-such-dir']).code, 2);
    assert.strictEqual(vetted(['scan', '.', '--format', 'xml']).code, 2);
    assert.strictEqual(vetted(['scan', '.', '--fail-on', 'severe']).code, 2);
    assert.strictEqual(vetted(['scan']).code, 2);
  });

  it('writes valid SARIF 2.1.0 with the fields GitHub code scanning reads', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-sarif-')), 'report.sarif');
    const { code, stderr } = vetted(['scan', '.', '--max-file-size', '2', '--format', 'sarif', '--output', out]);
    assert.strictEqual(code, 1);
    assert.match(stderr, /2 finding\(s\) in 3 file\(s\); report written to/);
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif.Log;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false, logger: false });
    const validate = ajv.compile(sarifSchema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    assert.strictEqual(log.version, '2.1.0');
    const run = log.runs[0];
    const results = run.results!;
    assert.deepStrictEqual(
      results.map((r) => [
        r.ruleId,
        r.level,
        r.locations![0].physicalLocation!.artifactLocation!.uri,
        r.locations![0].physicalLocation!.region,
      ]),
      [
        ['js.crypto.weak-hash', 'warning', 'src/app.js', { startLine: 4, startColumn: 10, endLine: 4, endColumn: 34 }],
        ['py.injection.subprocess-shell', 'error', 'src/jobs.py', { startLine: 5, startColumn: 5, endLine: 5, endColumn: 62 }],
      ],
    );
    assert.match(results[0].message.text!, /^'md5' is a broken hash/);
    const rules = run.tool.driver.rules!;
    assert.ok(rules.length >= 2);
    for (const rule of rules) {
      assert.ok(
        rule.name && rule.shortDescription?.text && rule.fullDescription?.text && rule.helpUri && rule.help?.markdown,
        `incomplete rule ${rule.id}`,
      );
      const tags = rule.properties!.tags as string[];
      assert.ok(tags.includes('security'), `${rule.id} tags`);
      assert.ok(
        tags.some((t) => /^CWE-\d+$/.test(t)),
        `${rule.id} CWE tag`,
      );
      assert.match(String(rule.properties!['security-severity']), /^\d+\.\d$/);
    }
    const weakHash = rules[results[0].ruleIndex!];
    assert.strictEqual(weakHash.id, 'js.crypto.weak-hash');
    assert.deepStrictEqual(weakHash.properties!.tags, ['security', 'CWE-328', 'CWE-327', 'OWASP-A02']);
    assert.strictEqual(weakHash.properties!['security-severity'], '5.5');
    const notes = run.invocations![0].toolExecutionNotifications!.map((n) => n.message.text);
    assert.deepStrictEqual(notes.sort(), ['skipped src/blob.js: binary', 'skipped src/huge.js: larger than 2 KB']);
  });

  it('writes JSON with positions, CWE ids and fixes', () => {
    const { stdout } = vetted(['scan', 'src/app.js', '--format', 'json']);
    const report = JSON.parse(stdout) as { filesScanned: number; findings: { fingerprint?: string }[] };
    assert.strictEqual(report.filesScanned, 1);
    // The fingerprint (rule, file, code of the lines) is what baselines match on.
    const { fingerprint, ...finding } = report.findings[0];
    assert.match(fingerprint ?? '', /^[0-9a-f]{32}$/);
    assert.deepStrictEqual(finding, {
      file: 'src/app.js',
      line: 4,
      column: 10,
      endLine: 4,
      endColumn: 34,
      ruleId: 'js.crypto.weak-hash',
      severity: 'medium',
      confidence: 'high',
      cwe: ['CWE-328', 'CWE-327'],
      owasp: 'A02:2021-Cryptographic Failures',
      message: "'md5' is a broken hash: collisions are cheap, so it cannot protect passwords, signatures or integrity checks.",
      fix: { title: 'Use SHA-256', edits: [{ startLine: 4, startColumn: 29, endLine: 4, endColumn: 32, newText: 'sha256' }] },
    });
  });

  it('reports a broken custom rule with file and line, still runs the others, and exits 2', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-cli-rules-'));
    fs.writeFileSync(path.join(dir, 'broken.yaml'), 'id: custom.broken\nseverity: [\n');
    const { code, stdout, stderr } = vetted(['scan', 'src/app.js', '--rules', dir]);
    assert.strictEqual(code, 2);
    assert.match(
      stderr,
      new RegExp(`rule error: ${path.join(dir, 'broken.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: YAML syntax error`),
    );
    assert.match(stdout, /src\/app\.js:4:10 +medium +js\.crypto\.weak-hash/);
  });
});

describe('vetted rules (CLI)', function () {
  this.timeout(30_000);

  it('lists every rule as JSON with CWE, OWASP, explanation and fixture; at least a third with a fix', () => {
    const { code, stdout } = vetted(['rules', '--format', 'json'], path.resolve(__dirname, '..', '..'));
    assert.strictEqual(code, 0);
    const rules = JSON.parse(stdout) as {
      id: string;
      cwe: string[];
      owasp: string;
      explanation: string;
      fixtures: string[];
      fix?: object;
    }[];
    assert.ok(rules.length >= 60, `only ${rules.length} rules`);
    for (const rule of rules) {
      assert.ok(rule.cwe.length > 0 && rule.owasp && rule.explanation.length > 40 && rule.fixtures.length > 0, `incomplete ${rule.id}`);
    }
    const withFix = rules.filter((r) => r.fix).length;
    assert.ok(withFix * 3 >= rules.length, `${withFix} of ${rules.length} rules have a fix`);
    for (const language of ['js.', 'py.']) assert.ok(rules.some((r) => r.id.startsWith(language)));
  });
});
