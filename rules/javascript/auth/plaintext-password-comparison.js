const bcrypt = require('bcrypt');
const db = require('./db');

async function login(req, res) {
  const { email, password } = req.body;
  const user = await db.users.findOne({ email });
  // vetted-expect: js.auth.plaintext-password-comparison
  if (!user || user.password !== password) {
    return res.status(401).json({ error: 'Invalid credentials' });
  }
  return res.json({ ok: true });
}

function adminLogin(req) {
  // vetted-expect: js.auth.plaintext-password-comparison
  return req.body.username === 'admin' && req.body.password === 'Adm1nPass!';
}

async function checkUser(row, input) {
  // vetted-expect: js.auth.plaintext-password-comparison
  return row['password'] == input.pwd;
}

// Near misses

async function safeLogin(req, res) {
  const user = await db.users.findOne({ email: req.body.email });
  // vetted-ok: js.auth.plaintext-password-comparison
  const ok = user && (await bcrypt.compare(req.body.password, user.passwordHash));
  // vetted-ok: js.auth.plaintext-password-comparison
  if (req.body.password !== req.body.confirmPassword) return res.status(400).end();
  // vetted-ok: js.auth.plaintext-password-comparison
  if (typeof req.body.password !== 'string') return res.status(400).end();
  // vetted-ok: js.auth.plaintext-password-comparison
  if (req.body.password === '') return res.status(400).end();
  // vetted-ok: js.auth.plaintext-password-comparison
  if (user.passwordHash === undefined) return res.status(500).end();
  // vetted-ok: js.auth.plaintext-password-comparison
  if (field.type === 'password') return res.status(400).end();
  // vetted-ok: js.auth.plaintext-password-comparison
  if (req.body.password.length < 12) return res.status(400).end();
  return res.json({ ok });
}

module.exports = { login, adminLogin, checkUser, safeLogin };
