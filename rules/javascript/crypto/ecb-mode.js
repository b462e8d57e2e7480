const crypto = require('crypto');
const forge = require('node-forge');
const CryptoJS = require('crypto-js');

function encrypt(text, key) {
  // vetted-expect: js.crypto.ecb-mode
  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

// vetted-expect: js.crypto.ecb-mode
const c128 = crypto.createCipheriv("AES-128-ECB", key16, Buffer.alloc(0));
// vetted-expect: js.crypto.ecb-mode
const fc = forge.cipher.createCipher('AES-ECB', forgeKey);
const encrypted = CryptoJS.AES.encrypt(message, key, {
  // vetted-expect: js.crypto.ecb-mode
  mode: CryptoJS.mode.ECB,
  padding: CryptoJS.pad.Pkcs7,
});

// vetted-ok: js.crypto.ecb-mode
const gcm = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
// vetted-ok: js.crypto.ecb-mode
const cbc = forge.cipher.createCipher('AES-CBC', forgeKey);
// vetted-ok: js.crypto.ecb-mode
const opts = { mode: CryptoJS.mode.CBC, iv };
// vetted-ok: js.crypto.ecb-mode
const decipher = crypto.createDecipheriv('aes-256-ecb', key, null);
// vetted-ok: js.crypto.ecb-mode
// crypto.createCipheriv('aes-256-ecb', key, null)
// vetted-ok: js.crypto.ecb-mode
const label = "aes-256-ecb is not allowed here";
// vetted-ok: js.crypto.ecb-mode
const viewMode = { mode: Layout.mode.ECB_VIEW };
// vetted-ok: js.crypto.ecb-mode
const legacyDes = crypto.createCipheriv('des-ecb', key8, null);
