const express = require('express');
const path = require('path');

const app = express();
const LOCALES = new Set(['en', 'fr', 'de']);
const EXPORTERS = { csv: () => require('./exporters/csv'), pdf: () => require('./exporters/pdf') };

app.get('/export', (req, res) => {
  // vetted-expect: js.injection.dynamic-require
  const exporter = require(`./exporters/${req.query.format}`);
  exporter.run(res);
});

app.post('/plugins/enable', (req, res) => {
  const { plugin } = req.body;
  // vetted-expect: js.injection.dynamic-require
  const mod = require(plugin);
  mod.init(app);
  res.sendStatus(204);
});

app.get('/i18n/:lang', async (req, res) => {
  // vetted-expect: js.injection.dynamic-require
  const messages = await import(`../locales/${req.params.lang}.js`);
  res.json(messages.default);
});

function loadHandler(name) {
  const file = path.join(__dirname, 'handlers', name);
  // vetted-expect: js.injection.dynamic-require
  return require(file);
}

app.post('/run/:task', (req, res) => {
  loadHandler(req.params.task)(req, res);
});

// Near misses
app.get('/safe-export', (req, res) => {
  const load = EXPORTERS[req.query.format];
  if (!load) return res.sendStatus(400);
  load().run(res);
});

app.get('/i18n-safe/:lang', async (req, res) => {
  const { lang } = req.params;
  if (!LOCALES.has(lang)) return res.sendStatus(404);
  // vetted-ok: js.injection.dynamic-require
  const messages = await import(`../locales/${lang}.js`);
  res.json(messages.default);
});

app.get('/theme', (req, res) => {
  // vetted-ok: js.injection.dynamic-require
  const theme = require(`./themes/${path.basename(req.query.theme)}`);
  res.json(theme);
});

// vetted-ok: js.injection.dynamic-require
const config = require(process.env.CONFIG_PATH || './config');
// vetted-ok: js.injection.dynamic-require
const lazy = await import('./heavy-module.js');
// vetted-ok: js.injection.dynamic-require
const helpers = require(path.join(__dirname, 'helpers'));
