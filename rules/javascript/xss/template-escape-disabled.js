const express = require('express');
const Handlebars = require('handlebars');
const { engine } = require('express-handlebars');
const nunjucks = require('nunjucks');
const Mustache = require('mustache');
const ejs = require('ejs');
const fs = require('fs');

const app = express();

// Handlebars
const source = fs.readFileSync('views/profile.hbs', 'utf8');
// vetted-expect: js.xss.template-escape-disabled
const renderProfile = Handlebars.compile(source, { noEscape: true });

app.engine('hbs', engine({
  extname: '.hbs',
  // vetted-expect: js.xss.template-escape-disabled
  compilerOptions: { noEscape: true },
}));

// vetted-expect: js.xss.template-escape-disabled
Handlebars.Utils.escapeExpression = (value) => value;

// nunjucks
// vetted-expect: js.xss.template-escape-disabled
nunjucks.configure('views', { autoescape: false, express: app });
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), {
  // vetted-expect: js.xss.template-escape-disabled
  autoescape: false,
  trimBlocks: true,
});

// Mustache: the README's way of disabling escaping
// vetted-expect: js.xss.template-escape-disabled
Mustache.escape = function (text) { return text; };

// EJS
app.get('/page', async (req, res) => {
  const tpl = await fs.promises.readFile('views/page.ejs', 'utf8');
  // vetted-expect: js.xss.template-escape-disabled
  res.send(ejs.render(tpl, { user: req.user }, { escape: (s) => s }));
});

// Near misses
// vetted-ok: js.xss.template-escape-disabled
const renderSafe = Handlebars.compile(source, { noEscape: false, strict: true });
// vetted-ok: js.xss.template-escape-disabled
nunjucks.configure('views', { autoescape: true, express: app });
// vetted-ok: js.xss.template-escape-disabled
Mustache.escape = escapeLatex;
// vetted-ok: js.xss.template-escape-disabled
Mustache.escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// vetted-ok: js.xss.template-escape-disabled
const html = ejs.render(tpl, data, { rmWhitespace: true });
// vetted-ok: js.xss.template-escape-disabled
const help = "Handlebars.compile(src, { noEscape: true }) disables escaping";
// vetted-ok: js.xss.template-escape-disabled
// nunjucks.configure('views', { autoescape: false });
// vetted-ok: js.xss.template-escape-disabled
const csv = stringify(rows, { escape: '"' });
// vetted-ok: js.xss.template-escape-disabled
const rows2 = lines.map((line) => line);
