import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AgentTraceRecord } from '../../server/src/provenance/format';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'vetted.js');
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'provenance');

/**
 * `vetted provenance export` asks git for HEAD and for the files changed since. The repository is
 * untrusted: every command its configuration, attributes, hooks or our environment could make git
 * run is a script here that leaves a marker file. None may run, and git must still answer.
 */
describe('vetted provenance export in a hostile git repository', function () {
  this.timeout(30_000);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-hostile-git-'));
  const repo = path.join(base, 'repo');
  const markers = path.join(base, 'markers');
  const scripts = path.join(base, 'scripts');
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  /** A script that records it ran (as `markers/<name>`) and passes standard input through. */
  function marker(name: string): string {
    const script = path.join(scripts, name);
    fs.writeFileSync(script, `#!/bin/sh\ntouch '${path.join(markers, name)}'\ncat\n`, { mode: 0o755 });
    return script;
  }

  before(() => {
    fs.mkdirSync(markers);
    fs.mkdirSync(scripts);
    fs.cpSync(path.join(FIXTURES, 'tree'), repo, { recursive: true });
    const git = (...args: string[]) => {
      const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
      assert.strictEqual(run.status, 0, run.stderr);
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'initial');
    // Only now turn hostile: every hook, and every command the config or attributes can name.
    const hooks = path.join(base, 'hooks');
    fs.mkdirSync(hooks);
    for (const hook of ['post-index-change', 'pre-commit', 'post-checkout', 'reference-transaction', 'fsmonitor-watchman', 'pre-auto-gc']) {
      fs.copyFileSync(marker(`hook-${hook}`), path.join(hooks, hook));
      fs.chmodSync(path.join(hooks, hook), 0o755);
      fs.copyFileSync(path.join(scripts, `hook-${hook}`), path.join(repo, '.git', 'hooks', hook));
      fs.chmodSync(path.join(repo, '.git', 'hooks', hook), 0o755);
    }
    fs.appendFileSync(
      path.join(repo, '.git', 'config'),
      [
        '[core]',
        `\tfsmonitor = ${marker('fsmonitor')}`,
        `\thooksPath = ${hooks}`,
        `\tpager = ${marker('core-pager')}`,
        `\tsshCommand = ${marker('ssh-command')}`,
        '[pager]',
        `\tdiff = ${marker('pager-diff')}`,
        `\tls-files = ${marker('pager-ls-files')}`,
        '[diff]',
        `\texternal = ${marker('diff-external')}`,
        '[diff "evil"]',
        `\ttextconv = ${marker('textconv')}`,
        `\tcommand = ${marker('diff-driver')}`,
        '[filter "evil"]',
        `\tclean = ${marker('filter-clean')}`,
        `\tsmudge = ${marker('filter-smudge')}`,
        '\trequired = true',
        '[filter "evil-process"]',
        `\tprocess = ${marker('filter-process')}`,
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(repo, '.gitattributes'), '*.js diff=evil filter=evil\n');
    fs.writeFileSync(path.join(repo, '.git', 'info', 'attributes'), 'src/routes.js filter=evil-process\n');
    // Changed since HEAD, and stat-dirty, so git must read (and would filter) the working tree.
    fs.appendFileSync(path.join(repo, 'src', 'server.js'), '// edited\n');
    fs.appendFileSync(path.join(repo, 'src', 'routes.js'), '// edited\n');
  });

  it('runs none of the repository’s commands, nor any named in GIT_* variables, and still reads HEAD and the changed files', () => {
    const head = spawnSync('git', ['-c', 'core.fsmonitor=false', 'rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    const env = {
      ...process.env,
      NO_COLOR: '1',
      GIT_EXTERNAL_DIFF: marker('env-external-diff'),
      GIT_PAGER: marker('env-pager'),
      GIT_SSH_COMMAND: marker('env-ssh'),
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'core.fsmonitor',
      GIT_CONFIG_VALUE_0: marker('env-config-fsmonitor'),
      GIT_CONFIG_PARAMETERS: `'diff.external'='${marker('env-config-parameters')}'`,
    };
    const run = spawnSync(process.execPath, [BIN, 'provenance', 'export', '--store', path.join(FIXTURES, 'store.json'), '--root', repo], {
      cwd: base,
      encoding: 'utf8',
      env,
    });
    assert.deepStrictEqual(fs.readdirSync(markers), [], 'no marker may exist: each one is a command git ran for the repository');
    assert.strictEqual(run.status, 0, run.stderr);
    const record = JSON.parse(run.stdout) as AgentTraceRecord;
    assert.deepStrictEqual(record.vcs, { type: 'git', revision: head });
    assert.match(run.stderr, /note: src\/routes\.js has changes not in/);
    assert.match(run.stderr, /note: src\/server\.js has changes not in/);
  });
});
