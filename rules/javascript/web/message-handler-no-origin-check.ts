// vetted-expect: js.web.message-handler-no-origin-check
window.addEventListener('message', (event) => {
  if (event.data.type === 'set-token') {
    localStorage.setItem('session', event.data.token);
  }
});

// vetted-expect: js.web.message-handler-no-origin-check
window.addEventListener('message', ({ data }: MessageEvent) => {
  document.getElementById('preview')!.innerHTML = data.html;
});

// vetted-expect: js.web.message-handler-no-origin-check
window.onmessage = function (e) {
  const msg = JSON.parse(e.data);
  if (msg.action === 'navigate') window.location.href = msg.url;
};

export function useParentMessages(onConfig: (c: unknown) => void) {
  useEffect(() => {
    // vetted-expect: js.web.message-handler-no-origin-check
    window.addEventListener('message', async (evt) => {
      const reply = await loadUserSettings(evt.data.userId);
      (evt.source as Window).postMessage(reply, '*');
    });
  }, []);
}

// Near misses

// vetted-ok: js.web.message-handler-no-origin-check
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widget.example.com') return;
  handleWidget(event.data);
});
// vetted-ok: js.web.message-handler-no-origin-check
window.addEventListener('message', ({ data, origin }) => {
  if (!ALLOWED_ORIGINS.has(origin)) return;
  applyTheme(data.theme);
});
// vetted-ok: js.web.message-handler-no-origin-check
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  resize(event.data.height);
});
// vetted-ok: js.web.message-handler-no-origin-check
window.addEventListener('message', (event) => {
  if (!isTrustedMessage(event)) return;
  applySettings(event.data);
});
// vetted-ok: js.web.message-handler-no-origin-check
window.addEventListener('resize', (event) => layout(event.data));
// vetted-ok: js.web.message-handler-no-origin-check
worker.addEventListener('message', (event) => render(event.data));
// vetted-ok: js.web.message-handler-no-origin-check
socket.onmessage = (event) => append(JSON.parse(event.data));
// vetted-ok: js.web.message-handler-no-origin-check
self.addEventListener('message', (event) => postMessage(compute(event.data)));
// vetted-ok: js.web.message-handler-no-origin-check
window.addEventListener('message', () => refreshBadge());

// vetted-todo-expect: js.web.message-handler-no-origin-check: a listener defined elsewhere and passed by name is not followed
window.addEventListener('message', handleMessage);
