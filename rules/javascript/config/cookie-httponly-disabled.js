const session = require('express-session');
const cookieSession = require('cookie-session');

app.post('/login', async (req, res) => {
  const token = await issueToken(req.body);
  // vetted-expect: js.config.cookie-httponly-disabled
  res.cookie('auth_token', token, { httpOnly: false, secure: true });
  res.cookie('refreshToken', refresh, {
    secure: true,
    // vetted-expect: js.config.cookie-httponly-disabled
    httpOnly: false,
  });
  res.json({ ok: true });
});

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // vetted-expect: js.config.cookie-httponly-disabled
  cookie: { maxAge: 86400000, httpOnly: false },
}));

// vetted-expect: js.config.cookie-httponly-disabled
app.use(cookieSession({ name: 'session', keys: [key], httpOnly: false }));

// vetted-ok: js.config.cookie-httponly-disabled
res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false });
// vetted-ok: js.config.cookie-httponly-disabled
res.cookie('theme', 'dark', { httpOnly: false });
// vetted-ok: js.config.cookie-httponly-disabled
res.cookie('session', sid, { httpOnly: true, secure: true });
// vetted-ok: js.config.cookie-httponly-disabled
// res.cookie('session', sid, { httpOnly: false });
// vetted-ok: js.config.cookie-httponly-disabled
const note = "res.cookie('session', sid, { httpOnly: false })";
// vetted-ok: js.config.cookie-httponly-disabled
app.use(session({ secret, cookie: { httpOnly: true, secure: true } }));
