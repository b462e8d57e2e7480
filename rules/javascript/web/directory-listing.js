const express = require('express');
const serveIndex = require('serve-index');
const path = require('path');
const fastifyStatic = require('@fastify/static');

const app = express();

// vetted-expect: js.web.directory-listing
app.use(express.static('public'), serveIndex('public', { icons: true }));

// vetted-expect: js.web.directory-listing
app.use('/uploads', express.static(path.join(__dirname, 'uploads')), serveIndex(path.join(__dirname, 'uploads')));

// vetted-expect: js.web.directory-listing
app.use('/', serveIndex(__dirname));

// vetted-expect: js.web.directory-listing
app.use('/files', serveIndex(process.cwd(), { icons: true, view: 'details' }));

// vetted-expect: js.web.directory-listing
app.use('/releases', express.static('releases'), serveIndex('releases', { hidden: true }));

fastify.register(fastifyStatic, {
  root: path.join(__dirname, 'public'),
  prefix: '/',
  // vetted-expect: js.web.directory-listing
  list: true,
});

// Near misses

// vetted-ok: js.web.directory-listing
app.use('/downloads', express.static('downloads'), serveIndex('downloads', { icons: true }));
// vetted-ok: js.web.directory-listing
app.use('/releases', serveIndex(path.join(__dirname, 'releases'), { hidden: false }));
// vetted-ok: js.web.directory-listing
app.use(express.static('public', { index: false }));
// vetted-ok: js.web.directory-listing
fastify.register(fastifyStatic, { root: path.join(__dirname, 'public'), list: false });
// vetted-ok: js.web.directory-listing
const listing = { list: true, items: [] };
// vetted-ok: js.web.directory-listing
// app.use(serveIndex('public'));
