const jwt = require('jsonwebtoken');

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.sendStatus(401);
  // vetted-expect: js.jwt.decode-without-verify
  req.user = jwt.decode(token);
  next();
}

function requireAdmin(req, res, next) {
  // vetted-expect: js.jwt.decode-without-verify
  if (jwt.decode(req.cookies.session).role !== 'admin') return res.sendStatus(403);
  next();
}

async function koaAuth(ctx, next) {
  // vetted-expect: js.jwt.decode-without-verify
  ctx.state.user = jwt.decode(ctx.get('Authorization').slice(7)) || null;
  await next();
}

async function getProfile(req, res) {
  // vetted-expect: js.jwt.decode-without-verify
  const { userId, role } = jwt.decode(req.cookies.token);
  res.json(await db.users.findById(userId));
}

function checkToken(req, res, next) {
  // vetted-expect: js.jwt.decode-without-verify
  if (!jwt.decode(req.headers['x-access-token'])) return res.status(401).end();
  next();
}

async function me(req, res) {
  // vetted-expect: js.jwt.decode-without-verify
  const currentUser = jwt.decode(req.cookies.token);
  res.json(await db.users.findById(currentUser.id));
}

// vetted-ok: js.jwt.decode-without-verify
const decoded = jwt.decode(token);
// vetted-ok: js.jwt.decode-without-verify
req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
// vetted-ok: js.jwt.decode-without-verify
const kid = jwt.decode(token, { complete: true }).header.kid;
// vetted-ok: js.jwt.decode-without-verify
const { header } = jwt.decode(token, { complete: true });
// vetted-ok: js.jwt.decode-without-verify
const expiresAt = jwt.decode(accessToken).exp * 1000;
// vetted-ok: js.jwt.decode-without-verify
const decodedUrl = decodeURIComponent(req.query.next);
// vetted-ok: js.jwt.decode-without-verify
req.body = querystring.decode(rawBody);
// vetted-ok: js.jwt.decode-without-verify
// req.user = jwt.decode(token);
// vetted-ok: js.jwt.decode-without-verify
const doc = "req.user = jwt.decode(token) skips the signature check";
// vetted-ok: js.jwt.decode-without-verify
this.cachedClaims = jwt.decode(token);
