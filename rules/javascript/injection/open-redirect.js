app.get('/login/callback', (req, res) => {
  // vetted-expect: js.injection.open-redirect
  res.redirect(req.query.returnTo);
});

app.post('/login', (req, res) => {
  // vetted-expect: js.injection.open-redirect
  res.redirect(req.body.next || '/');
});

app.get('/go/:target', (req, res) => {
  // vetted-expect: js.injection.open-redirect
  res.redirect(302, `${req.params.target}?ref=app`);
});

router.get('/out', async (ctx) => {
  // vetted-expect: js.injection.open-redirect
  ctx.redirect(ctx.query.url);
});

app.get('/safe', (req, res) => {
  // vetted-ok: js.injection.open-redirect
  res.redirect('/dashboard');
  // vetted-ok: js.injection.open-redirect
  res.redirect(`/users/${req.params.id}`);
  // vetted-ok: js.injection.open-redirect
  res.redirect('/login?next=' + encodeURIComponent(req.originalUrl));
  // vetted-ok: js.injection.open-redirect
  res.redirect(safeRedirect(req.query.returnTo));
  // vetted-ok: js.injection.open-redirect
  const hint = "res.redirect(req.query.returnTo) is an open redirect";
  // vetted-ok: js.injection.open-redirect
  // res.redirect(req.query.next);
  // vetted-ok: js.injection.open-redirect
  res.redirect(301, '/new-home');
});

// Stepwise handlers.
app.post('/session', async (req, res) => {
  const { returnTo } = req.body;
  const destination = returnTo || '/dashboard';
  // vetted-expect: js.injection.open-redirect
  res.redirect(destination);
});

export async function GET(request) {
  const next = request.nextUrl.searchParams.get('next');
  // vetted-expect: js.injection.open-redirect
  return NextResponse.redirect(new URL(next, request.url));
}

async function finishLogin(formData) {
  'use server';
  const target = formData.get('target');
  // vetted-ok: js.injection.open-redirect
  redirect('/home');
}

const SAFE_TARGETS = ['/dashboard', '/settings'];

app.get('/continue', (req, res) => {
  const { to } = req.query;
  if (!SAFE_TARGETS.includes(to)) return res.redirect('/');
  // vetted-ok: js.injection.open-redirect
  res.redirect(to);
});

app.get('/profile/:id', (req, res) => {
  const path = `/users/${req.params.id}`;
  // vetted-ok: js.injection.open-redirect
  res.redirect(path);
});

// Upgrading to HTTPS on the same host and path is not an open redirect.
app.use((req, res, next) => {
  if (req.secure) return next();
  // vetted-ok: js.injection.open-redirect
  if (req.query.legacy) return res.redirect('https://' + req.headers.host + req.originalUrl);
  // vetted-ok: js.injection.open-redirect
  return res.redirect(301, `https://${req.hostname}${req.url}`);
});

app.get('/go', (req, res) => {
  // vetted-expect: js.injection.open-redirect
  res.redirect('https://' + req.query.host + req.originalUrl);
});
