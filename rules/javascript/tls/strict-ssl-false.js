const request = require('request');
const rp = require('request-promise');

// vetted-expect: js.tls.strict-ssl-false
request({ url: apiUrl, strictSSL: false }, (err, res, body) => done(body));

const insecure = request.defaults({
  headers: { 'User-Agent': 'bot' },
  // vetted-expect: js.tls.strict-ssl-false
  strictSSL: false,
});

async function fetchUser(id) {
  // vetted-expect: js.tls.strict-ssl-false
  return rp({ uri: `${base}/users/${id}`, json: true, 'strictSSL': false });
}

// vetted-ok: js.tls.strict-ssl-false
request({ url: apiUrl, strictSSL: true }, callback);
// vetted-ok: js.tls.strict-ssl-false
request({ url: apiUrl, ca: fs.readFileSync('ca.pem') }, callback);
// vetted-ok: js.tls.strict-ssl-false
// request({ url: apiUrl, strictSSL: false })
// vetted-ok: js.tls.strict-ssl-false
const note = 'strictSSL: false is not allowed here';
// vetted-ok: js.tls.strict-ssl-false
const opts = { sslStrict: false };
