const crypto = require('crypto');
const forge = require('node-forge');
const NodeRSA = require('node-rsa');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
  // vetted-expect: js.crypto.weak-rsa-key
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

// vetted-expect: js.crypto.weak-rsa-key
crypto.generateKeyPair('rsa-pss', { modulusLength: 2048 }, (err, pub, priv) => {});

async function webKeys() {
  return crypto.subtle.generateKey(
    // vetted-expect: js.crypto.weak-rsa-key
    { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt'],
  );
}

// vetted-expect: js.crypto.weak-rsa-key
const forgePair = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
// vetted-expect: js.crypto.weak-rsa-key
const forgeQuick = forge.pki.rsa.generateKeyPair(2048, 65537);
// vetted-expect: js.crypto.weak-rsa-key
const nodeRsa = new NodeRSA({ b: 2048 });

// vetted-ok: js.crypto.weak-rsa-key
const strong = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
// vetted-ok: js.crypto.weak-rsa-key
const stronger = crypto.generateKeyPairSync('rsa', { modulusLength: 4096 });
// vetted-ok: js.crypto.weak-rsa-key
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
// vetted-ok: js.crypto.weak-rsa-key
const configured = crypto.generateKeyPairSync('rsa', { modulusLength: config.keyBits });
// vetted-ok: js.crypto.weak-rsa-key
const aesKey = crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
// vetted-ok: js.crypto.weak-rsa-key
// crypto.generateKeyPairSync('rsa', { modulusLength: 1024 })
// vetted-ok: js.crypto.weak-rsa-key
const doc = "generateKeyPairSync('rsa', { modulusLength: 1024 })";
// vetted-ok: js.crypto.weak-rsa-key
const big = new NodeRSA({ b: 2048 });
// vetted-ok: js.crypto.weak-rsa-key
const layout = { modulusLength: 1024 };
// vetted-expect: js.crypto.weak-rsa-key
const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
// vetted-ok: js.crypto.weak-rsa-key
const dh = crypto.generateKeyPairSync('dh', { primeLength: 2048 });
