import DOMPurify from 'dompurify';

export function EmailPreview({ email }) {
  return (
    <div className="preview">
      {/* vetted-expect: js.xss.iframe-srcdoc */}
      <iframe title="email" srcDoc={email.bodyHtml} className="frame" />
    </div>
  );
}

export function AnswerPanel({ answer }) {
  const html = `<html><body>${answer.content}</body></html>`;
  return (
    // vetted-expect: js.xss.iframe-srcdoc
    <iframe srcDoc={html} style={{ width: '100%' }}>
    </iframe>
  );
}

export function LoosePreview({ html }) {
  // vetted-expect: js.xss.iframe-srcdoc
  return <iframe sandbox="allow-scripts allow-same-origin" srcDoc={html} />;
}

function showPreview(html) {
  const frame = document.getElementById('preview');
  // vetted-expect: js.xss.iframe-srcdoc
  frame.srcdoc = html;
}

function renderWidget(container, widget) {
  const frame = document.createElement('iframe');
  // vetted-expect: js.xss.iframe-srcdoc
  frame.setAttribute('srcdoc', widget.markup);
  container.appendChild(frame);
}

// Near misses
export function SafePreview({ html }) {
  // vetted-ok: js.xss.iframe-srcdoc
  return <iframe title="preview" sandbox="" srcDoc={html} />;
}

export function ScriptedPreview({ html }) {
  // vetted-ok: js.xss.iframe-srcdoc
  return <iframe sandbox="allow-scripts" srcDoc={html} />;
}

export function CleanPreview({ html }) {
  // vetted-ok: js.xss.iframe-srcdoc
  return <iframe srcDoc={DOMPurify.sanitize(html)} />;
}

export function Placeholder() {
  // vetted-ok: js.xss.iframe-srcdoc
  return <iframe srcDoc={'<p>Loading…</p>'} />;
}

function showSandboxed(html) {
  const frame = document.getElementById('preview');
  frame.sandbox = '';
  // vetted-ok: js.xss.iframe-srcdoc
  frame.srcdoc = html;
}

function showSanitized(html) {
  // vetted-ok: js.xss.iframe-srcdoc
  document.getElementById('preview').srcdoc = DOMPurify.sanitize(html);
}

function showLoose(html) {
  const frame = document.getElementById('preview');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  // vetted-todo-expect: js.xss.iframe-srcdoc: a sandbox with allow-scripts and allow-same-origin counts as a sandbox
  frame.srcdoc = html;
}

// vetted-ok: js.xss.iframe-srcdoc
const note = 'set iframe.srcdoc = html only with a sandbox';
