const express = require('express');

const app = express();
const settings = { theme: 'dark', pageSize: 20 };
const FORMULA = '2 * 21';

app.get('/calc', (req, res) => {
  // vetted-expect: js.injection.eval
  const result = eval(req.query.expr);
  res.json({ result });
});

function readSetting(name) {
  // vetted-expect: js.injection.eval
  return eval('settings.' + name);
}

function compile(formula) {
  // vetted-expect: js.injection.eval
  return new Function('a', 'b', `return ${formula};`);
}

function compileBody(body) {
  // vetted-expect: js.injection.eval
  return Function(body);
}

function runInPage(snippet) {
  // vetted-expect: js.injection.eval
  window.eval(snippet);
}

function safeExamples(name, text) {
  // vetted-ok: js.injection.eval
  const answer = eval('6 * 7');
  // vetted-ok: js.injection.eval
  const fixed = eval(FORMULA);
  // vetted-ok: js.injection.eval
  const value = Object.hasOwn(settings, name) ? settings[name] : undefined;
  // vetted-ok: js.injection.eval
  const add = new Function('a', 'b', 'return a + b;');
  // vetted-ok: js.injection.eval
  const doc = "never call eval(req.query.expr)";
  // vetted-ok: js.injection.eval
  // return eval(userInput);
  // vetted-ok: js.injection.eval
  const data = JSON.parse(text);
  // vetted-ok: js.injection.eval
  const row = db.eval(text);
  // vetted-ok: js.injection.eval
  const legacy = eval('(' + text + ')');
  // vetted-ok: js.injection.eval
  const legacyTemplate = eval(`(${text})`);
  return [answer, fixed, value, add, doc, data, row, legacy, legacyTemplate];
}
