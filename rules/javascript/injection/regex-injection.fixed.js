const express = require('express');
const _ = require('lodash');
const escapeStringRegexp = require('escape-string-regexp');

const app = express();

app.get('/users/search', async (req, res) => {
  // vetted-expect: js.injection.regex-injection
  const users = await User.find({ name: new RegExp(String(req.query.q).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') });
  res.json(users);
});

app.get('/products', async (req, res) => {
  const { search = '' } = req.query;
  const term = search.trim();
  // vetted-expect: js.injection.regex-injection
  const products = await Product.find({ title: { $regex: String(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), $options: 'i' } });
  res.json(products);
});

function matcher(pattern) {
  // vetted-expect: js.injection.regex-injection
  return RegExp(`^${pattern}`);
}

app.get('/files', (req, res) => {
  const re = matcher(req.query.prefix);
  res.json(FILES.filter((f) => re.test(f)));
});

export async function GET(request) {
  const filter = request.nextUrl.searchParams.get('filter') ?? '';
  // vetted-expect: js.injection.regex-injection
  const re = new RegExp(String(filter).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return Response.json(LOG_LINES.filter((line) => re.test(line)));
}

app.get('/users/search-safe', async (req, res) => {
  const q = String(req.query.q || '');
  // vetted-ok: js.injection.regex-injection
  const byName = await User.find({ name: new RegExp(_.escapeRegExp(q), 'i') });
  // vetted-ok: js.injection.regex-injection
  const byEmail = await User.find({ email: new RegExp(escapeStringRegexp(q)) });
  const escaped = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // vetted-ok: js.injection.regex-injection
  const byCity = await User.find({ city: { $regex: escaped, $options: 'i' } });
  res.json({ byName, byEmail, byCity });
});

app.get('/ids', (req, res) => {
  const digits = Number(req.query.length);
  // vetted-ok: js.injection.regex-injection
  const re = new RegExp(`^\\d{${digits}}$`);
  // vetted-ok: js.injection.regex-injection
  const fixed = new RegExp('^[a-z]+$', 'i');
  console.log('pattern asked', req.query.pattern);
  res.json({ ok: re.test(req.query.id) && fixed.test(req.query.name) });
});

function compile(pattern) {
  // vetted-ok: js.injection.regex-injection
  return new RegExp(pattern);
}

const ROUTES = [compile('^/api/'), compile('^/admin/')];
