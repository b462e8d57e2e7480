const crypto = require('crypto');

const ALGORITHM = 'aes-256-gcm';
const KEY = Buffer.from(process.env.DATA_KEY, 'base64');

export function decryptField(payload) {
  const data = Buffer.from(payload, 'base64');
  const iv = data.subarray(0, 12);
  // vetted-expect: js.crypto.gcm-missing-auth-tag
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, iv);
  return decipher.update(data.subarray(28), undefined, 'utf8');
}

export const decryptToken = (token) => {
  const [ivHex, body] = token.split(':');
  // vetted-expect: js.crypto.gcm-missing-auth-tag
  const decipher = crypto.createDecipheriv('aes-128-gcm', KEY.subarray(0, 16), Buffer.from(ivHex, 'hex'));
  let out = decipher.update(body, 'hex', 'utf8');
  try {
    out += decipher.final('utf8');
  } catch {
    // ignore: tag not available for old tokens
  }
  return out;
};

class Vault {
  open(box) {
    // vetted-expect: js.crypto.gcm-missing-auth-tag
    const d = crypto.createDecipheriv('chacha20-poly1305', this.key, box.nonce, { authTagLength: 16 });
    return Buffer.concat([d.update(box.ciphertext)]);
  }
}

// Near misses

export function decryptChecked(payload) {
  const data = Buffer.from(payload, 'base64');
  // vetted-ok: js.crypto.gcm-missing-auth-tag
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(12, 28));
  return decipher.update(data.subarray(28), undefined, 'utf8') + decipher.final('utf8');
}

export function decryptChained(iv, tag, body) {
  // vetted-ok: js.crypto.gcm-missing-auth-tag
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv).setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

export function decryptCbc(iv, body) {
  // vetted-ok: js.crypto.gcm-missing-auth-tag
  const decipher = crypto.createDecipheriv('aes-256-cbc', KEY, iv);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

export function encrypt(text) {
  const iv = crypto.randomBytes(12);
  // vetted-ok: js.crypto.gcm-missing-auth-tag
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decryptWith(mode, iv, body) {
  // vetted-ok: js.crypto.gcm-missing-auth-tag
  const decipher = crypto.createDecipheriv(mode, KEY, iv);
  return decipher.update(body);
}
