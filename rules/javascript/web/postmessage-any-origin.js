// OAuth callback page opened as a pop-up
async function completeOAuth() {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  // vetted-expect: js.web.postmessage-any-origin
  window.opener.postMessage({ type: 'oauth-callback', code }, '*');
  const { access_token: accessToken } = await exchange(code);
  // vetted-expect: js.web.postmessage-any-origin
  window.opener.postMessage({ type: 'auth', accessToken }, '*');
  window.close();
}

function reportUser(user) {
  // vetted-expect: js.web.postmessage-any-origin
  window.parent.postMessage(JSON.stringify({ event: 'login', user }), "*");
}

function shareSession() {
  // vetted-expect: js.web.postmessage-any-origin
  iframe.contentWindow.postMessage({ session: localStorage.getItem('session') }, '*');
}

// Near misses

function resize() {
  // vetted-ok: js.web.postmessage-any-origin
  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');
  // vetted-ok: js.web.postmessage-any-origin
  window.parent.postMessage('widget-ready', '*');
  // vetted-ok: js.web.postmessage-any-origin
  window.parent.postMessage({ type: 'auth-required' }, '*');
  // vetted-ok: js.web.postmessage-any-origin
  window.parent.postMessage({ type: 'error', code: err.code }, '*');
}
function sendToken(token) {
  // vetted-ok: js.web.postmessage-any-origin
  window.opener.postMessage({ type: 'auth', token }, 'https://app.example.com');
  // vetted-ok: js.web.postmessage-any-origin
  window.opener.postMessage({ type: 'auth', token }, window.location.origin);
  // vetted-ok: js.web.postmessage-any-origin
  worker.postMessage({ token });
}
// vetted-ok: js.web.postmessage-any-origin
// window.opener.postMessage({ token }, '*');

// vetted-todo-expect: js.web.postmessage-any-origin: a message in a variable with a neutral name is not looked into
window.opener.postMessage(payload, '*');
