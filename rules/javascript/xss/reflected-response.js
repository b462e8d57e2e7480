const escapeHtml = require('escape-html');

app.get('/hello', (req, res) => {
  const { name } = req.query;
  const greeting = `<h1>Hello, ${name}!</h1>`;
  // vetted-expect: js.xss.reflected-response
  res.send(greeting);
});

function errorPage(message) {
  return '<html><body><p class="error">' + message + '</p></body></html>';
}

app.get('/search', (req, res) => {
  if (!req.query.q) {
    // vetted-expect: js.xss.reflected-response
    return res.status(400).send(errorPage(req.query.q));
  }
  // vetted-expect: js.xss.reflected-response
  res.write(`<p>Results for ${req.query.q}</p>`);
  res.end();
});

app.get('/hello-safe', (req, res) => {
  const { name } = req.query;
  // vetted-ok: js.xss.reflected-response
  res.send(`<h1>Hello, ${escapeHtml(name)}!</h1>`);
});

app.get('/api/user', (req, res) => {
  const { name } = req.query;
  // vetted-ok: js.xss.reflected-response
  res.json({ name });
});

app.get('/count', (req, res) => {
  const page = Number(req.query.page);
  // vetted-ok: js.xss.reflected-response
  res.send(`<p>Page ${page}</p>`);
});

app.get('/static', (req, res) => {
  const body = '<h1>Welcome</h1>';
  // vetted-ok: js.xss.reflected-response
  res.send(body);
});
