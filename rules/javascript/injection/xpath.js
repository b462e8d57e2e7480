const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const libxmljs = require('libxmljs2');
const { evaluateXPathToNodes } = require('fontoxpath');

const app = express();
const usersDoc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');

app.post('/login', (req, res) => {
  // vetted-expect: js.injection.xpath
  const node = xpath.select1(`//user[@name='${req.body.user}' and @pass='${req.body.pass}']`, usersDoc);
  res.json({ ok: Boolean(node) });
});

app.get('/books', (req, res) => {
  const { author } = req.query;
  let expr = "//book[author='" + author + "']";
  expr += '/title';
  // vetted-expect: js.injection.xpath
  const titles = xpath.select(expr, catalog);
  res.json(titles.map((t) => t.textContent));
});

app.get('/orders/:id', (req, res) => {
  const xmlDoc = libxmljs.parseXml(ordersXml);
  // vetted-expect: js.injection.xpath
  const order = xmlDoc.get(`//order[@id="${req.params.id}"]`);
  res.send(order ? order.toString() : '');
});

app.get('/search', (req, res) => {
  // vetted-expect: js.injection.xpath
  const nodes = evaluateXPathToNodes(`//item[contains(name, '${req.query.q}')]`, inventoryDoc);
  res.json(nodes.length);
});

// Browser: highlight the section named in the address bar.
function highlightFromHash() {
  const name = decodeURIComponent(location.hash.slice(1));
  // vetted-expect: js.injection.xpath
  const result = document.evaluate(`//section[@data-name='${name}']`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
  result.singleNodeValue?.classList.add('highlight');
}

// Near misses
app.post('/login-safe', (req, res) => {
  const expr = xpath.parse('//user[@name=$user]');
  // vetted-ok: js.injection.xpath
  const node = expr.select1({ node: usersDoc, variables: { user: req.body.user } });
  res.json({ ok: Boolean(node) });
});

app.get('/page/:n', (req, res) => {
  // vetted-ok: js.injection.xpath
  const nodes = xpath.select(`//page[${Number(req.params.n)}]`, bookDoc);
  // vetted-ok: js.injection.xpath
  const all = xpath.select('//book/title', catalog);
  // vetted-ok: js.injection.xpath
  const one = xpath.select1(`//book[@lang='${escapeXPath(req.query.lang)}']`, catalog);
  // vetted-ok: js.injection.xpath
  const total = math.evaluate(req.query.formula);
  res.json({ nodes, all, one, total });
});
