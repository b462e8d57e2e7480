import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { PackedCli } from '../support/packedCli';
import { VALID_RULE } from '../support/ruleFolder';

const ROOT = path.resolve(__dirname, '..', '..');
/** The fields of package.json the tests read; anything may be missing from a broken manifest. */
interface Manifest {
  name?: string;
  private?: boolean;
  bin?: Record<string, string>;
  version: string;
  engines?: { node?: string };
  repository?: { url?: string };
  files?: string[];
  dependencies?: Record<string, string>;
}
const cliManifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'cli', 'package.json'), 'utf8')) as Manifest;
const extensionManifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

const INSECURE_APP = `const crypto = require('crypto');
const { exec } = require('child_process');

function checksum(bundle) {
  return crypto.createHash('md5').update(bundle).digest('hex');
}

function archive(req, res) {
  exec('tar czf /tmp/out.tgz ' + req.query.dir);
  res.send('ok');
}

module.exports = { checksum, archive };
`;

describe('the vetted-cli npm package, installed from its tarball in another project', function () {
  this.timeout(180_000);
  let packed: PackedCli;

  let app: string;

  before(() => {
    packed = PackedCli.shared();
    app = packed.freshFolder('app');
    fs.mkdirSync(path.join(app, 'src'));
    fs.writeFileSync(path.join(app, 'src', 'app.js'), INSECURE_APP);
  });

  const run = (command: string, args: string[]) =>
    spawnSync(command, args, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true' } });

  it('is a publishable package of its own: a name that is ours, a bin, files, engines, the same version as the extension', () => {
    assert.strictEqual(cliManifest.name, 'vetted-cli');
    assert.notStrictEqual(cliManifest.private, true);
    assert.deepStrictEqual(cliManifest.bin, { vetted: 'bin/vetted.js' });
    assert.strictEqual(cliManifest.version, extensionManifest.version);
    assert.ok(cliManifest.engines?.node && cliManifest.repository?.url && Array.isArray(cliManifest.files));
    // Everything is bundled: installing it must not pull anything else from the registry.
    assert.strictEqual(cliManifest.dependencies, undefined);
  });

  it('holds only the bundles, grammars, rule YAML (and its loaded snapshot), README and licence', () => {
    const listing = spawnSync('tar', ['tzf', packed.tarball], { encoding: 'utf8' }).stdout.trim().split('\n');
    const unexpected = listing.filter(
      (f) =>
        !/^package\/(package\.json|README\.md|LICENSE|bin\/vetted\.js|dist\/(cli|scanWorker)\.js|dist\/grammars\/[\w-]+\.wasm|dist\/rules\/.+\.yaml|dist\/rules\/\.loaded-rules\.json)$/.test(
          f,
        ),
    );
    assert.deepStrictEqual(unexpected, []);
    assert.ok(listing.some((f) => f.endsWith('dist/grammars/tree-sitter-python.wasm')));
    assert.ok(listing.filter((f) => f.endsWith('.yaml')).length >= 80);
    assert.ok(listing.includes('package/dist/rules/.loaded-rules.json'), 'the rules snapshot is missing: every start reads YAML');
  });

  it('`npx vetted scan .` finds the issues, exits 1 at the default gate, and prints the text report', () => {
    const result = run('npx', ['vetted', 'scan', '.']);
    assert.strictEqual(result.status, 1, result.stderr);
    assert.match(result.stdout, /^src\/app\.js:5:\d+\s+medium\s+js\.crypto\.weak-hash\s/m);
    assert.match(result.stdout, /^src\/app\.js:9:\d+\s+critical\s+js\.injection\.child-process-exec\s/m);
    assert.match(result.stdout, /2 finding\(s\)/);
  });

  it('writes valid SARIF 2.1.0 with --output, and --fail-on none exits 0', () => {
    const result = run(path.join(packed.project, 'node_modules', '.bin', 'vetted'), [
      'scan',
      '.',
      '--format',
      'sarif',
      '--output',
      'vetted.sarif',
      '--fail-on',
      'none',
    ]);
    assert.strictEqual(result.status, 0, result.stderr);
    const log = JSON.parse(fs.readFileSync(path.join(app, 'vetted.sarif'), 'utf8')) as Sarif.Log;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false, logger: false }).compile(
      sarifSchema,
    );
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.deepStrictEqual(log.runs[0].results!.map((r) => r.ruleId).sort(), ['js.crypto.weak-hash', 'js.injection.child-process-exec']);
    assert.strictEqual(log.runs[0].tool.driver.version, cliManifest.version);
  });

  it("`vetted test` tests the project's own rules; --bundled says the package has no fixtures (exit 2)", () => {
    const rules = path.join(app, '.vetted', 'rules');
    fs.mkdirSync(rules, { recursive: true });
    fs.writeFileSync(path.join(rules, 'no-debugger.yaml'), VALID_RULE);
    fs.writeFileSync(
      path.join(rules, 'no-debugger.js'),
      '// vetted-expect: custom.test.no-debugger\ndebugger;\n// vetted-ok: custom.test.no-debugger\nconst debuggerName = 1;\n',
    );
    const vetted = path.join(packed.project, 'node_modules', '.bin', 'vetted');
    const written = run(vetted, ['test', '--update-snapshots']);
    assert.strictEqual(written.status, 0, written.stdout + written.stderr);
    assert.match(written.stdout, /^ {2}pass {2}\.vetted\/rules\/no-debugger\.js\.snap {2}snapshot {2}1 finding\(s\) \(written\)$/m);
    const again = run(vetted, ['test']);
    assert.strictEqual(again.status, 0, again.stdout + again.stderr);
    assert.match(again.stdout, /^PASS: 3 passed, 0 failed, 0 known gap\(s\)$/m);
    const bundled = run(vetted, ['test', '--bundled']);
    assert.strictEqual(bundled.status, 2);
    assert.match(bundled.stderr, /come without their fixtures; run vetted test --bundled in a clone of the Vetted repository/);
  });

  it('`vetted --version` prints the package version', () => {
    const result = run(path.join(packed.project, 'node_modules', '.bin', 'vetted'), ['--version']);
    assert.strictEqual(result.stdout.trim(), cliManifest.version);
  });
});
