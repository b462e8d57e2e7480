import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'vetted.js');

/** A custom rule with a fix: `hash('md5')` becomes `hash('sha256')`. */
const RULE = `id: custom.crypto.md5
title: MD5 hash
severity: medium
confidence: high
languages: [javascript]
cwe: [328]
owasp: A02:2021-Cryptographic Failures
message: "'{{algorithm}}' is a broken hash."
query: |
  (call_expression
    function: (identifier) @_fn
    arguments: (arguments . (string (string_fragment) @algorithm))
    (#eq? @_fn "hash")
    (#eq? @algorithm "md5")) @finding
fix:
  title: Use SHA-256
  edits:
    - capture: algorithm
      replace: sha256
explanation: |
  MD5 collisions are cheap.

  \`\`\`js
  // Bad
  const digest = hash('md5');
  // Good
  const digest = hash('sha256');
  \`\`\`
references: ["https://cwe.mitre.org/data/definitions/328.html"]
`;

const FIXTURE = `// vetted-expect: custom.crypto.md5
const a = hash('md5');
// vetted-ok: custom.crypto.md5
const b = hash('sha256');
`;

const FIXED = FIXTURE.replace("hash('md5')", "hash('sha256')");

const SNAPSHOT = `# Findings of custom.crypto.md5 in md5.js: line:col-line:col  severity  message
# Written by \`vetted test --update-snapshots\`; \`vetted test\` fails when the findings differ.
2:11-2:22  medium  'md5' is a broken hash.
`;

/** A project with `.vetted/rules/md5.yaml` and its fixture, fixed output and snapshot (each replaceable). */
function project(files: Record<string, string | undefined> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-ruletest-'));
  const rules = path.join(dir, '.vetted', 'rules');
  fs.mkdirSync(rules, { recursive: true });
  const all: Record<string, string | undefined> = {
    'md5.yaml': RULE,
    'md5.js': FIXTURE,
    'md5.fixed.js': FIXED,
    'md5.js.snap': SNAPSHOT,
    ...files,
  };
  for (const [name, text] of Object.entries(all)) if (text !== undefined) fs.writeFileSync(path.join(rules, name), text);
  return dir;
}

function vetted(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, 'test', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split('\n') };
}

