const DEFAULTS = '{"retries": 3}';

async function loadConfig(response) {
  const text = await response.text();
  // vetted-expect: js.deserialization.eval-json
  const config = eval('(' + text + ')');
  return config;
}

function onMessage(event) {
  // vetted-expect: js.deserialization.eval-json
  const payload = eval("(" + event.data + ")");
  return payload;
}

function parseRow(row) {
  // vetted-expect: js.deserialization.eval-json
  return eval(`(${row.json})`);
}

function safeExamples(text) {
  // vetted-ok: js.deserialization.eval-json
  const data = JSON.parse(text);
  // vetted-ok: js.deserialization.eval-json
  const defaults = eval('(' + DEFAULTS + ')');
  // vetted-ok: js.deserialization.eval-json
  const literal = eval('({"a": 1})');
  // vetted-ok: js.deserialization.eval-json
  const hint = "eval('(' + text + ')') runs code";
  // vetted-ok: js.deserialization.eval-json
  // const obj = eval('(' + text + ')');
  // vetted-ok: js.deserialization.eval-json
  const wrapped = wrap('(' + text + ')');
  return [data, defaults, literal, hint, wrapped];
}
