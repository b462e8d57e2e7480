const crypto = require('crypto');
const { createCipher } = require('crypto');
const forge = require('node-forge');

function encrypt(text, password) {
  // vetted-expect: js.crypto.create-cipher-no-iv
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decrypt(hex, password) {
  // vetted-expect: js.crypto.create-cipher-no-iv
  const decipher = crypto.createDecipher('aes-256-cbc', password);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}

// vetted-expect: js.crypto.create-cipher-no-iv
const c = createCipher("aes192", process.env.SECRET);
// vetted-expect: js.crypto.create-cipher-no-iv
const inline = require('crypto').createCipher('aes-128-cbc', 'k');

// vetted-ok: js.crypto.create-cipher-no-iv
const modern = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
// vetted-ok: js.crypto.create-cipher-no-iv
const forgeCipher = forge.cipher.createCipher('AES-GCM', forgeKey);
// vetted-ok: js.crypto.create-cipher-no-iv
const factory = this.createCipher(options);
// vetted-ok: js.crypto.create-cipher-no-iv
// crypto.createCipher('aes-256-cbc', password)
// vetted-ok: js.crypto.create-cipher-no-iv
const msg = "crypto.createCipher('aes-256-cbc', password) was removed in Node 22";
// vetted-ok: js.crypto.create-cipher-no-iv
const name = crypto.createCipher;
