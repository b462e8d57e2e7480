const superagent = require('superagent');

async function getProfile(token) {
  const res = await superagent
    .get(`${API}/me`)
    .set('Authorization', `Bearer ${token}`)
    // vetted-expect: js.tls.superagent-disable-tls-certs
    .disableTLSCerts();
  return res.body;
}

// vetted-expect: js.tls.superagent-disable-tls-certs
const req = superagent.post(url).send(payload).disableTLSCerts().timeout(5000);

const agent = superagent.agent();
// vetted-expect: js.tls.superagent-disable-tls-certs
agent.disableTLSCerts();

// vetted-ok: js.tls.superagent-disable-tls-certs
const ok = await superagent.get(url).ca(fs.readFileSync('ca.pem'));
// vetted-ok: js.tls.superagent-disable-tls-certs
// superagent.get(url).disableTLSCerts()
// vetted-ok: js.tls.superagent-disable-tls-certs
const doc = 'call .disableTLSCerts() only in tests';
// vetted-ok: js.tls.superagent-disable-tls-certs
const fn = client.disableTLSCerts;
// vetted-ok: js.tls.superagent-disable-tls-certs
superagent.get(url).trustLocalhost();
// vetted-expect: js.tls.superagent-disable-tls-certs
agent?.disableTLSCerts();
