const child_process = require('child_process');
const cp = require('node:child_process');
const { exec, execSync, execFile } = require('child_process');
const util = require('util');
const shellescape = require('shell-escape');

const execAsync = util.promisify(exec);
const BUILD = 'npm run build';

app.get('/ping', (req, res) => {
  // vetted-expect: js.injection.child-process-exec
  exec(`ping -c 1 ${req.query.host}`, (err, stdout) => res.send(stdout));
});

function archive(dir) {
  // vetted-expect: js.injection.child-process-exec
  return execSync('tar czf /tmp/out.tgz ' + dir);
}

function gitLog(branch) {
  // vetted-expect: js.injection.child-process-exec
  return child_process.execSync(`git log ${branch} --oneline`).toString();
}

function run(command) {
  // vetted-expect: js.injection.child-process-exec
  cp.exec(command);
}

async function convert(file) {
  // vetted-expect: js.injection.child-process-exec
  const { stdout } = await execAsync(`convert ${file} out.png`);
  // vetted-expect: js.injection.child-process-exec
  require('child_process').exec('rm -rf ' + file);
  return stdout;
}

function safeExamples(host, file, pattern) {
  // vetted-ok: js.injection.child-process-exec
  execFile('ping', ['-c', '1', '--', host]);
  // vetted-ok: js.injection.child-process-exec
  exec('ls -la /tmp');
  // vetted-ok: js.injection.child-process-exec
  child_process.execSync(BUILD);
  // vetted-ok: js.injection.child-process-exec
  exec(`grep -r ${shellescape([pattern])} .`);
  // vetted-ok: js.injection.child-process-exec
  const match = /v(\d+)/.exec(`version v${file}`);
  // vetted-ok: js.injection.child-process-exec
  const hint = "exec(`ping -c 1 ${host}`) is injectable";
  // vetted-ok: js.injection.child-process-exec
  // exec(`rm -rf ${file}`);
  // vetted-ok: js.injection.child-process-exec
  const rows = db.exec(`SELECT * FROM t WHERE id = ${file}`);
  return [match, hint, rows];
}

// Commands built in variables and helpers from request input.

app.post('/ping', (req, res) => {
  const { host } = req.body;
  const command = `ping -c 1 ${host}`;
  // vetted-expect: js.injection.child-process-exec
  exec(command, (err, stdout) => res.send(stdout));
});

function thumbnailCommand(file, width) {
  return ['convert', file, '-resize', width, 'out.png'].join(' ');
}

app.post('/thumbnail', (req, res) => {
  const cmd = thumbnailCommand(req.body.file, '200x200');
  // vetted-expect: js.injection.child-process-exec
  execSync(cmd);
  res.sendStatus(204);
});

app.post('/ping-safe', (req, res) => {
  const { host } = req.body;
  // vetted-ok: js.injection.child-process-exec
  execFile('ping', ['-c', '1', host], (err, stdout) => res.send(stdout));
});

app.post('/retry', (req, res) => {
  const count = parseInt(req.body.count, 10);
  const command = `ping -c ${count} example.com`;
  // vetted-ok: js.injection.child-process-exec
  exec(command, () => res.sendStatus(204));
});

function nightly() {
  const command = 'npm run cleanup';
  // vetted-ok: js.injection.child-process-exec
  exec(command);
}
