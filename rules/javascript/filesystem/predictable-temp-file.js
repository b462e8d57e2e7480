const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

export async function convertUpload(file) {
  const tmpPath = path.join(os.tmpdir(), 'upload.zip');
  // vetted-expect: js.filesystem.predictable-temp-file
  await fsp.writeFile(tmpPath, file.buffer);
  return runConverter(tmpPath);
}

export function exportCsv(rows) {
  const out = `/tmp/export-${Date.now()}.csv`;
  // vetted-expect: js.filesystem.predictable-temp-file
  fs.writeFileSync(out, rows.map((r) => r.join(',')).join('\n'));
  return out;
}

// vetted-expect: js.filesystem.predictable-temp-file
fs.appendFileSync('/tmp/app-debug.log', `${new Date().toISOString()} started\n`);

export function streamReport(doc) {
  // vetted-expect: js.filesystem.predictable-temp-file
  const stream = fs.createWriteStream(`${os.tmpdir()}/report-${process.pid}.pdf`);
  doc.pipe(stream);
}

export function cacheToken(token) {
  const { tmpdir } = os;
  const file = path.resolve('/tmp', 'token-cache.json');
  // vetted-expect: js.filesystem.predictable-temp-file
  fs.writeFileSync(file, JSON.stringify({ token }));
}

// Near misses

export function safeUpload(buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-'));
  const tmpPath = path.join(dir, 'upload.zip');
  // vetted-ok: js.filesystem.predictable-temp-file
  fs.writeFileSync(tmpPath, buffer, { flag: 'wx' });
}

export function randomName(buffer) {
  const tmpPath = path.join(os.tmpdir(), `upload-${crypto.randomUUID()}.zip`);
  // vetted-ok: js.filesystem.predictable-temp-file
  fs.writeFileSync(tmpPath, buffer, { flag: 'wx' });
}

// vetted-ok: js.filesystem.predictable-temp-file
fs.writeFileSync(path.join(__dirname, 'out', 'report.json'), '{}');
// vetted-ok: js.filesystem.predictable-temp-file
fs.writeFileSync('./tmp/build-info.json', '{}');
// vetted-ok: js.filesystem.predictable-temp-file
const contents = fs.readFileSync('/tmp/app-debug.log', 'utf8');
// vetted-ok: js.filesystem.predictable-temp-file
fs.writeFileSync(`/tmp/${crypto.randomBytes(16).toString('hex')}.json`, '{}');
// vetted-ok: js.filesystem.predictable-temp-file
const msg = "fs.writeFileSync('/tmp/upload.zip', data)";
// vetted-ok: js.filesystem.predictable-temp-file
// fs.writeFileSync('/tmp/upload.zip', data)
const done = true;
