const crypto = require('crypto');
const { constants, privateDecrypt } = require('crypto');
const NodeRSA = require('node-rsa');
const forge = require('node-forge');

export function sealForPartner(publicKeyPem, payload) {
  return crypto
    .publicEncrypt(
      // vetted-expect: js.crypto.rsa-pkcs1-padding
      { key: publicKeyPem, padding: crypto.constants.RSA_PKCS1_PADDING },
      Buffer.from(JSON.stringify(payload)),
    )
    .toString('base64');
}

export function openFromClient(privateKeyPem, b64) {
  // vetted-expect: js.crypto.rsa-pkcs1-padding
  return privateDecrypt({ key: privateKeyPem, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(b64, 'base64')).toString();
}

// vetted-expect: js.crypto.rsa-pkcs1-padding
const legacyKey = new NodeRSA(process.env.RSA_PRIVATE_KEY, 'pkcs8-private', { encryptionScheme: 'pkcs1' });

const key = new NodeRSA({ b: 2048 });
// vetted-expect: js.crypto.rsa-pkcs1-padding
key.setOptions({ encryptionScheme: 'pkcs1', environment: 'node' });

export function forgeEncrypt(pem, text) {
  const publicKey = forge.pki.publicKeyFromPem(pem);
  // vetted-expect: js.crypto.rsa-pkcs1-padding
  return forge.util.encode64(publicKey.encrypt(forge.util.encodeUtf8(text), 'RSAES-PKCS1-V1_5'));
}

// vetted-todo-expect: js.crypto.rsa-pkcs1-padding: node-forge's encrypt() without a scheme uses PKCS#1 v1.5, but .encrypt(x) is too common a name to report alone
const implicit = forge.pki.publicKeyFromPem(pem).encrypt(bytes);

// Near misses

// vetted-ok: js.crypto.rsa-pkcs1-padding
const oaep = crypto.publicEncrypt({ key: publicKeyPem, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, data);
// vetted-ok: js.crypto.rsa-pkcs1-padding
const defaults = crypto.publicEncrypt(publicKeyPem, data);
// vetted-ok: js.crypto.rsa-pkcs1-padding
const signed = crypto.privateEncrypt({ key: privateKeyPem, padding: crypto.constants.RSA_PKCS1_PADDING }, digest);
// vetted-ok: js.crypto.rsa-pkcs1-padding
const verified = crypto.publicDecrypt({ key: publicKeyPem, padding: crypto.constants.RSA_PKCS1_PADDING }, signature);
// vetted-ok: js.crypto.rsa-pkcs1-padding
const modern = new NodeRSA(pem, 'pkcs8-private', { encryptionScheme: 'pkcs1_oaep', signingScheme: 'pkcs1-sha256' });
// vetted-ok: js.crypto.rsa-pkcs1-padding
const signer = new NodeRSA(pem, 'pkcs8-private', { signingScheme: 'pkcs1' });
// vetted-ok: js.crypto.rsa-pkcs1-padding
const forgeOaep = publicKey.encrypt(bytes, 'RSA-OAEP', { md: forge.md.sha256.create() });
// vetted-ok: js.crypto.rsa-pkcs1-padding
// crypto.publicEncrypt({ key, padding: crypto.constants.RSA_PKCS1_PADDING }, data)
const done = true;
