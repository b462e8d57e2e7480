const crypto = require('crypto');
const { createCipheriv, createDecipheriv } = require('node:crypto');
const CryptoJS = require('crypto-js');

function encryptLegacy(text, key, iv) {
  // vetted-expect: js.crypto.weak-cipher
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

// vetted-expect: js.crypto.weak-cipher
const rc4 = createCipheriv("rc4", key, null);
// vetted-expect: js.crypto.weak-cipher
const bf = crypto.createCipheriv('BF-CBC', key, iv8);
// vetted-expect: js.crypto.weak-cipher
const des = crypto.createCipheriv('des-ecb', key8, null);
// vetted-expect: js.crypto.weak-cipher
const token = CryptoJS.TripleDES.encrypt(message, passphrase).toString();

// vetted-ok: js.crypto.weak-cipher
const gcm = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
// vetted-ok: js.crypto.weak-cipher
const chacha = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
// vetted-ok: js.crypto.weak-cipher
const legacyRead = createDecipheriv('des-ede3-cbc', key, iv);
// vetted-ok: js.crypto.weak-cipher
const aes = CryptoJS.AES.encrypt(message, passphrase);
// vetted-ok: js.crypto.weak-cipher
const legacyPlain = CryptoJS.TripleDES.decrypt(blob, passphrase);
// vetted-ok: js.crypto.weak-cipher
// crypto.createCipheriv('des-ede3-cbc', key, iv)
// vetted-ok: js.crypto.weak-cipher
const doc = "createCipheriv('rc4', key, null) is what the old module did";
// vetted-ok: js.crypto.weak-cipher
const fromConfig = crypto.createCipheriv(config.algorithm, key, iv);
// vetted-ok: js.crypto.weak-cipher
const desirable = crypto.createCipheriv('aes-128-cbc', key, iv);
