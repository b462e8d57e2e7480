const https = require('https');
const tls = require('tls');
const axios = require('axios');

// The partner's old gateway fails the handshake otherwise
const legacyAgent = new https.Agent({
  keepAlive: true,
  // vetted-expect: js.tls.weak-protocol-version
  minVersion: 'TLSv1',
});

function connectLegacy(host) {
  return tls.connect({
    host,
    port: 443,
    // vetted-expect: js.tls.weak-protocol-version
    secureProtocol: 'TLSv1_method',
  });
}

const server = https.createServer({
  key: process.env.TLS_KEY,
  cert: process.env.TLS_CERT,
  // vetted-expect: js.tls.weak-protocol-version
  'minVersion': 'TLSv1.1',
  // vetted-expect: js.tls.weak-protocol-version
  maxVersion: 'TLSv1.1',
});

// vetted-expect: js.tls.weak-protocol-version
tls.DEFAULT_MIN_VERSION = 'TLSv1';

const client = axios.create({
  // vetted-expect: js.tls.weak-protocol-version
  httpsAgent: new https.Agent({ secureProtocol: 'SSLv3_method' }),
});

// Near misses

const modernAgent = new https.Agent({
  // vetted-ok: js.tls.weak-protocol-version
  minVersion: 'TLSv1.2',
  // vetted-ok: js.tls.weak-protocol-version
  maxVersion: 'TLSv1.3',
});

// vetted-ok: js.tls.weak-protocol-version
const negotiated = tls.connect({ host: 'example.com', port: 443, secureProtocol: 'TLS_method' });
// vetted-ok: js.tls.weak-protocol-version
tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
// vetted-ok: js.tls.weak-protocol-version
const note = "minVersion: 'TLSv1' is not allowed";
// vetted-ok: js.tls.weak-protocol-version
const versions = { oldest: 'TLSv1', newest: 'TLSv1.3' };

module.exports = { legacyAgent, connectLegacy, server, client, modernAgent, negotiated, note, versions };
