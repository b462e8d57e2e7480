const crypto = require('crypto');

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function generatePassword(length = 12) {
  let password = '';
  for (let i = 0; i < length; i++) {
    // vetted-expect: js.crypto.insecure-random
    password += CHARS.charAt(Math.floor(Math.random() * CHARS.length));
  }
  return password;
}

async function requestPasswordReset(user) {
  // vetted-expect: js.crypto.insecure-random
  const resetToken = crypto.randomUUID();
  // vetted-expect: js.crypto.insecure-random
  const otp = Math.floor(100000 + Math.random() * 900000);
  await db.users.update(user.id, { resetToken, otp });
}

// vetted-expect: js.crypto.insecure-random
const makeSalt = () => Math.random().toString(36).slice(2, 10);

// vetted-expect: js.crypto.insecure-random
const apiKey = 'sk_' + crypto.randomUUID();

// vetted-expect: js.crypto.insecure-random
const sessionId = Math.random().toString(36).substring(2, 15) + Math.random().toString(36).substring(2, 15);

class InviteService {
  createInviteCode() {
    // vetted-expect: js.crypto.insecure-random
    return Array.from({ length: 8 }, () => CHARS[Math.floor(Math.random() * CHARS.length)]).join('');
  }
}

// vetted-expect: js.crypto.insecure-random
user.verificationCode = String(Math.random()).slice(2, 8);

// vetted-expect: js.crypto.insecure-random
const session = { token: crypto.randomUUID() };

// vetted-ok: js.crypto.insecure-random
const resetTokenSafe = crypto.randomBytes(32).toString('base64url');
// vetted-ok: js.crypto.insecure-random
const otpSafe = crypto.randomInt(100000, 1000000);
// vetted-ok: js.crypto.insecure-random
const id = Math.random().toString(36).slice(2);
// vetted-ok: js.crypto.insecure-random
const delay = 1000 + Math.random() * 500;
// vetted-ok: js.crypto.insecure-random
const shuffled = items.sort(() => Math.random() - 0.5);
// vetted-ok: js.crypto.insecure-random
const refreshToken = async () => { await sleep(Math.random() * 100); return api.refresh(); };
// vetted-ok: js.crypto.insecure-random
function refreshSession() { return setTimeout(retry, Math.random() * 1000); }
// vetted-ok: js.crypto.insecure-random
const tokenColor = colors[Math.floor(Math.random() * colors.length)];
// vetted-ok: js.crypto.insecure-random
// const token = Math.random().toString(36).slice(2);
// vetted-ok: js.crypto.insecure-random
const token = "Math.random().toString(36).slice(2)";
// vetted-ok: js.crypto.insecure-random
const sessionToken = crypto.randomUUID();

// The use decides: a value from Math.random() under a neutral name that becomes a secret.
export async function startLogin(user) {
  const n = Math.floor(100000 + Math.random() * 900000);
  // vetted-expect: js.crypto.insecure-random
  await db.loginCodes.insert({ userId: user.id, code: n, expiresAt: Date.now() + 600000 });
  // vetted-expect: js.crypto.insecure-random
  await sendSms(user.phone, `Your login code is ${n}`);
}

export function createInvite(req, res) {
  const value = Math.random().toString(36).slice(2, 10);
  // vetted-expect: js.crypto.insecure-random
  invite.accessToken = value;
  // vetted-expect: js.crypto.insecure-random
  res.json({ inviteId: invite.id, otp: value });
}

export function issuePin(account) {
  const digits = String(Math.random()).slice(2, 8);
  account.pin = hash(digits);
  // vetted-expect: js.crypto.insecure-random
  return { pin: digits };
}

// vetted-ok: js.crypto.insecure-random
export function jitter(res) { const wait = Math.random() * 1000; res.json({ retryAfter: wait, code: 'RATE_LIMITED' }); }
// vetted-ok: js.crypto.insecure-random
export function pickColor(res) { const idx = Math.floor(Math.random() * COLORS.length); res.json({ color: COLORS[idx], id: idx }); }
export function safeCode(user) {
  const n = crypto.randomInt(100000, 1000000);
  // vetted-ok: js.crypto.insecure-random
  return db.loginCodes.insert({ userId: user.id, code: n });
}
export async function once(user) {
  // vetted-expect: js.crypto.insecure-random
  const resetCode = Math.floor(Math.random() * 1e6);
  // vetted-ok: js.crypto.insecure-random: reported once, where the value is made (resetCode above)
  await db.users.update(user.id, { resetCode });
}
