const helmet = require('helmet');
const crypto = require('crypto');

app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // vetted-expect: js.config.csp-unsafe-inline
        scriptSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  }),
);

app.use(
  helmet.contentSecurityPolicy({
    directives: {
      // vetted-expect: js.config.csp-unsafe-inline
      'script-src': ["'self'", "'unsafe-eval'"],
    },
  }),
);

app.use(
  helmet.contentSecurityPolicy({
    // vetted-expect: js.config.csp-unsafe-inline
    directives: { defaultSrc: ["'self'", "'unsafe-inline'"], imgSrc: ['*'] },
  }),
);

app.use((req, res, next) => {
  // vetted-expect: js.config.csp-unsafe-inline
  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-inline' https://www.googletagmanager.com");
  next();
});

const securityHeaders = [
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      // vetted-expect: js.config.csp-unsafe-inline
      "script-src 'self' 'unsafe-eval' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
    ].join('; '),
  },
];

// vetted-expect: js.config.csp-unsafe-inline
const meta = `<meta http-equiv="Content-Security-Policy" content="default-src 'self' 'unsafe-inline'">`;

// Near misses

app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        // vetted-ok: js.config.csp-unsafe-inline
        scriptSrc: ["'self'", (req, res) => `'nonce-${res.locals.cspNonce}'`, "'unsafe-inline'"],
        // vetted-ok: js.config.csp-unsafe-inline
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  }),
);
app.use(
  helmet.contentSecurityPolicy({
    directives: {
      // vetted-ok: js.config.csp-unsafe-inline
      defaultSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
    },
  }),
);
const isDev = process.env.NODE_ENV !== 'production';
const nonce = crypto.randomBytes(16).toString('base64');
// vetted-ok: js.config.csp-unsafe-inline
const cspHeader = `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${isDev ? "'unsafe-eval'" : ''}; style-src 'self' 'unsafe-inline';`;
// vetted-ok: js.config.csp-unsafe-inline
res.setHeader('Content-Security-Policy', "script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'");
// vetted-ok: js.config.csp-unsafe-inline
res.setHeader('Content-Security-Policy', "default-src 'self' 'unsafe-inline'; script-src 'self'");
// vetted-ok: js.config.csp-unsafe-inline
const docs = 'Never add unsafe-inline to your policy';
// vetted-ok: js.config.csp-unsafe-inline
// scriptSrc: ["'self'", "'unsafe-inline'"],
