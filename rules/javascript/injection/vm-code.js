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
