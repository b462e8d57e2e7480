const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const { RedisStore } = require('connect-redis');
const MongoStore = require('connect-mongo');

const app = express();

app.use(
  // vetted-expect: js.config.express-session-no-store-in-production
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: true,
    cookie: { secure: true, httpOnly: true, maxAge: 24 * 60 * 60 * 1000 },
  }),
);

// vetted-expect: js.config.express-session-no-store-in-production
export const sessionMiddleware = session({ secret: process.env.SESSION_SECRET, name: 'sid', resave: false, saveUninitialized: false });

// Near misses

// vetted-ok: js.config.express-session-no-store-in-production
app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
// vetted-ok: js.config.express-session-no-store-in-production
app.use(session({ secret: process.env.SESSION_SECRET, store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }) }));
const store = new RedisStore({ client: redisClient });
// vetted-ok: js.config.express-session-no-store-in-production
app.use(session({ store, secret: process.env.SESSION_SECRET }));
// vetted-ok: js.config.express-session-no-store-in-production
app.use(session({ ...baseSessionOptions, secret: process.env.SESSION_SECRET }));
// vetted-ok: js.config.express-session-no-store-in-production
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY] }));
// vetted-ok: js.config.express-session-no-store-in-production
app.use(session(sessionOptions));
// vetted-ok: js.config.express-session-no-store-in-production
// app.use(session({ secret: process.env.SESSION_SECRET }));
const done = true;
