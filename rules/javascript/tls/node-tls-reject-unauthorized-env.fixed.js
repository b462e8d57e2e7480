const { spawn } = require('child_process');

// vetted-expect: js.tls.node-tls-reject-unauthorized-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

function allowSelfSigned() {
  // vetted-expect: js.tls.node-tls-reject-unauthorized-env
  process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = '1';
}

const child = spawn('node', ['sync.js'], {
  // vetted-expect: js.tls.node-tls-reject-unauthorized-env
  env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' },
});

// vetted-ok: js.tls.node-tls-reject-unauthorized-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
// vetted-ok: js.tls.node-tls-reject-unauthorized-env
const current = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
// vetted-ok: js.tls.node-tls-reject-unauthorized-env
if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('TLS verification is off');
// vetted-ok: js.tls.node-tls-reject-unauthorized-env
// process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
// vetted-ok: js.tls.node-tls-reject-unauthorized-env
const hint = "never set process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'";
// vetted-ok: js.tls.node-tls-reject-unauthorized-env
process.env.NODE_EXTRA_CA_CERTS = '0';
