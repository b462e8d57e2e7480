const axios = require('axios');
const https = require('https');

const FEEDS = { news: 'https://news.example.com/rss' };

app.get('/preview', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post('/webhook/test', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const { data } = await axios.post(req.body.callbackUrl, { ping: true });
  res.json(data);
});

app.get('/proxy/:host', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const { data } = await axios.get(`https://${req.params.host}/status`);
  res.json(data);
});

app.get('/image', (req, res) => {
  // vetted-expect: js.injection.ssrf
  https.get('https://' + req.query.host + '/logo.png', (upstream) => upstream.pipe(res));
});

app.get('/raw', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const r = await fetch(req.query['target']);
  res.send(await r.text());
});

app.get('/safe', async (req, res) => {
  // vetted-ok: js.injection.ssrf
  await fetch('https://api.example.com/health');
  // vetted-ok: js.injection.ssrf
  await fetch(`https://api.example.com/users/${req.params.id}`);
  // vetted-ok: js.injection.ssrf
  await fetch(FEEDS[req.query.feed]);
  // vetted-ok: js.injection.ssrf
  await axios.get('https://api.example.com/search', { params: { q: req.query.q } });
  // vetted-ok: js.injection.ssrf
  const hint = "fetch(req.query.url) is SSRF";
  // vetted-ok: js.injection.ssrf
  // await fetch(req.query.url);
  // vetted-ok: js.injection.ssrf
  const cached = client.get(req.query.url);
  // vetted-ok: js.injection.ssrf
  await fetch(validateUrl(req.query.url));
});
