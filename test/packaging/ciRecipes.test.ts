import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import type * as Sarif from 'sarif';
import { runCompositeAction } from '../support/compositeAction';
import { PackedCli } from '../support/packedCli';

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PACKAGE_SPEC = `vetted-cli@${VERSION}`;
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

const APP = `const crypto = require('crypto');
function checksum(bundle) {
  return crypto.createHash('md5').update(bundle).digest('hex');
}
function run(req) {
  require('child_process').exec('ls ' + req.query.dir);
}
`;

/**
 * The CI recipes the README shows (docs/ci/) and the integrations users copy (action.yml,
 * .pre-commit-hooks.yaml) run here against the packed CLI, so they cannot go stale. The one thing
 * replaced is the package to install: the tarball instead of `vetted-cli@<version>` from the registry.
 */
describe('CI integrations and recipes, run against the packed CLI', function () {
  this.timeout(180_000);
  let packed: PackedCli;
  let repo: string;

  before(() => {
    packed = PackedCli.shared();
  });
  beforeEach(() => {
    repo = packed.freshFolder('repo');
    fs.mkdirSync(path.join(repo, 'src'));
    fs.writeFileSync(path.join(repo, 'src', 'app.js'), APP);
  });

  const shell = (script: string) =>
    spawnSync('bash', ['-eo', 'pipefail', '-c', script.split(PACKAGE_SPEC).join(packed.tarball)], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_cache: path.join(packed.workDir, 'npm-cache') },
    });

  it('every recipe names the package and version being released, never the bare `vetted` package', () => {
    for (const file of [
      'docs/ci/github-actions.yml',
      'docs/ci/gitlab-ci.yml',
      'docs/ci/scan.sh',
      'docs/ci/pre-commit-config.yaml',
      'action.yml',
      '.pre-commit-hooks.yaml',
    ]) {
      const text = read(file);
      assert.doesNotMatch(text, /npx (--yes )?vetted\b/, `${file} would run whatever package is called vetted`);
      for (const version of text.matchAll(
        /vetted-cli@([\w.-]+)|vetted-dev\/vetted@v([\w.-]+)|rev: v([\w.-]+)|^\s+default: (\d+\.\d+\.\d+)$/gm,
      )) {
        assert.strictEqual(version[1] ?? version[2] ?? version[3] ?? version[4], VERSION, `${file}: ${version[0]}`);
      }
    }
  });

  it('the plain shell recipe fails on the findings and prints them', () => {
    const result = shell(read('docs/ci/scan.sh'));
    assert.strictEqual(result.status, 1, result.stderr);
    assert.match(result.stdout, /^src\/app\.js:6:\d+\s+critical\s+js\.injection\.child-process-exec/m);
  });

  it('the GitLab CI recipe writes a valid SARIF artifact, then fails the job', () => {
    const job = (parse(read('docs/ci/gitlab-ci.yml')) as Record<string, { script: string[]; artifacts: { paths: string[] } }>).vetted;
    const [report, gate] = job.script.map(shell);
    assert.strictEqual(report.status, 0, report.stderr);
    const log = JSON.parse(fs.readFileSync(path.join(repo, job.artifacts.paths[0]), 'utf8')) as Sarif.Log;
    assert.deepStrictEqual(log.runs[0].results!.map((r) => r.ruleId).sort(), ['js.crypto.weak-hash', 'js.injection.child-process-exec']);
    assert.strictEqual(gate.status, 1);
  });

  it('the GitHub Action (as the workflow recipe uses it) installs the CLI, uploads SARIF and fails the job', () => {
    const workflow = parse(read('docs/ci/github-actions.yml')) as {
      permissions: Record<string, string>;
      jobs: { vetted: { steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    assert.strictEqual(workflow.permissions['security-events'], 'write', 'uploading SARIF needs it');
    const step = workflow.jobs.vetted.steps.find((s) => s.uses?.startsWith('vetted-dev/vetted@'))!;
    assert.strictEqual(step.uses, `vetted-dev/vetted@v${VERSION}`);
    const run = runCompositeAction(path.join(ROOT, 'action.yml'), repo, step.with ?? {}, {
      VETTED_PACKAGE: packed.tarball,
      npm_config_offline: 'true',
    });
    assert.strictEqual(run.exitCode, 1, run.log);
    assert.strictEqual(run.outputs.scan['exit-code'], '1');
    assert.deepStrictEqual(run.used, [
      { uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: 'vetted.sarif', category: 'vetted' } },
    ]);
    const log = JSON.parse(fs.readFileSync(path.join(repo, 'vetted.sarif'), 'utf8')) as Sarif.Log;
    assert.strictEqual(log.runs[0].results!.length, 2);
    assert.match(run.log, /::error::Vetted found security issues/);
  });

  it('the GitHub Action passes inputs as data: a hostile path is a file name, not a command', () => {
    const marker = path.join(repo, 'injected');
    const run = runCompositeAction(
      path.join(ROOT, 'action.yml'),
      repo,
      { paths: `src; touch ${marker}`, 'fail-on': 'none', 'upload-sarif': 'false' },
      { VETTED_PACKAGE: packed.tarball, npm_config_offline: 'true' },
    );
    assert.ok(!fs.existsSync(marker), 'the input ran as a command');
    assert.notStrictEqual(run.outputs.scan['exit-code'], '0', 'the odd paths are a usage error, not a silent pass');
    assert.deepStrictEqual(run.used, []);
  });

  it('the GitHub Action gates AI-written lines with provenance and fail-on-ai', () => {
    const trace = {
      version: '0.1.0',
      id: '3b6f2a4e-8c1d-4f7a-9e2b-5d0c1a7f8e93',
      timestamp: '2026-12-01T10:00:00Z',
      files: [{ path: 'src/app.js', conversations: [{ contributor: { type: 'ai' }, ranges: [{ start_line: 2, end_line: 4 }] }] }],
    };
    fs.writeFileSync(path.join(repo, 'agent-trace.json'), JSON.stringify(trace));
    const inputs = { provenance: 'agent-trace.json', 'fail-on': 'none', 'upload-sarif': 'false' };
    const env = { VETTED_PACKAGE: packed.tarball, npm_config_offline: 'true' };
    assert.strictEqual(
      runCompositeAction(path.join(ROOT, 'action.yml'), repo, { ...inputs, 'fail-on-ai': 'high' }, env).exitCode,
      1,
      'md5 in AI lines is reported as high',
    );
    assert.strictEqual(runCompositeAction(path.join(ROOT, 'action.yml'), repo, { ...inputs, 'fail-on-ai': 'critical' }, env).exitCode, 0);
  });

  it('the pre-commit hook runs the pinned CLI on the staged files and fails the commit on findings', () => {
    const [hook] = parse(read('.pre-commit-hooks.yaml')) as {
      id: string;
      entry: string;
      language: string;
      additional_dependencies: string[];
      types_or: string[];
    }[];
    assert.strictEqual(hook.language, 'node');
    assert.deepStrictEqual(hook.additional_dependencies, [PACKAGE_SPEC]);
    assert.deepStrictEqual(hook.types_or, ['javascript', 'jsx', 'ts', 'tsx', 'python']);
    const config = parse(read('docs/ci/pre-commit-config.yaml')) as { repos: { rev: string; hooks: { id: string }[] }[] };
    assert.deepStrictEqual(
      config.repos[0].hooks.map((h) => h.id),
      [hook.id],
    );
    // pre-commit runs the entry with the staged file names appended, the pinned package's bin on PATH.
    fs.writeFileSync(path.join(repo, 'clean.py'), 'print("hello")\n');
    const bin = path.join(packed.project, 'node_modules', '.bin');
    const staged = (files: string[]) =>
      spawnSync('bash', ['-c', `${hook.entry} ${files.join(' ')}`], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' },
      });
    assert.strictEqual(staged(['clean.py']).status, 0);
    const dirty = staged(['clean.py', 'src/app.js']);
    assert.strictEqual(dirty.status, 1);
    assert.match(dirty.stdout, /js\.injection\.child-process-exec/);
  });
});
