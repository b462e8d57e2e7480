const serialize = require('node-serialize');
const { unserialize } = require('node-serialize');

const DEFAULTS = '{"theme":"dark"}';

app.get('/profile', (req, res) => {
  // vetted-expect: js.deserialization.node-serialize
  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json(profile);
});

function loadJob(message) {
  // vetted-expect: js.deserialization.node-serialize
  return unserialize(message.body);
}

function loadInline(text) {
  // vetted-expect: js.deserialization.node-serialize
  return require('node-serialize').unserialize(text);
}

app.post('/jobs', (req, res) => {
  res.json(loadJob({ body: req.body.job }));
});

app.get('/session', (req, res) => {
  res.json(loadInline(req.cookies.session));
});

function safeExamples(text, obj) {
  // vetted-ok: js.deserialization.node-serialize
  const data = JSON.parse(text);
  // vetted-ok: js.deserialization.node-serialize
  const defaults = serialize.unserialize(DEFAULTS);
  // vetted-ok: js.deserialization.node-serialize
  const out = serialize.serialize(obj);
  // vetted-ok: js.deserialization.node-serialize
  const hint = "serialize.unserialize(req.cookies.profile) is RCE";
  // vetted-ok: js.deserialization.node-serialize
  // serialize.unserialize(req.body.data);
  // vetted-ok: js.deserialization.node-serialize
  const parsed = qs.unserializeQuery(text);
  return [data, defaults, out, hint, parsed];
}

// Shapes assistants write: destructuring, decoding in steps, helpers, async handlers.
app.get('/cart', async (req, res) => {
  const { cart } = req.cookies;
  const decoded = atob(cart);
  // vetted-expect: js.deserialization.node-serialize
  const items = serialize.unserialize(decoded);
  res.json(items);
});

function restoreState(encoded) {
  const json = Buffer.from(encoded, 'base64').toString('utf8');
  // vetted-expect: js.deserialization.node-serialize
  return serialize.unserialize(json);
}

app.post('/state', async (req, res) => {
  const state = restoreState(req.headers['x-state']);
  res.json({ restored: !!state });
});

const fs = require('fs');

function loadFixtures() {
  const text = fs.readFileSync('./fixtures/defaults.txt', 'utf8');
  // vetted-ok: js.deserialization.node-serialize
  return serialize.unserialize(text);
}

app.get('/prefs', (req, res) => {
  const prefs = JSON.parse(Buffer.from(req.cookies.prefs, 'base64').toString());
  console.log('prefs cookie', req.cookies.prefs);
  // vetted-ok: js.deserialization.node-serialize
  res.json({ prefs, defaults: serialize.unserialize(DEFAULTS) });
});
