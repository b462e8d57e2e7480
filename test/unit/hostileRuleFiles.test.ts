import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RuleLoader } from '../../server/src/engine/ruleLoader';
import { VALID_RULE as GOOD } from '../support/ruleFolder';
import { fileUri, ServerProcess } from '../support/serverProcess';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'vetted.js');

/**
 * Rule folders can come from a repository (`.vetted/rules`, `--rules`): each file is checked
 * before it is read. A hostile one is an error naming it; the other rules keep working, and
 * nothing blocks or reads without end.
 */
describe('hostile rule files', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hostile-rules-'));
    fs.writeFileSync(path.join(dir, 'no-debugger.yaml'), GOOD);
    fs.writeFileSync(path.join(dir, 'binary.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0x00, 0x01, 0x02, 0xff]));
    fs.writeFileSync(
      path.join(dir, 'latin1.yaml'),
      Buffer.concat([
        Buffer.from(GOOD.replace('custom.test.no-debugger', 'custom.test.latin1').replace('Debugger statement', 'Caf')),
        Buffer.from([0xe9, 0x0a]),
      ]),
    );
    // Sparse: 1 MB + 1 byte of nothing, without writing it.
    fs.closeSync(fs.openSync(path.join(dir, 'huge.yaml'), 'w'));
    fs.truncateSync(path.join(dir, 'huge.yaml'), 1024 * 1024 + 1);
    fs.symlinkSync('nowhere.yaml', path.join(dir, 'dangling.yaml'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const EXPECTED = [
    'binary.yaml: cannot read rule file: not a text file (it contains NUL bytes)',
    'dangling.yaml: cannot read rule file: does not exist (ENOENT)',
    'huge.yaml: cannot read rule file: larger than 1 MB',
    'latin1.yaml: cannot read rule file: not valid UTF-8 text',
  ];
  const EXPECTED_SPECIAL = [
    'pipe.yaml: cannot read rule file: not a regular file (a FIFO (named pipe))',
    'zero.yaml: cannot read rule file: not a regular file (a device)',
  ];

  it('the loader reports each with its file and loads the good rule', () => {
    const { rules, errors } = new RuleLoader().load([{ directory: dir, bundled: false }]);
    assert.deepStrictEqual(
      rules.map((r) => r.id),
      ['custom.test.no-debugger'],
    );
    assert.deepStrictEqual(errors.map((e) => `${path.basename(e.file)}: ${e.message}`).sort(), EXPECTED);
  });

  it('the language server, in a trusted workspace, reports them on their files and keeps the good rule', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hostile-rules-ws-'));
    const rules = path.join(workspace, '.vetted', 'rules');
    fs.mkdirSync(rules, { recursive: true });
    fs.writeFileSync(path.join(rules, 'no-debugger.yaml'), GOOD);
    fs.symlinkSync('/dev/zero', path.join(rules, 'zero.yaml'));
    assert.strictEqual(spawnSync('mkfifo', [path.join(rules, 'pipe.yaml')]).status, 0);
    const server = await ServerProcess.start({ workspaceFolder: workspace, settings: { workspaceTrusted: true } });
    try {
      const doc = fileUri(path.join(workspace, 'main.js'));
      server.open(doc, 'javascript', 'debugger;\n');
      assert.deepStrictEqual(
        (await server.diagnostics(doc, 1)).map((d) => d.code),
        ['custom.test.no-debugger'],
      );
      assert.deepStrictEqual(
        (await server.diagnostics(fileUri(path.join(rules, 'zero.yaml')))).map((d) => d.message),
        ['cannot read rule file: not a regular file (a device)'],
      );
      assert.deepStrictEqual(
        (await server.diagnostics(fileUri(path.join(rules, 'pipe.yaml')))).map((d) => d.message),
        ['cannot read rule file: not a regular file (a FIFO (named pipe))'],
      );
    } finally {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });

  // A FIFO and /dev/zero only in a child process with a timeout: read in this process, a
  // regression would block the whole test run (FIFO) or exhaust its memory (/dev/zero).
  it('vetted rules --check, also with a FIFO and a link to /dev/zero, names each file, lists the others and exits 2', () => {
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    assert.strictEqual(spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]).status, 0);
    // The limit only has to tell a hang from a slow machine: --check compiles every bundled rule.
    const run = spawnSync(process.execPath, [BIN, 'rules', '--rules', dir, '--check'], { encoding: 'utf8', timeout: 90_000 });
    assert.strictEqual(run.signal, null, 'the CLI must not hang on a FIFO or read /dev/zero');
    assert.strictEqual(run.status, 2);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('vetted: rule error: '));
    assert.deepStrictEqual(
      errors.map((l) => l.slice('vetted: rule error: '.length).replace(`${dir}/`, '').replace(':1:', ':')).sort(),
      [...EXPECTED, ...EXPECTED_SPECIAL].sort(),
    );
    assert.match(run.stdout, /^\d+ rules checked, 6 problem\(s\)$/m);
  });
});
