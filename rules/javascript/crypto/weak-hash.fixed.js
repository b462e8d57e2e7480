const crypto = require('crypto');
const { createHash } = require('node:crypto');

function fingerprint(data) {
  // vetted-expect: js.crypto.weak-hash
  return crypto.createHash('sha256').update(data).digest('hex');
}

function legacyToken(user) {
  // vetted-expect: js.crypto.weak-hash
  return createHash("sha256").update(user.id).digest('base64');
}

// vetted-expect: js.crypto.weak-hash
const h = crypto.createHash("sha256", { outputLength: 20 });

// vetted-ok: js.crypto.weak-hash
const strong = crypto.createHash('sha256').update('x').digest('hex');
// vetted-ok: js.crypto.weak-hash
const note = "crypto.createHash('md5') is what the old code used";
// vetted-ok: js.crypto.weak-hash
// crypto.createHash('md5')
// vetted-ok: js.crypto.weak-hash
const hmac = crypto.createHmac('sha256', key);
// vetted-ok: js.crypto.weak-hash
const algorithmName = 'md5';

// Passwords are js.crypto.password-fast-hash's: SHA-256 is no fix for them.
// vetted-ok: js.crypto.weak-hash
const stored = crypto.createHash('md5').update(req.body.password).digest('hex');
function hashPassword(pw) {
  // vetted-ok: js.crypto.weak-hash
  const md5 = crypto.createHash('md5');
  md5.update(pw);
  return md5.digest('hex');
}
