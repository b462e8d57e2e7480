const express = require('express');
const multer = require('multer');
const fileUpload = require('express-fileupload');
const formidable = require('formidable');
const busboy = require('busboy');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const app = express();
const UPLOAD_DIR = path.join(__dirname, 'uploads');

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, UPLOAD_DIR),
  filename: (req, file, cb) => {
    const uniqueSuffix = Date.now() + '-' + Math.round(Math.random() * 1e9);
    // vetted-expect: js.web.upload-original-filename
    cb(null, uniqueSuffix + '-' + file.originalname);
  },
});

const plainStorage = multer.diskStorage({
  destination: 'uploads/',
  // vetted-expect: js.web.upload-original-filename
  filename: function (req, file, callback) { callback(null, file.originalname); },
});

const memory = multer({ storage: multer.memoryStorage() });

app.post('/documents', memory.single('document'), async (req, res) => {
  const { originalname, buffer } = req.file;
  const target = path.join(UPLOAD_DIR, req.user.id, req.file.originalname);
  // vetted-expect: js.web.upload-original-filename
  await fs.promises.writeFile(target, buffer);
  res.json({ name: originalname });
});

app.use(fileUpload());
app.post('/avatar', (req, res) => {
  const avatar = req.files.avatar;
  // vetted-expect: js.web.upload-original-filename
  avatar.mv(`${UPLOAD_DIR}/${req.files.avatar.name}`, (err) => {
    if (err) return res.status(500).send(err);
    res.send('uploaded');
  });
});

app.post('/import', (req, res) => {
  const form = formidable({ uploadDir: require('os').tmpdir() });
  form.parse(req, (err, fields, files) => {
    const file = files.data[0];
    const dest = path.join(UPLOAD_DIR, file.originalFilename);
    // vetted-expect: js.web.upload-original-filename
    fs.renameSync(file.filepath, dest);
    res.sendStatus(201);
  });
});

app.post('/stream', (req, res) => {
  const bb = busboy({ headers: req.headers, preservePath: true });
  bb.on('file', (name, stream, info) => {
    const { filename } = info;
    // vetted-expect: js.web.upload-original-filename
    stream.pipe(fs.createWriteStream(path.join(UPLOAD_DIR, filename)));
  });
  req.pipe(bb);
});

const safeStorage = multer.diskStorage({
  destination: 'uploads/',
  filename: (req, file, cb) => {
    // vetted-ok: js.web.upload-original-filename
    cb(null, crypto.randomUUID() + path.extname(file.originalname));
  },
});

app.post('/documents-safe', memory.single('document'), async (req, res) => {
  const id = crypto.randomUUID();
  // vetted-ok: js.web.upload-original-filename
  await fs.promises.writeFile(path.join(UPLOAD_DIR, id), req.file.buffer);
  // vetted-ok: js.web.upload-original-filename
  await db.files.insert({ id, originalName: req.file.originalname });
  // vetted-ok: js.web.upload-original-filename
  fs.writeFileSync(path.join(UPLOAD_DIR, `${id}.json`), JSON.stringify({ name: path.basename(req.file.originalname) }));
  // vetted-ok: js.web.upload-original-filename
  res.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(req.file.originalname)}"`);
  // vetted-ok: js.web.upload-original-filename
  console.log(`stored ${req.file.originalname} as ${id}`);
  // vetted-ok: js.web.upload-original-filename
  // cb(null, file.originalname);
  res.json({ id });
});

function unrelated(done) {
  // vetted-ok: js.web.upload-original-filename
  done(null, 'report.csv');
  const config = {
    // vetted-ok: js.web.upload-original-filename
    filename: (level, cb) => cb(null, `app-${level}.log`),
  };
  return config;
}
