const fs = require('fs');
const express = require('express');
const serialize = require('serialize-javascript');
const { renderToString } = require('react-dom/server');

const app = express();
const DEFAULTS = { theme: 'light', locale: 'en' };

app.get('/products/:id', async (req, res) => {
  const product = await db.products.findById(req.params.id);
  const html = renderToString(<ProductPage product={product} />);
  res.send(`<!doctype html>
<html>
  <body>
    <div id="root">${html}</div>
    <script>
      // vetted-expect: js.xss.serialize-javascript-unsafe
      window.__INITIAL_DATA__ = ${serialize({ product, query: req.query }, { unsafe: false })};
    </script>
  </body>
</html>`);
});

app.get('/search', async (req, res) => {
  const results = await search(req.query.q);
  // vetted-expect: js.xss.serialize-javascript-unsafe
  const page = '<script>window.__RESULTS__ = ' + serialize(results, { unsafe: false }) + '</script>';
  res.send(page);
});

async function renderPage(req, res) {
  const template = await fs.promises.readFile('dist/index.html', 'utf8');
  const store = createStore(reducer, { user: req.user });
  // vetted-expect: js.xss.serialize-javascript-unsafe
  const body = template.replace('<!--app-state-->', serialize(store.getState(), { unsafe: false }));
  res.send(body);
}

function Document({ state }) {
  return (
    <html>
      <body>
        {/* vetted-expect: js.xss.serialize-javascript-unsafe */}
        <script dangerouslySetInnerHTML={{ __html: `window.__STATE__ = ${serialize(state, { 'unsafe': false })}` }} />
      </body>
    </html>
  );
}

app.get('/profile', async (req, res) => {
  const profile = await db.users.findOne({ id: req.session.userId });
  const state = serialize({ profile }, { unsafe: true });
  // vetted-expect: js.xss.serialize-javascript-unsafe
  res.send(`<div id="app"></div><script>window.__PROFILE__ = ${state}</script>`);
});

// Near misses
app.get('/safe', async (req, res) => {
  const store = createStore(reducer, { user: req.user });
  // vetted-ok: js.xss.serialize-javascript-unsafe
  res.send(`<script>window.__STATE__ = ${serialize(store.getState())}</script>`);
  // vetted-ok: js.xss.serialize-javascript-unsafe
  res.send(`<script>window.__STATE__ = ${serialize(store.getState(), { unsafe: false })}</script>`);
  // vetted-ok: js.xss.serialize-javascript-unsafe
  res.send(`<script>window.__STATE__ = ${serialize(store.getState(), { isJSON: true })}</script>`);
  // vetted-todo-ok: js.xss.serialize-javascript-unsafe: an object literal of constants is not seen as constant
  res.send(`<script>window.__DEFAULTS__ = ${serialize(DEFAULTS, { unsafe: false })}</script>`);
  const escaped = serialize(store.getState());
  // vetted-ok: js.xss.serialize-javascript-unsafe
  res.send(`<script>window.__STATE__ = ${escaped}</script>`);
});

// Build step writing a JavaScript module, not HTML.
const config = loadConfig();
// vetted-ok: js.xss.serialize-javascript-unsafe
fs.writeFileSync('dist/config.js', 'module.exports = ' + serialize(config, { unsafe: true }) + ';\n');
// vetted-ok: js.xss.serialize-javascript-unsafe
const code = `export default ${serialize(config, { unsafe: true })};`;
// vetted-ok: js.xss.serialize-javascript-unsafe
const tip = "serialize(state, { unsafe: true }) is faster";
