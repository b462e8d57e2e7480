const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const _ = require('lodash');
const fs = require('fs');

const app = express();
const env = new nunjucks.Environment();
const INVOICE = fs.readFileSync('templates/invoice.ejs', 'utf8');

app.post('/preview', (req, res) => {
  // vetted-expect: js.injection.template-injection
  res.send(ejs.render(req.body.template, { user: req.user }));
});

app.post('/emails/test', async (req, res) => {
  const { subject, body } = req.body;
  // vetted-expect: js.injection.template-injection
  const render = _.template(body);
  await mailer.send({ to: req.user.email, subject, html: render({ user: req.user }) });
  res.sendStatus(204);
});

app.get('/hello', (req, res) => {
  // vetted-expect: js.injection.template-injection
  res.send(pug.render(`h1 Hello ${req.query.name}`));
});

app.post('/widgets', (req, res) => {
  let source = '<div class="widget">';
  source += req.body.markup;
  source += '</div>';
  // vetted-expect: js.injection.template-injection
  const template = Handlebars.compile(source);
  res.send(template({}));
});

function renderCustom(tpl, ctx) {
  // vetted-expect: js.injection.template-injection
  return nunjucks.renderString(tpl, ctx);
}

app.post('/custom', (req, res) => {
  res.send(renderCustom(req.body.tpl, { user: req.user }));
});

app.post('/nj', (req, res) => {
  // vetted-expect: js.injection.template-injection
  res.send(env.renderString(req.body.layout, { items: [] }));
});

// Near misses
app.get('/profile', (req, res) => {
  // vetted-ok: js.injection.template-injection
  res.send(ejs.render(INVOICE, { name: req.query.name, items: req.body.items }));
  // vetted-ok: js.injection.template-injection
  res.send(nunjucks.renderString('Hello {{ name }}', { name: req.query.name }));
  // vetted-ok: js.injection.template-injection
  res.send(pug.renderFile('views/profile.pug', { user: req.query.user }));
  // vetted-ok: js.injection.template-injection
  res.render('profile', { name: req.query.name });
  // vetted-ok: js.injection.template-injection
  const view = _.template('<b><%- name %></b>')({ name: req.query.name });
  // vetted-ok: js.injection.template-injection
  const help = "ejs.render(req.body.template) is template injection";
});
