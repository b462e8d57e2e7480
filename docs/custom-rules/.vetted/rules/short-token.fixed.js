const { makeToken, makeRequestId } = require('./tokens');

// vetted-expect: acme.auth.short-token
const resetToken = makeToken({ bits: 128 });
// vetted-expect: acme.auth.short-token
const inviteCode = makeToken({ alphabet: 'base32', bits: 128 });
// vetted-ok: acme.auth.short-token
const sessionId = makeToken({ bits: 256 });
// vetted-ok: acme.auth.short-token
const requestId = makeRequestId({ bits: 64 });

const PIN_OPTIONS = { bits: 20 };
// vetted-todo-expect: acme.auth.short-token: options held in a variable are not read
const pin = makeToken(PIN_OPTIONS);

module.exports = { resetToken, inviteCode, sessionId, requestId, pin };
