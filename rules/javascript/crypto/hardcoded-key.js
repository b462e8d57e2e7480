const crypto = require('crypto');
const { SignJWT, jwtVerify } = require('jose');

// vetted-expect: js.crypto.hardcoded-key
const ENCRYPTION_KEY = Buffer.from('6f1c2e9a7b3d4c5e8f0a1b2c3d4e5f6071829304a5b6c7d8e9f0a1b2c3d4e5f6', 'hex');
const KEY_HEX = 'b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfef';

function encrypt(text) {
  const iv = crypto.randomBytes(12);
  // vetted-expect: js.crypto.hardcoded-key
  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(KEY_HEX, 'hex'), iv);
  return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

function decrypt(payload) {
  const data = Buffer.from(payload, 'base64');
  // vetted-expect: js.crypto.hardcoded-key
  const decipher = crypto.createDecipheriv('aes-256-cbc', 'my-32-character-ultra-secure-key', data.subarray(0, 16));
  return decipher.update(data.subarray(16), undefined, 'utf8') + decipher.final('utf8');
}

export function signWebhook(body) {
  // vetted-expect: js.crypto.hardcoded-key
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET || 'whsec_dev_8f3a1c').update(body).digest('hex');
}

// vetted-expect: js.crypto.hardcoded-key
const derived = crypto.createCipheriv('aes-256-cbc', crypto.scryptSync('correct horse battery', 'salt', 32), Buffer.alloc(16, 1));

// vetted-expect: js.crypto.hardcoded-key
const secretKey = crypto.createSecretKey(Buffer.from('super-secret-signing-key-123456'));

export async function issueToken(userId) {
  return new SignJWT({ sub: userId })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('2h')
    // vetted-expect: js.crypto.hardcoded-key
    .sign(new TextEncoder().encode('jose-hs256-secret-value-0123456789'));
}

const JWT_KEY = 'a-very-long-jwt-signing-secret-0123456789';
export async function verifyToken(token) {
  // vetted-expect: js.crypto.hardcoded-key
  const { payload } = await jwtVerify(token, new TextEncoder().encode(JWT_KEY));
  return payload;
}

// vetted-todo-expect: js.crypto.hardcoded-key: a key built from a literal under a neutral name is not followed to the call
const k = Buffer.from('0123456789abcdef0123456789abcdef'); const c2 = crypto.createCipheriv('aes-256-cbc', k, iv0);

// Near misses

// vetted-ok: js.crypto.hardcoded-key
const envKey = Buffer.from(process.env.DATA_KEY, 'base64');
// vetted-ok: js.crypto.hardcoded-key
const c3 = crypto.createCipheriv('aes-256-gcm', envKey, crypto.randomBytes(12));
// vetted-ok: js.crypto.hardcoded-key
const c4 = crypto.createCipheriv('aes-256-gcm', config.encryptionKey, iv0);
// vetted-ok: js.crypto.hardcoded-key
const mac = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
// vetted-ok: js.crypto.hardcoded-key
const userKey = crypto.scryptSync(password, salt, 32);
// vetted-ok: js.crypto.hardcoded-key
const sessionKey = crypto.randomBytes(32);
// vetted-ok: js.crypto.hardcoded-key
const hash = crypto.createHash('sha256').update('constant input').digest('hex');
// vetted-ok: js.crypto.hardcoded-key
const cacheKey = Buffer.from('users:list');
// vetted-ok: js.crypto.hardcoded-key
const signature = crypto.createSign('sha256').update(data).sign(privateKeyPem, 'base64');
// vetted-ok: js.crypto.hardcoded-key
const jwtKey = new TextEncoder().encode(process.env.JWT_SECRET);
// vetted-ok: js.crypto.hardcoded-key
const token = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).sign(jwtKey);
// vetted-ok: js.crypto.hardcoded-key
const signed = jwt.sign({ sub: 'u1' }, process.env.JWT_SECRET);
// vetted-ok: js.crypto.hardcoded-key
// crypto.createCipheriv('aes-256-cbc', 'my-32-character-ultra-secure-key', iv)
const done = true;
