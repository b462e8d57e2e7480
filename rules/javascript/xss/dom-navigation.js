function finishLogin() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  // vetted-expect: js.xss.dom-navigation
  window.location.href = next;
}

function followHash() {
  const target = decodeURIComponent(location.hash.slice(1));
  // vetted-expect: js.xss.dom-navigation
  location.assign(target);
}

window.addEventListener('message', (event) => {
  const { url } = event.data;
  // vetted-expect: js.xss.dom-navigation
  window.location = url;
});

function openShared() {
  const shared = new URL(document.URL).searchParams.get('share');
  // vetted-expect: js.xss.dom-navigation
  window.open(shared, '_blank');
}

function back() {
  // vetted-expect: js.xss.dom-navigation
  location.replace(document.referrer);
}

// Near misses

function safeLogin() {
  const next = new URLSearchParams(window.location.search).get('next') || '';
  // vetted-ok: js.xss.dom-navigation
  window.location.href = `/account/${encodeURIComponent(next)}`;
  // vetted-ok: js.xss.dom-navigation
  window.location.href = '/dashboard';
  // vetted-ok: js.xss.dom-navigation
  location.assign('/login?next=' + encodeURIComponent(next));
  // vetted-ok: js.xss.dom-navigation
  window.open('https://docs.example.com/help', '_blank');
}

function reload(config) {
  // vetted-ok: js.xss.dom-navigation
  window.location.href = config.logoutUrl;
  // vetted-ok: js.xss.dom-navigation
  location.href = location.pathname;
  // vetted-ok: js.xss.dom-navigation
  window.location.href = window.location.href;
  // vetted-ok: js.xss.dom-navigation
  window.location.href = window.location.href.split('#')[0];
}

function fromQueryString() {
  const redirect = window.location.href.split('redirect=')[1];
  // vetted-expect: js.xss.dom-navigation
  window.location.href = decodeURIComponent(redirect);
}

// Known gaps: an origin comparison after parsing against this origin is a sound check, not yet recognised.
function nextSameOrigin() {
  const next = new URL(new URLSearchParams(window.location.search).get('next') || '/', window.location.origin);
  if (next.origin !== window.location.origin) return;
  // vetted-todo-ok: js.xss.dom-navigation: a comparison of the parsed URL's origin with this origin is not recognised as a guard
  window.location.href = next.pathname + next.search;
}

function nextSameOriginOrHome() {
  const next = new URL(new URLSearchParams(window.location.search).get('next') || '/', window.location.origin);
  // vetted-todo-ok: js.xss.dom-navigation: the same origin check in a conditional expression is not recognised either
  window.location.href = next.origin === window.location.origin ? next.pathname + next.search : '/';
}
