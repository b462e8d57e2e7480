const { spawn, spawnSync, execFile } = require('child_process');
const cp = require('child_process');

const ARGS = ['--version'];

app.get('/log', (req, res) => {
  // vetted-expect: js.injection.spawn-shell
  const git = spawn('git', ['log', '--author', req.query.author], { shell: true });
  git.stdout.pipe(res);
});

function thumbnail(input, output) {
  // vetted-expect: js.injection.spawn-shell
  return spawnSync('convert', [input, '-resize', '200x200', output], { cwd: '/tmp', shell: true });
}

function lookup(domain, callback) {
  // vetted-expect: js.injection.spawn-shell
  cp.execFile('whois', [domain], { shell: true }, callback);
}

function install(pkg) {
  // vetted-expect: js.injection.spawn-shell
  return spawn('npm', ['install', pkg], { shell: true });
}

function search(pattern, dir) {
  // vetted-expect: js.injection.spawn-shell
  return spawn('grep', ['-r', pattern, `${dir}/*.log`], { shell: true });
}

function runUserCommand(command) {
  // vetted-expect: js.injection.spawn-shell
  return spawn(command, { shell: true });
}

function withBash(file) {
  // vetted-expect: js.injection.spawn-shell
  return spawn('cat', [file], { shell: '/bin/bash' });
}

function safeExamples(file, name) {
  // vetted-ok: js.injection.spawn-shell
  spawn('git', ['log', '--author', name]);
  // vetted-ok: js.injection.spawn-shell
  spawn('git', ['status', '--short'], { shell: true });
  // vetted-ok: js.injection.spawn-shell
  spawnSync('node', ARGS, { shell: true });
  // vetted-ok: js.injection.spawn-shell
  execFile('cat', [file], { shell: false });
  // vetted-ok: js.injection.spawn-shell
  spawn('ls -la /tmp', { shell: true });
  // vetted-ok: js.injection.spawn-shell
  const doc = "spawn('git', [branch], { shell: true })";
  // vetted-ok: js.injection.spawn-shell
  // spawn('cat', [file], { shell: true });
  // vetted-ok: js.injection.spawn-shell
  spawn('cat', [file], { shell: process.platform === 'win32' });
}
