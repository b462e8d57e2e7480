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
