app.use((req, res, next) => {
  // vetted-expect: js.config.cors-reflected-origin-header
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

function corsHeaders(req, res, next) {
  // vetted-expect: js.config.cors-reflected-origin-header
  res.header("Access-Control-Allow-Origin", req.get('Origin') || '*');
  res.header('Access-Control-Allow-Headers', 'Content-Type, Authorization');
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
}

router.options('/api/*', function (req, res) {
  // vetted-expect: js.config.cors-reflected-origin-header
  res.writeHead(204, { 'Access-Control-Allow-Origin': req.headers['origin'], 'Access-Control-Allow-Methods': 'GET' });
  res.end();
});

app.use(async (ctx, next) => {
  // vetted-expect: js.config.cors-reflected-origin-header
  ctx.set('Access-Control-Allow-Origin', ctx.request.header.origin);
  await next();
});

const allowedOrigins = new Set(['https://app.example.com']);
app.use((req, res, next) => {
  if (allowedOrigins.has(req.headers.origin)) {
    // vetted-ok: js.config.cors-reflected-origin-header
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  }
  next();
});

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (!allowedOrigins.has(origin)) return next();
  // vetted-ok: js.config.cors-reflected-origin-header
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});

app.use((req, res, next) => {
  // vetted-ok: js.config.cors-reflected-origin-header
  if (/^https:\/\/[a-z]+\.example\.com$/.test(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  // vetted-ok: js.config.cors-reflected-origin-header
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  // vetted-ok: js.config.cors-reflected-origin-header
  res.setHeader('X-Request-Origin', req.headers.origin);
  // vetted-ok: js.config.cors-reflected-origin-header
  // res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  // vetted-ok: js.config.cors-reflected-origin-header
  res.setHeader('Access-Control-Allow-Origin', config.frontendOrigin);
  next();
});

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin === 'https://app.example.com' || origin.endsWith('.example.com')) {
    // vetted-ok: js.config.cors-reflected-origin-header
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  }
  next();
});
