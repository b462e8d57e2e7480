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
