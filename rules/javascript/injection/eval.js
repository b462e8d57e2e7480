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

// Browser code: the URL fragment is chosen by whoever sent the link.
runInPage(decodeURIComponent(location.hash.slice(1)));

app.post('/plugins', (req, res) => {
  res.json({ ok: typeof compileBody(req.body.source) === 'function' });
});

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

// Shapes assistants write: destructuring, strings built in steps, helpers, async handlers.
app.post('/formula', async (req, res) => {
  const { formula, vars = {} } = req.body;
  let expression = formula.trim();
  expression = expression.replace(/\^/g, '**');
  // vetted-expect: js.injection.eval
  const fn = new Function('vars', expression);
  res.json({ value: fn(vars) });
});

function evaluateRule(rule) {
  // vetted-expect: js.injection.eval
  return eval(rule);
}

app.post('/rules/check', async (req, res) => {
  const rule = req.body.rule;
  res.json({ passed: Boolean(evaluateRule(rule)) });
});

app.get('/compute', (req, res) => {
  const code = req.query.code;
  // vetted-expect: js.injection.eval
  res.json({ value: eval(code) });
});

window.addEventListener('message', (event) => {
  // vetted-expect: js.injection.eval
  eval(event.data);
});

const OPERATIONS = { add: (a, b) => a + b, mul: (a, b) => a * b };

app.get('/op', (req, res) => {
  const { op, a, b } = req.query;
  if (!Object.hasOwn(OPERATIONS, op)) return res.sendStatus(400);
  // vetted-ok: js.injection.eval
  res.json({ value: OPERATIONS[op](Number(a), Number(b)) });
});

app.get('/double', (req, res) => {
  const n = Number(req.query.n);
  // vetted-ok: js.injection.eval
  res.json({ value: eval(n) });
});

app.get('/mode', (req, res) => {
  const { mode } = req.query;
  if (!['fast', 'slow'].includes(mode)) return res.sendStatus(400);
  // vetted-ok: js.injection.eval
  res.json({ value: eval(mode) });
});

function loadBundledScript(source) {
  // vetted-ok: js.injection.eval
  return new Function('exports', source);
}

app.post('/log-formula', (req, res) => {
  const { formula } = req.body;
  console.log('formula received', formula);
  // vetted-ok: js.injection.eval
  res.json({ value: eval(FORMULA) });
});

function otherHandler() {
  const code = 'return 1';
  // vetted-ok: js.injection.eval
  return Function(code);
}
