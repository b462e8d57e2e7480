const PLUGINS = { chat: 'https://cdn.example.com/chat.js' };
const ALLOWED = new Set(['https://cdn.example.com/a.js']);

function loadPlugin() {
  const url = new URLSearchParams(location.search).get('plugin');
  const script = document.createElement('script');
  // vetted-expect: js.xss.script-src-from-input
  script.src = url;
  document.head.appendChild(script);
}

function loadScript(src) {
  const s = document.createElement('script');
  // vetted-expect: js.xss.script-src-from-input
  s.setAttribute('src', src);
  document.body.appendChild(s);
}
loadScript(window.location.hash.slice(1));

window.addEventListener('message', (event) => {
  if (event.data.type === 'load-widget') {
    // vetted-expect: js.xss.script-src-from-input
    document.head.appendChild(Object.assign(document.createElement('script'), { src: event.data.url }));
  }
});

function debugMode() {
  const params = new URLSearchParams(document.location.search);
  if (params.has('debugScript')) {
    // vetted-expect: js.xss.script-src-from-input
    $.getScript(params.get('debugScript'));
  }
}

function loadFromReferrer() {
  // vetted-expect: js.xss.script-src-from-input
  document.createElement('script').src = document.referrer + 'widget.js';
}

// Near misses
function loadKnownPlugin() {
  const name = new URLSearchParams(location.search).get('plugin');
  const url = PLUGINS[name];
  if (!url) return;
  const script = document.createElement('script');
  // vetted-ok: js.xss.script-src-from-input
  script.src = url;
  document.head.appendChild(script);
}

function loadCdnWidget() {
  const name = new URLSearchParams(location.search).get('widget');
  const script = document.createElement('script');
  // vetted-ok: js.xss.script-src-from-input
  script.src = `https://cdn.example.com/widgets/${encodeURIComponent(name)}.js`;
  // vetted-ok: js.xss.script-src-from-input
  script.src = `/static/widgets/${name}.js`;
}

function loadChecked() {
  const url = new URLSearchParams(location.search).get('lib');
  if (!ALLOWED.has(url)) return;
  const script = document.createElement('script');
  // vetted-ok: js.xss.script-src-from-input
  script.src = url;
}

function showAvatar() {
  const img = document.createElement('img');
  // vetted-ok: js.xss.script-src-from-input
  img.src = new URLSearchParams(location.search).get('avatar');
  const script = document.createElement('script');
  // vetted-ok: js.xss.script-src-from-input
  script.src = 'https://cdn.example.com/analytics.js';
}
