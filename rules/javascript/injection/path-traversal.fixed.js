const fs = require('fs');
const path = require('path');
const { readFile } = require('fs/promises');

const PUBLIC = path.join(__dirname, 'public');

app.get('/files/:name', (req, res) => {
  // vetted-expect: js.injection.path-traversal
  res.sendFile(req.params.name, { root: path.join(__dirname, 'files') });
});

app.get('/avatar/:user', (req, res) => {
  // vetted-expect: js.injection.path-traversal
  res.sendFile(req.params.user, { root: path.join(__dirname) });
});

app.get('/report', (req, res) => {
  // vetted-expect: js.injection.path-traversal
  const data = fs.readFileSync(path.join(__dirname, 'reports', req.query.file), 'utf8');
  res.send(data);
});

app.get('/download', (req, res) => {
  // vetted-expect: js.injection.path-traversal
  res.download(path.resolve('./exports', req.query.name));
});

app.get('/logs/:day', async (req, res) => {
  // vetted-expect: js.injection.path-traversal
  const text = await readFile(`${__dirname}/logs/${req.params.day}.log`, 'utf8');
  res.type('text').send(text);
});

app.get('/stream', (req, res) => {
  // vetted-expect: js.injection.path-traversal
  fs.createReadStream('./uploads/' + req.query.name + '.bin').pipe(res);
});

app.post('/notes', async (req, res) => {
  // vetted-expect: js.injection.path-traversal
  await fs.promises.writeFile(path.join('notes', req.body.title), req.body.text);
  res.sendStatus(201);
});

app.get('/raw', (req, res) => {
  // vetted-expect: js.injection.path-traversal
  res.sendFile(req.query.path);
});

app.get('/export', (req, res) => {
  // vetted-expect: js.injection.path-traversal
  fs.createReadStream(req.query['file']).pipe(res);
  // vetted-expect: js.injection.path-traversal
  res.download(path.join(__dirname, 'exports', req.params['name']));
});

app.get('/safe/:name', (req, res) => {
  // vetted-ok: js.injection.path-traversal
  res.sendFile(req.params.name, { root: PUBLIC });
  // vetted-ok: js.injection.path-traversal
  res.sendFile(path.join(__dirname, 'files', path.basename(req.params.name)));
  // vetted-ok: js.injection.path-traversal
  fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8');
  // vetted-ok: js.injection.path-traversal
  res.download(path.join(__dirname, 'files', `${req.user.id}.pdf`));
  // vetted-ok: js.injection.path-traversal
  const hint = "res.sendFile(path.join(__dirname, req.params.name))";
  // vetted-ok: js.injection.path-traversal
  // fs.readFileSync(path.join(__dirname, req.query.file));
  // vetted-ok: js.injection.path-traversal
  fs.readFile(req.file.path, () => {});
  // vetted-ok: js.injection.path-traversal
  db.readFile(path.join(__dirname, req.params.name));
});
