const params = new URLSearchParams(location.search);
const FOOTER = '<footer>Static footer</footer>';

// vetted-expect: js.xss.document-write
document.write('<h1>Hello ' + params.get('name') + '</h1>');

function greet(user) {
  // vetted-expect: js.xss.document-write
  document.writeln(`<p>Welcome back, ${user.displayName}</p>`);
}

function echo(ref) {
  // vetted-expect: js.xss.document-write
  window.document.write(ref);
}

function safeExamples(name) {
  // vetted-ok: js.xss.document-write
  document.write('<p>Loading…</p>');
  // vetted-ok: js.xss.document-write
  document.write(FOOTER);
  // vetted-ok: js.xss.document-write
  document.write(DOMPurify.sanitize(name));
  // vetted-ok: js.xss.document-write
  document.title = name;
  // vetted-ok: js.xss.document-write
  const hint = "document.write(location.hash) is unsafe";
  // vetted-ok: js.xss.document-write
  // document.write(name);
  // vetted-ok: js.xss.document-write
  stream.write(name);
}
