const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    // vetted-expect: js.config.cookie-samesite-none-insecure
    cookie: { httpOnly: true, sameSite: 'none', secure: true, maxAge: 86400000 },
  }),
);

// vetted-expect: js.config.cookie-samesite-none-insecure
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], sameSite: 'none', secure: true }));

app.post('/api/login', async (req, res) => {
  const { token } = await login(req.body);
  res.cookie('auth', token, {
    httpOnly: true,
    // vetted-expect: js.config.cookie-samesite-none-insecure
    sameSite: 'None',
    secure: false,
  });
  res.json({ ok: true });
});

app.get('/embed', (req, res) => {
  // vetted-expect: js.config.cookie-samesite-none-insecure
  res.setHeader('Set-Cookie', `widget_sid=${req.sessionID}; Path=/; HttpOnly; SameSite=None`);
  res.render('embed');
});

function rememberConsent(value) {
  // vetted-expect: js.config.cookie-samesite-none-insecure
  document.cookie = 'consent=' + value + '; path=/; SameSite=None';
}

// Near misses

// vetted-ok: js.config.cookie-samesite-none-insecure
res.cookie('sid', sid, { httpOnly: true, sameSite: 'none', secure: true });
// vetted-ok: js.config.cookie-samesite-none-insecure
res.cookie('sid', sid, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'none' });
// vetted-ok: js.config.cookie-samesite-none-insecure
res.cookie('sid', sid, { httpOnly: true, sameSite: 'lax' });
// vetted-ok: js.config.cookie-samesite-none-insecure
res.cookie('sid', sid, { ...cookieDefaults, sameSite: 'none' });
// vetted-ok: js.config.cookie-samesite-none-insecure
res.setHeader('Set-Cookie', `sid=${sid}; HttpOnly; Secure; SameSite=None`);
// vetted-ok: js.config.cookie-samesite-none-insecure
res.setHeader('Set-Cookie', 'pref=dark; Path=/; SameSite=None; Secure');
// vetted-ok: js.config.cookie-samesite-none-insecure
const sameSiteValues = { strict: 'Strict', lax: 'Lax', none: 'None' };
// vetted-ok: js.config.cookie-samesite-none-insecure
const help = 'SameSite=None needs Secure';
// vetted-ok: js.config.cookie-samesite-none-insecure
// res.cookie('sid', sid, { sameSite: 'none' });
