const express = require('express');
const helmet = require('helmet');

const app = express();

// The map widget and inline scripts stopped working with helmet's defaults
app.use(
  helmet({
    // vetted-expect: js.config.helmet-protection-disabled
    contentSecurityPolicy: true,
    // vetted-expect: js.config.helmet-protection-disabled
    frameguard: true,
    crossOriginEmbedderPolicy: false,
  }),
);

// vetted-expect: js.config.helmet-protection-disabled
app.use(helmet({ hsts: true }));

// vetted-expect: js.config.helmet-protection-disabled
app.use(helmet({ 'contentSecurityPolicy': true }));

// Near misses

app.use(
  helmet({
    // vetted-ok: js.config.helmet-protection-disabled
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'https://tiles.mapprovider.net'] } },
    // vetted-ok: js.config.helmet-protection-disabled
    crossOriginEmbedderPolicy: false,
    // vetted-ok: js.config.helmet-protection-disabled
    hsts: process.env.NODE_ENV === 'production',
  }),
);
// vetted-ok: js.config.helmet-protection-disabled
app.use(helmet());
// vetted-ok: js.config.helmet-protection-disabled
// app.use(helmet({ contentSecurityPolicy: false }));

module.exports = { app };
