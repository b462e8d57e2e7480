const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;

function issueToken(user) {
  // vetted-expect: js.jwt.missing-expiry
  return jwt.sign({ sub: user.id, role: user.role }, SECRET);
}

function issueAsync(user, done) {
  // vetted-expect: js.jwt.missing-expiry
  jwt.sign({ sub: user.id }, SECRET, (err, token) => done(err, token));
}

function issueWithAlgorithm(user) {
  // vetted-expect: js.jwt.missing-expiry
  return jwt.sign({ sub: user.id, email: user.email }, SECRET, { algorithm: 'HS256', issuer: 'api' });
}

// Near misses

function shortLived(user) {
  // vetted-ok: js.jwt.missing-expiry
  return jwt.sign({ sub: user.id }, SECRET, { expiresIn: '15m' });
}

function withExpClaim(user) {
  // vetted-ok: js.jwt.missing-expiry
  return jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
}

function builtElsewhere(payload, options) {
  // vetted-ok: js.jwt.missing-expiry
  const a = jwt.sign(payload, SECRET, options);
  // vetted-ok: js.jwt.missing-expiry
  const b = jwt.sign({ sub: 1 }, SECRET, options);
  // vetted-ok: js.jwt.missing-expiry
  const c = jwt.sign({ sub: 1 }, SECRET, { ...defaults, algorithm: 'HS256' });
  // vetted-ok: js.jwt.missing-expiry
  const d = jwt.verify(a, SECRET);
  // vetted-ok: js.jwt.missing-expiry
  const e = crypto.sign('sha256', Buffer.from('x'), key);
  return [a, b, c, d, e];
}

module.exports = { issueToken, issueAsync, issueWithAlgorithm, shortLived, withExpClaim, builtElsewhere };
