const crypto = require('crypto');
const db = require('./db');

async function register(req, res) {
  const { email, password } = req.body;
  // vetted-expect: js.crypto.password-fast-hash
  const passwordHash = crypto.createHash('sha256').update(password).digest('hex');
  await db.users.insert({ email, passwordHash });
  res.sendStatus(201);
}

function legacyHash(user, input) {
  // vetted-expect: js.crypto.password-fast-hash
  return crypto.createHash('md5').update(user.salt + input.password).digest('hex');
}

function hashPassword(pw) {
  // vetted-expect: js.crypto.password-fast-hash
  const md5 = crypto.createHash('md5');
  md5.update(pw);
  return md5.digest('hex');
}

// Near misses

function resetPasswordLegacy(token) {
  // A token in a password-named function, chained: the data decides (js.crypto.weak-hash's).
  // vetted-ok: js.crypto.password-fast-hash
  return crypto.createHash('md5').update(token).digest('hex');
}

function hashResetToken(token) {
  // vetted-ok: js.crypto.password-fast-hash
  return crypto.createHash('sha256').update(token).digest('hex');
}

function resetPassword(token) {
  // A random token, not the password: SHA-256 is right here.
  // vetted-ok: js.crypto.password-fast-hash
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
  return db.resets.find({ tokenHash });
}

async function safeRegister(password) {
  const salt = crypto.randomBytes(16);
  // vetted-ok: js.crypto.password-fast-hash
  const derived = crypto.scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${derived.toString('hex')}`;
}

function fileChecksum(buffer) {
  // vetted-ok: js.crypto.password-fast-hash
  return crypto.createHash('md5').update(buffer).digest('hex');
}

module.exports = { register, legacyHash, hashPassword, hashResetToken, resetPassword, safeRegister, fileChecksum };
