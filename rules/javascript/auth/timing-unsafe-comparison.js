const crypto = require('crypto');
const config = require('./config');

function requireApiKey(req, res, next) {
  // vetted-expect: js.auth.timing-unsafe-comparison
  if (req.headers['x-api-key'] !== process.env.API_KEY) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  return next();
}

function verifyWebhook(req, res) {
  const signature = req.get('X-Hub-Signature-256');
  const expected = 'sha256=' + crypto.createHmac('sha256', config.webhookSecret).update(req.rawBody).digest('hex');
  // vetted-expect: js.auth.timing-unsafe-comparison
  if (signature !== expected) return res.sendStatus(403);
  return res.sendStatus(204);
}

function checkCsrf(req, res, next) {
  // vetted-expect: js.auth.timing-unsafe-comparison
  if (req.session.csrfToken !== req.body.csrfToken) return res.sendStatus(403);
  return next();
}

function adminOnly(req) {
  // vetted-expect: js.auth.timing-unsafe-comparison
  return config.ADMIN_SECRET === req.query.secret;
}

// Near misses

function safeApiKey(req, res, next) {
  const given = Buffer.from(String(req.headers['x-api-key'] ?? ''));
  const expected = Buffer.from(process.env.API_KEY);
  // vetted-ok: js.auth.timing-unsafe-comparison
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(401);
  // vetted-ok: js.auth.timing-unsafe-comparison
  if (req.headers['x-api-key'] === undefined) return res.sendStatus(401);
  // vetted-ok: js.auth.timing-unsafe-comparison
  if (typeof req.query.token !== 'string') return res.sendStatus(400);
  // vetted-ok: js.auth.timing-unsafe-comparison
  if (req.body.apiKey.length !== 32) return res.sendStatus(400);
  // vetted-ok: js.auth.timing-unsafe-comparison
  if (req.query.mode === config.defaultMode) return next();
  return next();
}

function clientSide(currentToken, previousToken) {
  // vetted-ok: js.auth.timing-unsafe-comparison
  return currentToken === previousToken;
}

function sameSignature(a, b, key) {
  // vetted-ok: js.auth.timing-unsafe-comparison
  if (key === 'Signature') return true;
  // vetted-ok: js.auth.timing-unsafe-comparison
  return a.signature === b.signature;
}

module.exports = { sameSignature,  requireApiKey, verifyWebhook, checkCsrf, adminOnly, safeApiKey, clientSide };
