const crypto = require('crypto');
const CryptoJS = require('crypto-js');

const key = crypto.scryptSync(process.env.APP_SECRET, 'salt', 32);

function encrypt(text) {
  // vetted-expect: js.crypto.static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

// vetted-expect: js.crypto.static-iv
const c1 = crypto.createCipheriv('aes-128-cbc', key16, '1234567890123456');

// vetted-expect: js.crypto.static-iv
const c2 = crypto.createCipheriv('aes-256-gcm', key, Buffer.from('000000000000000000000000', 'hex'));

const FIXED_NONCE = 'abcdefghijkl';
// vetted-expect: js.crypto.static-iv
const c3 = crypto.createCipheriv('aes-256-gcm', key, FIXED_NONCE);

// vetted-expect: js.crypto.static-iv
const ENCRYPTION_IV = Buffer.from('a1b2c3d4e5f6a7b8a1b2c3d4e5f6a7b8', 'hex');

// vetted-expect: js.crypto.static-iv
const initVector = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

async function sealWeb(data, cryptoKey) {
  return crypto.subtle.encrypt(
    // vetted-expect: js.crypto.static-iv
    { name: 'AES-GCM', iv: new Uint8Array(12) },
    cryptoKey,
    data,
  );
}

const sealed = CryptoJS.AES.encrypt(message, cjsKey, {
  // vetted-expect: js.crypto.static-iv
  iv: CryptoJS.enc.Utf8.parse('1234567890123456'),
  mode: CryptoJS.mode.CBC,
});

function encryptRandom(text) {
  const iv = crypto.randomBytes(16);
  // vetted-ok: js.crypto.static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final()]);
}

function decrypt(payload) {
  // vetted-ok: js.crypto.static-iv
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, Buffer.from(payload.iv, 'hex'));
  return decipher.update(payload.data);
}

// vetted-ok: js.crypto.static-iv
const ecb = crypto.createCipheriv('aes-256-ecb', key, Buffer.alloc(0));
// vetted-ok: js.crypto.static-iv
const webIv = crypto.getRandomValues(new Uint8Array(12));
// vetted-ok: js.crypto.static-iv
const webOk = crypto.subtle.encrypt({ name: 'AES-GCM', iv: webIv }, cryptoKey, data);
// vetted-ok: js.crypto.static-iv
const ivBuf = Buffer.alloc(16);
// vetted-ok: js.crypto.static-iv
const header = Buffer.from('v1:');
// vetted-ok: js.crypto.static-iv
const DIV = Buffer.from('<div>');
// vetted-ok: js.crypto.static-iv
const sessionIv = Buffer.from(stored.iv, 'base64');
// vetted-ok: js.crypto.static-iv
// crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0))
// vetted-ok: js.crypto.static-iv
const fromHex = (ivHex) => crypto.createCipheriv('aes-256-cbc', key, Buffer.from(ivHex, 'hex'));
// vetted-ok: js.crypto.static-iv
const encryptedText = "createCipheriv('aes-256-cbc', key, '1234567890123456')";