describe('vetted test (custom rules)', function () {
  this.timeout(30_000);
  const made: string[] = [];
  const make = (files?: Record<string, string | undefined>) => {
    const dir = project(files);
    made.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('tests .vetted/rules of the current folder: one line per check, a summary, exit 0', () => {
    const { code, stdout } = vetted([], make());
    assert.strictEqual(
      stdout,
      [
        'custom.crypto.md5  .vetted/rules/md5.yaml',
        "  pass  .vetted/rules/md5.js:2  expect  const a = hash('md5');",
        "  pass  .vetted/rules/md5.js:4  ok  const b = hash('sha256');",
        '  pass  .vetted/rules/md5.fixed.js  fixed output  fix "Use SHA-256" applied to every finding',
        '  pass  .vetted/rules/md5.js.snap  snapshot  1 finding(s)',
        '  pass  .vetted/rules/md5.yaml:24  example Bad  example 1, Bad (1 finding(s))',
        '  pass  .vetted/rules/md5.yaml:26  example Good  example 1, Good',
        '',
        '1 rule(s), 1 fixture(s), 2 annotated line(s), 1 snapshot(s), 2 example part(s) analysed, 0 example block(s) skipped',
        'PASS: 6 passed, 0 failed, 0 known gap(s)',
        '',
      ].join('\n'),
    );
    assert.strictEqual(code, 0);
  });

  it('names a rule file that does not match its id as a warning, and still tests the rule (exit 0)', () => {
    const { code, stdout, stderr } = vetted(
      [],
      make({
        'md5.yaml': undefined,
        'md5.js': undefined,
        'md5.fixed.js': undefined,
        'md5.js.snap': undefined,
        'weak-md5.yaml': RULE,
        'weak-md5.js': FIXTURE,
        'weak-md5.fixed.js': FIXED,
        'weak-md5.js.snap': SNAPSHOT.replace('in md5.js', 'in weak-md5.js'),
      }),
    );
    assert.match(
      stderr,
      /^vetted: rule warning: .*weak-md5\.yaml:1: rule id 'custom\.crypto\.md5' does not match the file name 'weak-md5\.yaml'/m,
    );
    assert.match(stdout, /^PASS: 6 passed, 0 failed, 0 known gap\(s\)$/m);
    assert.strictEqual(code, 0);
  });

  it('takes rule files and folders as arguments, and --root for the default folder', () => {
    const dir = make();
    const file = vetted([path.join(dir, '.vetted', 'rules', 'md5.yaml')], os.tmpdir());
    assert.strictEqual(file.code, 0, file.stdout);
    assert.match(file.stdout, /PASS: 6 passed/);
    const root = vetted(['--root', dir], os.tmpdir());
    assert.strictEqual(root.code, 0, root.stdout);
    assert.match(root.stdout, /^1 rule\(s\), 1 fixture\(s\)/m);
  });

  it('fails on a missed vetted-expect line and on a flagged vetted-ok line, naming file:line', () => {
    const fixture = `// vetted-expect: custom.crypto.md5
const a = hash('sha1');
// vetted-ok: custom.crypto.md5
const b = hash('md5');
`;
    const { code, lines } = vetted(
      [],
      make({
        'md5.js': fixture,
        'md5.fixed.js': fixture.replace("hash('md5')", "hash('sha256')"),
        'md5.js.snap': SNAPSHOT.replace('2:11-2:22', '4:11-4:22'),
      }),
    );
    assert.strictEqual(code, 1);
    assert.ok(lines.includes("  FAIL  .vetted/rules/md5.js:2  expect  const a = hash('sha1');"), lines.join('\n'));
    assert.ok(lines.includes('        expected custom.crypto.md5, not flagged'));
    assert.ok(lines.includes("  FAIL  .vetted/rules/md5.js:4  ok  const b = hash('md5');"));
    assert.ok(lines.includes("        must not be flagged by custom.crypto.md5: 'md5' is a broken hash."));
    assert.ok(lines.includes('Failures (2):'));
    assert.ok(lines.includes('  .vetted/rules/md5.js:2  expect  custom.crypto.md5: expected custom.crypto.md5, not flagged'));
    assert.ok(lines.includes('FAIL: 4 passed, 2 failed, 0 known gap(s)'));
  });

  it('fails on a flagged line without an annotation', () => {
    const fixture = `${FIXTURE}const c = hash('md5');\n`;
    const { code, lines } = vetted(
      [],
      make({
        'md5.js': fixture,
        'md5.fixed.js': fixture.replaceAll("hash('md5')", "hash('sha256')"),
        'md5.js.snap': `${SNAPSHOT}5:11-5:22  medium  'md5' is a broken hash.\n`,
      }),
    );
    assert.strictEqual(code, 1);
    assert.ok(lines.includes("  FAIL  .vetted/rules/md5.js:5  unannotated  const c = hash('md5');"), lines.join('\n'));
    assert.ok(lines.includes("        flagged by custom.crypto.md5 but not annotated: 'md5' is a broken hash."));
  });

  it('fails when the fix does not produce the .fixed. file, showing the differing lines', () => {
    const { code, lines } = vetted(
      [],
      make({ 'md5.fixed.js': FIXED.replace("hash('sha256');\n// vetted-ok", "hash('sha512');\n// vetted-ok") }),
    );
    assert.strictEqual(code, 1);
    assert.ok(
      lines.includes('  FAIL  .vetted/rules/md5.fixed.js  fixed output  fix "Use SHA-256" applied to every finding'),
      lines.join('\n'),
    );
    assert.deepStrictEqual(
      lines.filter((l) => /^ {8}[-+] /.test(l)),
      ["        - const a = hash('sha512');", "        + const a = hash('sha256');"],
    );
  });

  it('fails on a missing .fixed. file for a rule with a fix', () => {
    const { code, lines } = vetted([], make({ 'md5.fixed.js': undefined }));
    assert.strictEqual(code, 1);
    assert.ok(lines.includes('        missing: write the fixture as it should read after the fix'), lines.join('\n'));
  });

  it('fails on a stale snapshot with the diff, and --update-snapshots rewrites it', () => {
    const dir = make({ 'md5.js.snap': SNAPSHOT.replace("'md5' is a broken hash.", "'md5' is weak.") });
    const stale = vetted([], dir);
    assert.strictEqual(stale.code, 1);
    assert.ok(stale.lines.includes('  FAIL  .vetted/rules/md5.js.snap  snapshot  1 finding(s)'), stale.stdout);
    assert.deepStrictEqual(
      stale.lines.filter((l) => /^ {8}[-+] /.test(l)),
      ["        - 2:11-2:22  medium  'md5' is weak.", "        + 2:11-2:22  medium  'md5' is a broken hash."],
    );
    const update = vetted(['--update-snapshots'], dir);
    assert.strictEqual(update.code, 0, update.stdout);
    assert.ok(update.lines.includes('  pass  .vetted/rules/md5.js.snap  snapshot  1 finding(s) (updated)'));
    assert.match(update.stdout, /1 snapshot\(s\) \(1 written\)/);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.vetted', 'rules', 'md5.js.snap'), 'utf8'), SNAPSHOT);
  });

  it('writes a missing snapshot only when asked', () => {
    const dir = make({ 'md5.js.snap': undefined });
    const missing = vetted([], dir);
    assert.strictEqual(missing.code, 1);
    assert.ok(missing.lines.includes('        missing: run vetted test --update-snapshots to write it'), missing.stdout);
    assert.strictEqual(vetted(['-u'], dir).code, 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.vetted', 'rules', 'md5.js.snap'), 'utf8'), SNAPSHOT);
  });

  it('lists known gaps without failing, and fails a todo marker whose line now behaves', () => {
    const gaps = `${FIXTURE}// vetted-todo-expect: custom.crypto.md5: the algorithm in a variable is not followed
const c = hash(algorithm);
// vetted-todo-ok: custom.crypto.md5
const d = hash('md5'); // a test vector
`;
    const known = vetted(
      [],
      make({
        'md5.js': gaps,
        'md5.fixed.js': gaps.replaceAll("hash('md5')", "hash('sha256')"),
        'md5.js.snap': `${SNAPSHOT}8:11-8:22  medium  'md5' is a broken hash.\n`,
      }),
    );
    assert.strictEqual(known.code, 0, known.stdout);
    assert.ok(known.lines.includes('  gap   .vetted/rules/md5.js:6  todo-expect  const c = hash(algorithm);'));
    assert.ok(known.lines.includes('        the algorithm in a variable is not followed'));
    assert.ok(known.lines.includes('Known gaps (2):'));
    assert.ok(
      known.lines.includes('  .vetted/rules/md5.js:8  todo-ok  custom.crypto.md5: custom.crypto.md5 flags this line and should not'),
    );
    assert.ok(known.lines.includes('PASS: 6 passed, 0 failed, 2 known gap(s)'));

    const behaving = `${FIXTURE}// vetted-todo-expect: custom.crypto.md5
const c = hash('md5');
// vetted-todo-ok: custom.crypto.md5
const d = hash('sha1');
`;
    const closed = vetted(
      [],
      make({
        'md5.js': behaving,
        'md5.fixed.js': behaving.replaceAll("hash('md5')", "hash('sha256')"),
        'md5.js.snap': `${SNAPSHOT}6:11-6:22  medium  'md5' is a broken hash.\n`,
      }),
    );
    assert.strictEqual(closed.code, 1);
    assert.ok(closed.lines.includes("  FAIL  .vetted/rules/md5.js:6  todo-expect  const c = hash('md5');"), closed.stdout);
    assert.ok(
      closed.lines.includes('        known gap closed: custom.crypto.md5 now flags this line; change vetted-todo-expect to vetted-expect'),
    );
    assert.ok(
      closed.lines.includes('        known gap closed: custom.crypto.md5 no longer flags this line; change vetted-todo-ok to vetted-ok'),
    );
  });

  it("checks the explanation's Bad and Good parts, and counts a vetted-skip block as skipped", () => {
    const rule = RULE.replace("const digest = hash('md5');\n  // Good", "const digest = hash('sha1');\n  // Good").replace(
      '  ```\nreferences',
      '  ```\n\n  ```js vetted-skip\n  hash(…)\n  ```\n\n  ```python\n  # Bad\n  hashlib.md5()\n  ```\nreferences',
    );
    const { code, lines } = vetted([], make({ 'md5.yaml': rule }));
    assert.strictEqual(code, 1);
    assert.ok(lines.includes('  FAIL  .vetted/rules/md5.yaml:24  example Bad  example 1, Bad'), lines.join('\n'));
    assert.ok(lines.includes('        the Bad part produces no finding of custom.crypto.md5'));
    assert.ok(lines.includes('  skip  .vetted/rules/md5.yaml:30  example  example 2 (```js vetted-skip)'));
    assert.ok(lines.includes('        marked vetted-skip'));
    assert.ok(lines.includes('  skip  .vetted/rules/md5.yaml:34  example  example 3 (```python)'));
    assert.ok(lines.includes('        in a language the rule does not analyse'));
    assert.ok(lines.some((l) => l.endsWith('2 example part(s) analysed, 2 example block(s) skipped')));
  });

  it('fails a Good example the rule flags', () => {
    const rule = RULE.replace("// Good\n  const digest = hash('sha256');", "// Good\n  const digest = hash('md5');");
    const { code, lines } = vetted([], make({ 'md5.yaml': rule }));
    assert.strictEqual(code, 1);
    assert.ok(
      lines.includes("        the Good part is flagged by custom.crypto.md5 on line 27: 'md5' is a broken hash."),
      lines.join('\n'),
    );
  });

  it('fails a message placeholder the matching pattern does not capture', () => {
    const rule = RULE.replace('message: "\'{{algorithm}}\' is a broken hash."', 'message: "\'{{_call}}\' uses a broken hash."');
    const { code, lines } = vetted(
      [],
      make({ 'md5.yaml': rule, 'md5.js.snap': SNAPSHOT.replace("'md5' is a broken hash.", "'{{_call}}' uses a broken hash.") }),
    );
    assert.strictEqual(code, 1);
    assert.ok(
      lines.includes(
        "        the message keeps {{_call}}: the pattern that matched does not capture @_call ('{{_call}}' uses a broken hash.)",
      ),
      lines.join('\n'),
    );
  });

  it('reports a broken rule with file:line and exit 1, and still tests the others', () => {
    const dir = make({
      'broken.yaml': RULE.replace('id: custom.crypto.md5', 'id: custom.crypto.broken').replace('severity: medium', 'severity: urgent'),
    });
    const { code, stdout, stderr } = vetted([], dir);
    assert.strictEqual(code, 1);
    assert.match(stderr, /^vetted: rule error: .*broken\.yaml:3: /m);
    assert.match(stdout, /^FAIL {2}\.vetted\/rules\/broken\.yaml:3 {2}rule {2}rule error$/m);
    assert.match(stdout, /^FAIL: 6 passed, 1 failed, 0 known gap\(s\)$/m);
    assert.match(stdout, /, 1 rule error\(s\)$/m);
  });

  it('fails a rule without a fixture, and a fixture without a vetted-ok line', () => {
    const dir = make({
      'md5.js': "// vetted-expect: custom.crypto.md5\nconst a = hash('md5');\n",
      'md5.fixed.js': "// vetted-expect: custom.crypto.md5\nconst a = hash('sha256');\n",
    });
    fs.writeFileSync(path.join(dir, '.vetted', 'rules', 'lonely.yaml'), RULE.replace('id: custom.crypto.md5', 'id: custom.crypto.lonely'));
    const { code, lines } = vetted([], dir);
    assert.strictEqual(code, 1);
    assert.ok(lines.includes('  FAIL  .vetted/rules/lonely.yaml  fixture  no fixture'), lines.join('\n'));
    assert.ok(lines.includes('  FAIL  .vetted/rules/md5.js  fixture  no vetted-ok line for custom.crypto.md5'));
  });

  it('exits 2 on usage errors', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-ruletest-empty-'));
    made.push(empty);
    const none = vetted([], empty);
    assert.strictEqual(none.code, 2);
    assert.match(none.stderr, /^vetted: no rules to test: .*\.vetted[\\/]rules does not exist; give rule folders or files, or --bundled$/m);
    assert.strictEqual(vetted(['missing-folder'], empty).code, 2);
    assert.strictEqual(vetted(['--bundled', 'x'], empty).code, 2);
    fs.writeFileSync(path.join(empty, 'app.js'), '');
    const notRule = vetted(['app.js'], empty);
    assert.strictEqual(notRule.code, 2);
    assert.match(notRule.stderr, /app\.js is not a rule file \(\.yaml\) or folder/);
  });
});
