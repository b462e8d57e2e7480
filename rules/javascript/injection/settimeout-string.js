const POLL = 'poll()';

function notify(msg) {
  // vetted-expect: js.injection.settimeout-string
  setTimeout("showMessage('" + msg + "')", 500);
}

function startPolling(userId) {
  // vetted-expect: js.injection.settimeout-string
  return setInterval(`poll(${userId})`, 5000);
}

function later(params) {
  // vetted-expect: js.injection.settimeout-string
  window.setTimeout('load(' + params.page + ')', 100);
}

function safeExamples(msg, userId, callback) {
  // vetted-ok: js.injection.settimeout-string
  setTimeout(() => showMessage(msg), 500);
  // vetted-ok: js.injection.settimeout-string
  setInterval(poll, 5000, userId);
  // vetted-ok: js.injection.settimeout-string
  setTimeout(callback, 10);
  // vetted-ok: js.injection.settimeout-string
  setTimeout('refresh()', 1000);
  // vetted-ok: js.injection.settimeout-string
  setInterval(POLL + '', 1000);
  // vetted-ok: js.injection.settimeout-string
  setTimeout(callback || noop, 0);
  // vetted-ok: js.injection.settimeout-string
  const tip = "setTimeout('go(' + x + ')', 1) is a bad idea";
  // vetted-ok: js.injection.settimeout-string
  // setTimeout("showMessage('" + msg + "')", 500);
  // vetted-ok: js.injection.settimeout-string
  setTimeout(`${msg}` ? done : noop, 0);
}

// Browser code: strings from the URL or another window reaching a timer.
function scheduleFromHash() {
  const action = decodeURIComponent(window.location.hash.substring(1));
  // vetted-expect: js.injection.settimeout-string
  setTimeout(action, 100);
}

window.addEventListener('message', (e) => {
  const data = e.data;
  // vetted-expect: js.injection.settimeout-string
  window.setInterval(data, 1000);
});

function startFromQuery() {
  const params = new URLSearchParams(location.search);
  const delay = Number(params.get('delay'));
  const task = params.get('task');
  // vetted-ok: js.injection.settimeout-string
  setTimeout(refresh, delay);
  // vetted-ok: js.injection.settimeout-string
  setTimeout(TASKS[task] || noop, 100);
}
