const vm = require('node:vm');
const { runInNewContext } = require('vm');

const TEMPLATE = 'price * qty';

app.post('/rules', (req, res) => {
  // vetted-expect: js.injection.vm-code
  const result = vm.runInNewContext(req.body.expression, { price: 10, qty: 2 });
  res.json({ result });
});

function evaluate(source, context) {
  // vetted-expect: js.injection.vm-code
  const script = new vm.Script(source);
  // vetted-expect: js.injection.vm-code
  vm.runInThisContext(`(function () { return ${source}; })`)();
  // vetted-expect: js.injection.vm-code
  return runInNewContext('(' + source + ')', context);
}

app.post('/scripts/run', (req, res) => {
  res.json({ result: evaluate(req.body.script, {}) });
});

function safeExamples(context) {
  // vetted-ok: js.injection.vm-code
  const total = vm.runInNewContext('price * qty', context);
  // vetted-ok: js.injection.vm-code
  const again = vm.runInNewContext(TEMPLATE, context);
  // vetted-ok: js.injection.vm-code
  const script = new vm.Script('globalThis.count += 1');
  // vetted-ok: js.injection.vm-code
  script.runInNewContext(context);
  // vetted-ok: js.injection.vm-code
  const note = "vm.runInNewContext(req.body.code) is not a sandbox";
  // vetted-ok: js.injection.vm-code
  // vm.runInThisContext(userCode);
  // vetted-ok: js.injection.vm-code
  const ctx = vm.createContext(context);
  return [total, again, note, ctx];
}

// Shapes assistants write: destructuring, intermediate variables, async handlers, Next.js.
app.post('/sandbox', async (req, res) => {
  const { code, input } = req.body;
  const wrapped = code.trim();
  // vetted-expect: js.injection.vm-code
  const value = await vm.runInNewContext(wrapped, { input }, { timeout: 100 });
  res.json({ value });
});

export async function POST(request) {
  const { expression } = await request.json();
  // vetted-expect: js.injection.vm-code
  const script = new vm.Script(expression);
  return Response.json({ value: script.runInNewContext({}) });
}

const fs = require('fs');

function loadPlugin(file) {
  const source = fs.readFileSync(file, 'utf8');
  // vetted-ok: js.injection.vm-code
  return vm.runInNewContext(source, { module: {} });
}

app.post('/total', (req, res) => {
  const { price, qty } = req.body;
  // vetted-ok: js.injection.vm-code
  res.json({ total: vm.runInNewContext(TEMPLATE, { price: Number(price), qty: Number(qty) }) });
});

app.post('/audit', (req, res) => {
  const { code } = req.body;
  console.log('rejected script', code);
  const fixed = 'price * 2';
  // vetted-ok: js.injection.vm-code
  res.json({ total: vm.runInNewContext(fixed, { price: 1 }) });
});
