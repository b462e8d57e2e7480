const libxmljs = require('libxmljs');
const { parseXml } = require('libxmljs2');

app.post('/import', (req, res) => {
  // vetted-expect: js.config.libxmljs-noent
  const doc = libxmljs.parseXml(req.body, { noent: false, noblanks: true });
  res.json({ root: doc.root().name() });
});

async function readFeed(url) {
  const body = await (await fetch(url)).text();
  // vetted-expect: js.config.libxmljs-noent
  return parseXml(body, { replaceEntities: false });
}

function parseUpload(file) {
  const doc = libxmljs.parseXmlString(file.buffer.toString('utf8'), {
    // vetted-expect: js.config.libxmljs-noent
    noent: false,
    nonet: true,
  });
  return doc;
}

// vetted-ok: js.config.libxmljs-noent
const safe = libxmljs.parseXml(req.body, { noent: false, nonet: true });
// vetted-ok: js.config.libxmljs-noent
const plain = libxmljs.parseXml(req.body);
// vetted-ok: js.config.libxmljs-noent
const fixed = libxmljs.parseXml('<config><debug>false</debug></config>', { noent: true });
// vetted-ok: js.config.libxmljs-noent
// libxmljs.parseXml(req.body, { noent: true })
// vetted-ok: js.config.libxmljs-noent
const note = "parseXml(input, { noent: true }) is unsafe";
// vetted-ok: js.config.libxmljs-noent
const html = libxmljs.parseHtml(req.body, { noent: true });
