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

// Next.js route handlers returning HTML.
export async function GET(request) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  const html = `<p>No results for ${q}</p>`;
  // vetted-expect: js.xss.reflected-response
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

export async function POST(request) {
  const { q } = await request.json();
  // vetted-ok: js.xss.reflected-response
  const json = new Response(JSON.stringify({ q }), { headers: { 'Content-Type': 'application/json' } });
  // vetted-ok: js.xss.reflected-response
  return new Response(`<p>${escapeHtml(q)}</p>`, { headers: { 'Content-Type': 'text/html' } });
}
