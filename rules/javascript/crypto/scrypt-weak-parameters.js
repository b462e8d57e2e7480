const crypto = require('crypto');
const { promisify } = require('util');
const scryptAsync = promisify(crypto.scrypt);
const { scrypt } = require('scrypt-js');
const noble = require('@noble/hashes/scrypt');

export async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  // vetted-expect: js.crypto.scrypt-weak-parameters
  const key = await scryptAsync(password, salt, 64, { N: 1024, r: 8, p: 1 });
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export function hashSync(password, salt) {
  // vetted-expect: js.crypto.scrypt-weak-parameters
  return crypto.scryptSync(password, salt, 32, { cost: 2 ** 12 }).toString('base64');
}

crypto.scrypt(password, salt, 64, {
  N: 16384,
  // vetted-expect: js.crypto.scrypt-weak-parameters
  r: 1,
  p: 1,
}, (err, derived) => done(err, derived));

export async function deriveInBrowser(pw, salt) {
  // vetted-expect: js.crypto.scrypt-weak-parameters
  return scrypt(pw, salt, 1 << 10, 8, 1, 32);
}

// vetted-expect: js.crypto.scrypt-weak-parameters
const nobleKey = noble.scrypt(password, salt, { N: Math.pow(2, 12), r: 8, p: 1, dkLen: 32 });

// Near misses

// vetted-ok: js.crypto.scrypt-weak-parameters
const strong = crypto.scryptSync(password, salt, 64, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
// vetted-ok: js.crypto.scrypt-weak-parameters
const nodeDefault = crypto.scryptSync(password, salt, 64);
// vetted-ok: js.crypto.scrypt-weak-parameters
const explicitDefault = crypto.scryptSync(password, salt, 64, { N: 16384 });
// vetted-ok: js.crypto.scrypt-weak-parameters
const fromConfig = crypto.scryptSync(password, salt, 64, { N: config.scryptCost });
// vetted-ok: js.crypto.scrypt-weak-parameters
const jsStrong = scrypt(pw, salt, 131072, 8, 1, 32);
// vetted-ok: js.crypto.scrypt-weak-parameters
const nobleStrong = noble.scrypt(password, salt, { N: 2 ** 17, r: 8, p: 1, dkLen: 32 });
// vetted-ok: js.crypto.scrypt-weak-parameters
const cache = lru({ N: 1000, ttl: 60 });
// vetted-ok: js.crypto.scrypt-weak-parameters
// crypto.scryptSync(password, salt, 64, { N: 1024 })
const finished = true;
