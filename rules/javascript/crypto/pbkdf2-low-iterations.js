const crypto = require('crypto');
const { pbkdf2 } = require('node:crypto');
const CryptoJS = require('crypto-js');

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  // vetted-expect: js.crypto.pbkdf2-low-iterations
  const hash = crypto.pbkdf2Sync(password, salt, 1000, 64, 'sha512').toString('hex');
  return `${salt}:${hash}`;
}

// vetted-expect: js.crypto.pbkdf2-low-iterations
pbkdf2(password, salt, 10_000, 32, 'sha256', (err, key) => {});

async function deriveWebKey(material, salt) {
  return crypto.subtle.deriveKey(
    // vetted-expect: js.crypto.pbkdf2-low-iterations
    { name: 'PBKDF2', salt, iterations: 50000, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
}

// vetted-expect: js.crypto.pbkdf2-low-iterations
const cjsKey = CryptoJS.PBKDF2(password, salt, { keySize: 256 / 32, iterations: 1e4 });

// vetted-ok: js.crypto.pbkdf2-low-iterations
const strong = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
// vetted-ok: js.crypto.pbkdf2-low-iterations
const strongSep = crypto.pbkdf2Sync(password, salt, 600_000, 32, 'sha256');
// vetted-ok: js.crypto.pbkdf2-low-iterations
const configured = crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256');
// vetted-ok: js.crypto.pbkdf2-low-iterations
const webOk = { name: 'PBKDF2', salt, iterations: 310000, hash: 'SHA-256' };
// vetted-ok: js.crypto.pbkdf2-low-iterations
const retry = { name: 'fetch', iterations: 3 };
// vetted-ok: js.crypto.pbkdf2-low-iterations
// crypto.pbkdf2Sync(password, salt, 1000, 64, 'sha512')
// vetted-ok: js.crypto.pbkdf2-low-iterations
const doc = "pbkdf2Sync(password, salt, 1000, 64, 'sha512')";
// vetted-ok: js.crypto.pbkdf2-low-iterations
const scrypted = crypto.scryptSync(password, salt, 64, { N: 16384 });
