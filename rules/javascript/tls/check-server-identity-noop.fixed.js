const tls = require('tls');
const https = require('https');

const socket = tls.connect({
  host: '10.0.0.5',
  port: 8443,
  // vetted-expect: js.tls.check-server-identity-noop
  
});

const agent = new https.Agent({
  // vetted-expect: js.tls.check-server-identity-noop
  
});

const options = {
  // vetted-expect: js.tls.check-server-identity-noop
  
};

const other = {
  // vetted-expect: js.tls.check-server-identity-noop
  
};

const pinned = {
  // vetted-ok: js.tls.check-server-identity-noop
  checkServerIdentity: (host, cert) => {
    const err = tls.checkServerIdentity(host, cert);
    if (err) return err;
    if (cert.fingerprint256 !== PINNED) return new Error('certificate not pinned');
  },
};

// vetted-ok: js.tls.check-server-identity-noop
const strict = { checkServerIdentity: tls.checkServerIdentity };
// vetted-ok: js.tls.check-server-identity-noop
const wrapped = { checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) };
// vetted-ok: js.tls.check-server-identity-noop
// checkServerIdentity: () => undefined,
// vetted-ok: js.tls.check-server-identity-noop
const text = 'checkServerIdentity: () => undefined';
// vetted-ok: js.tls.check-server-identity-noop
const handlers = { onClose: () => undefined };

// vetted-expect: js.tls.check-server-identity-noop
const inline = https.request({ hostname: '10.1.2.3',  path: '/' });
// vetted-expect: js.tls.check-server-identity-noop
const last = tls.connect({ host: ip, port: 993  });
// vetted-expect: js.tls.check-server-identity-noop
const only = new https.Agent({  });

class LaxAgent extends https.Agent {
  // vetted-expect: js.tls.check-server-identity-noop
  checkServerIdentity() {}
}
