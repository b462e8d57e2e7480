const express = require('express');
const path = require('path');
const contentDisposition = require('content-disposition');

const app = express();
const TYPES = { pdf: 'application/pdf', csv: 'text/csv' };

app.get('/export', (req, res) => {
  const { name = 'export' } = req.query;
  // vetted-expect: js.injection.header-injection
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(buildCsv());
});

app.get('/raw', (req, res) => {
  // vetted-expect: js.injection.header-injection
  res.set('Content-Type', req.query.type);
  res.send(loadRaw(req.params.id));
});

function downloadHeaders(fileName) {
  let value = 'attachment; filename=';
  value += fileName;
  return { 'Content-Disposition': value, 'Cache-Control': 'no-store' };
}

app.get('/files/:file', (req, res) => {
  const headers = downloadHeaders(req.params.file);
  // vetted-expect: js.injection.header-injection
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': headers['Content-Disposition'] });
  res.end(readStored(req.params.file));
});

app.get('/tag', (req, res) => {
  // vetted-expect: js.injection.header-injection
  res.header(req.query.header, 'yes');
  res.sendStatus(204);
});

export async function GET(request) {
  const label = request.nextUrl.searchParams.get('label');
  const response = new Response(await render());
  // vetted-expect: js.injection.header-injection
  response.headers.set('X-Report-Label', label);
  return response;
}

app.get('/export-safe', (req, res) => {
  const { name = 'export', format } = req.query;
  const safeName = name.replace(/[^\w.-]/g, '_');
  // vetted-ok: js.injection.header-injection
  res.setHeader('Content-Disposition', `attachment; filename="${safeName}.csv"`);
  // vetted-ok: js.injection.header-injection
  res.setHeader('Content-Disposition', contentDisposition(name));
  // vetted-ok: js.injection.header-injection
  res.set('Content-Type', TYPES[format] || 'application/octet-stream');
  // vetted-ok: js.injection.header-injection
  res.setHeader('X-Page', Number(req.query.page));
  // vetted-ok: js.injection.header-injection
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  // vetted-ok: js.injection.header-injection
  res.attachment(name);
  console.log('export requested', name);
  res.send(buildCsv());
});

async function callUpstream(req) {
  const headers = new Headers();
  // vetted-ok: js.injection.header-injection
  headers.set('X-Request-Id', req.headers['x-request-id']);
  return fetch('https://api.example.com/data', { headers });
}

function staticHeaders(res, version) {
  // vetted-ok: js.injection.header-injection
  res.setHeader('X-App-Version', version);
}
