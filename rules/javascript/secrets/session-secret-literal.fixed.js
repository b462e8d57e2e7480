const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const cookieParser = require('cookie-parser');

const app = express();

app.use(
  session({
    // vetted-expect: js.secrets.session-secret-literal
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: true,
  }),
);

// vetted-expect: js.secrets.session-secret-literal
app.use(session({ secret: process.env.SESSION_SECRET || 'my session secret' }));

// vetted-expect: js.secrets.session-secret-literal
app.use(cookieSession({ name: 'session', keys: ['key1', 'key2'], maxAge: 24 * 60 * 60 * 1000 }));

// vetted-expect: js.secrets.session-secret-literal
app.use(cookieParser('secret'));

// vetted-expect: js.secrets.session-secret-literal
app.use(session({ secret: ['new secret value', 'old secret value'] }));

// vetted-expect: js.secrets.session-secret-literal
app.use(cookieParser('a8f5f167f44f4964e6c998dee827110c'));

// Near misses

// vetted-ok: js.secrets.session-secret-literal
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
// vetted-ok: js.secrets.session-secret-literal
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY_NEW, process.env.COOKIE_KEY_OLD] }));
// vetted-ok: js.secrets.session-secret-literal
app.use(cookieParser(process.env.COOKIE_SECRET));
// vetted-ok: js.secrets.session-secret-literal
app.use(cookieParser());
// vetted-ok: js.secrets.session-secret-literal
app.use(session({ secret: '<your session secret>' }));
// vetted-ok: js.secrets.session-secret-literal
app.use(session({ secret: config.sessionSecret, name: 'sid' }));
// vetted-ok: js.secrets.session-secret-literal
const note = "session({ secret: 'keyboard cat' }) is only for the README";
