const fs = require('fs');
const fsp = require('fs/promises');
const fse = require('fs-extra');
const path = require('path');
const AdmZip = require('adm-zip');
const yauzl = require('yauzl');
const unzipper = require('unzipper');
const tar = require('tar-stream');
const JSZip = require('jszip');

function extractUpload(zipPath, dest) {
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) {
      // vetted-expect: js.filesystem.zip-slip
      fs.mkdirSync(path.join(dest, entry.entryName), { recursive: true });
      continue;
    }
    // vetted-expect: js.filesystem.zip-slip
    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractEach(zipPath, outDir) {
  const zip = new AdmZip(zipPath);
  zip.getEntries().forEach((zipEntry) => {
    const { entryName } = zipEntry;
    const target = `${outDir}/${entryName}`;
    // vetted-expect: js.filesystem.zip-slip
    fs.writeFileSync(target, zipEntry.getData());
  });
}

function withYauzl(file, dest) {
  yauzl.open(file, { lazyEntries: true }, (err, zipfile) => {
    if (err) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      const outPath = path.resolve(dest, entry.fileName);
      zipfile.openReadStream(entry, (e, stream) => {
        // vetted-expect: js.filesystem.zip-slip
        stream.pipe(fs.createWriteStream(outPath));
        stream.on('end', () => zipfile.readEntry());
      });
    });
  });
}

async function withUnzipper(file, dest) {
  const directory = await unzipper.Open.file(file);
  for (const entry of directory.files) {
    const content = await entry.buffer();
    // vetted-expect: js.filesystem.zip-slip
    await fsp.writeFile(path.join(dest, entry.path), content);
  }
}

function withTarStream(input, dest) {
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const filePath = path.join(dest, header.name);
    if (header.type === 'directory') {
      // vetted-expect: js.filesystem.zip-slip
      fse.ensureDirSync(filePath);
      stream.resume();
      return next();
    }
    // vetted-expect: js.filesystem.zip-slip
    stream.pipe(fs.createWriteStream(filePath)).on('finish', next);
  });
  input.pipe(extract);
}

async function withJsZip(buffer, dest) {
  const zip = await JSZip.loadAsync(buffer);
  const jobs = [];
  zip.forEach((relativePath, file) => {
    jobs.push(
      file.async('nodebuffer').then((data) =>
        // vetted-expect: js.filesystem.zip-slip
        fse.outputFile(path.join(dest, relativePath), data),
      ),
    );
  });
  await Promise.all(jobs);
}

function checkedAdmZip(zipPath, dest) {
  const root = path.resolve(dest);
  for (const entry of new AdmZip(zipPath).getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) {
      throw new Error(`Blocked entry ${entry.entryName}`);
    }
    // vetted-ok: js.filesystem.zip-slip
    fs.writeFileSync(target, entry.getData());
  }
}

function checkedLoop(zipPath, dest) {
  const root = path.resolve(dest);
  for (const entry of new AdmZip(zipPath).getEntries()) {
    const target = path.join(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) continue;
    // vetted-ok: js.filesystem.zip-slip
    fs.writeFileSync(target, entry.getData());
  }
}

function flatten(zipPath, dest) {
  for (const entry of new AdmZip(zipPath).getEntries()) {
    // vetted-ok: js.filesystem.zip-slip
    fs.writeFileSync(path.join(dest, path.basename(entry.entryName)), entry.getData());
  }
}

function relativeCheck(zipPath, dest) {
  for (const entry of new AdmZip(zipPath).getEntries()) {
    const target = path.resolve(dest, entry.entryName);
    const rel = path.relative(dest, target);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    // vetted-todo-ok: js.filesystem.zip-slip: a check on path.relative(dest, target) does not clean target
    fs.writeFileSync(target, entry.getData());
  }
}

function safeForms(zipPath, dest) {
  const zip = new AdmZip(zipPath);
  // vetted-ok: js.filesystem.zip-slip
  zip.extractAllTo(dest, true);
  // vetted-ok: js.filesystem.zip-slip
  fs.writeFileSync(path.join(dest, 'manifest.json'), JSON.stringify(zip.getEntries().map((e) => e.entryName)));
  for (const entry of zip.getEntries()) {
    // vetted-ok: js.filesystem.zip-slip
    fs.writeFileSync(path.join(dest, `${entry.header.crc}.bin`), entry.getData());
    // vetted-ok: js.filesystem.zip-slip
    console.log(`would write ${path.join(dest, entry.entryName)}`);
  }
  // vetted-ok: js.filesystem.zip-slip
  // fs.writeFileSync(path.join(dest, entry.entryName), data);
  // vetted-ok: js.filesystem.zip-slip
  const doc = "fs.writeFileSync(path.join(dest, entry.entryName), data)";
  return doc;
}

function notAnArchive(req, dest, user) {
  // vetted-ok: js.filesystem.zip-slip
  fs.writeFileSync(path.join(dest, `${user.id}.json`), JSON.stringify(user));
  // vetted-ok: js.filesystem.zip-slip
  fs.mkdirSync(path.join(dest, 'cache'), { recursive: true });
}

function blocklistCheck(zipPath, dest) {
  for (const entry of new AdmZip(zipPath).getEntries()) {
    if (entry.entryName.includes('..') || path.isAbsolute(entry.entryName)) continue;
    // vetted-todo-ok: js.filesystem.zip-slip: a blocklist check (name.includes('..')) is not understood as a guard
    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}
