const session = require('express-session');

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: true,
  // vetted-expect: js.config.cookie-secure-disabled
  cookie: { secure: true }, // set to true in production
}));

app.post('/login', (req, res) => {
  // vetted-expect: js.config.cookie-secure-disabled
  res.cookie('jwt', token, { httpOnly: true, secure: true, maxAge: 3600_000 });
  res.cookie('sid', sessionId, {
    httpOnly: true,
    // vetted-expect: js.config.cookie-secure-disabled
    secure: true,
  });
});

// vetted-expect: js.config.cookie-secure-disabled
app.use(cookieSession({ name: 'session', keys, secure: true }));

// vetted-ok: js.config.cookie-secure-disabled
app.use(session({ secret, cookie: { secure: process.env.NODE_ENV === 'production' } }));
// vetted-ok: js.config.cookie-secure-disabled
res.cookie('token', token, { httpOnly: true, secure: true });
// vetted-ok: js.config.cookie-secure-disabled
res.cookie('lang', 'en', { secure: false });
// vetted-ok: js.config.cookie-secure-disabled
// cookie: { secure: false },
// vetted-ok: js.config.cookie-secure-disabled
const text = "cookie: { secure: false }";
// vetted-ok: js.config.cookie-secure-disabled
const transport = nodemailer.createTransport({ host, port: 587, secure: false });
