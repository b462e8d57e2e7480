const Handlebars = require('handlebars');
const hbs = require('hbs');
const { marked } = require('marked');
const DOMPurify = require('isomorphic-dompurify');

Handlebars.registerHelper('link', function (url, title) {
  // vetted-expect: js.xss.handlebars-safe-string
  return new Handlebars.SafeString(`<a href="${url}">${title}</a>`);
});

Handlebars.registerHelper('markdown', (text) => {
  const html = marked.parse(text);
  // vetted-expect: js.xss.handlebars-safe-string
  return new Handlebars.SafeString(html);
});

hbs.registerHelper('badge', (user) => {
  let out = '<span class="badge">';
  out += user.displayName;
  out += '</span>';
  // vetted-expect: js.xss.handlebars-safe-string
  return new hbs.handlebars.SafeString(out);
});

const { SafeString } = Handlebars;
Handlebars.registerHelper('highlight', (text, term) => {
  const marked = text.replace(term, `<mark>${term}</mark>`);
  // vetted-expect: js.xss.handlebars-safe-string
  return new SafeString(marked);
});

Handlebars.registerHelper('escapedLink', (url, title) => {
  // vetted-expect: js.xss.handlebars-safe-string
  return new Handlebars.SafeString('<a href="' + url + '">' + Handlebars.escapeExpression(title) + '</a>');
});

// Near misses
Handlebars.registerHelper('safeLink', (url, title) => {
  const safeHref = Handlebars.escapeExpression(url);
  const safeText = Handlebars.Utils.escapeExpression(title);
  // vetted-ok: js.xss.handlebars-safe-string
  return new Handlebars.SafeString(`<a href="${safeHref}">${safeText}</a>`);
});

Handlebars.registerHelper('card', function (options) {
  // vetted-ok: js.xss.handlebars-safe-string
  return new Handlebars.SafeString('<div class="card">' + options.fn(this) + '</div>');
});

Handlebars.registerHelper('cleanMarkdown', (text) => {
  // vetted-ok: js.xss.handlebars-safe-string
  return new Handlebars.SafeString(DOMPurify.sanitize(marked.parse(text)));
});

Handlebars.registerHelper('divider', () => {
  // vetted-ok: js.xss.handlebars-safe-string
  return new Handlebars.SafeString('<hr class="divider">');
});

Handlebars.registerHelper('count', (n) => {
  // vetted-ok: js.xss.handlebars-safe-string
  return new Handlebars.SafeString(`<b>${Number(n)}</b>`);
});

// vetted-ok: js.xss.handlebars-safe-string
const doc = 'return new Handlebars.SafeString(html) to skip escaping';
// vetted-ok: js.xss.handlebars-safe-string
// return new Handlebars.SafeString(userHtml);
