const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { chmod } = require('fs/promises');

const UPLOAD_DIR = path.join(__dirname, 'uploads');

function ensureUploadDir() {
  fs.mkdirSync(UPLOAD_DIR, { recursive: true });
  // nginx needs to write here too
  // vetted-expect: js.filesystem.world-writable-permissions
  fs.chmodSync(UPLOAD_DIR, 0o755);
}

async function saveExport(name, data) {
  const file = path.join(UPLOAD_DIR, name);
  await fsp.writeFile(file, data);
  // vetted-expect: js.filesystem.world-writable-permissions
  await fsp.chmod(file, 0o644);
  // vetted-expect: js.filesystem.world-writable-permissions
  await fs.promises.chmod(file, '777');
  return file;
}

function shareSocket(socketPath, done) {
  // vetted-expect: js.filesystem.world-writable-permissions
  fs.chmod(socketPath, 0o755, done);
}

async function makeExecutable(script) {
  const { mode } = await fsp.stat(script);
  // vetted-expect: js.filesystem.world-writable-permissions
  await chmod(script, mode | fs.constants.S_IXUSR | fs.constants.S_IWOTH);
}

function withDescriptor(fd) {
  // vetted-expect: js.filesystem.world-writable-permissions
  fs.fchmodSync(fd, 0o755);
}

function startDaemon() {
  // vetted-expect: js.filesystem.world-writable-permissions
  process.umask(0);
  // Reading the umask (set it to 0, get the old value, put it back) is not a change
  // vetted-ok: js.filesystem.world-writable-permissions
  const previous = process.umask(0o000);
  process.umask(previous);
  return previous;
}

// Near misses

function privateFiles(file, mode) {
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.chmodSync(file, 0o600);
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.chmodSync(file, 0o755);
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.chmodSync(file, '644');
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.chmodSync(file, 0o770);
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.chmodSync(file, mode);
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.chmodSync(file, mode & ~fs.constants.S_IWOTH);
}

function createdWithDefaultModes(dir) {
  // The umask filters these modes; they are Node's defaults.
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
  // vetted-ok: js.filesystem.world-writable-permissions
  fs.writeFileSync(path.join(dir, 'a.txt'), 'x', { mode: 0o666 });
  // vetted-ok: js.filesystem.world-writable-permissions
  process.umask(0o022);
  // vetted-ok: js.filesystem.world-writable-permissions
  const current = process.umask();
  // vetted-ok: js.filesystem.world-writable-permissions
  console.log('run `chmod 777 uploads` if this fails'); // fs.chmodSync(dir, 0o777)
  return current;
}

module.exports = { ensureUploadDir, saveExport, shareSocket, makeExecutable, withDescriptor, startDaemon, privateFiles, createdWithDefaultModes };
