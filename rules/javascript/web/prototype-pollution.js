const _ = require('lodash');

const settings = { ui: {}, notifications: {} };
const SECTIONS = new Set(['ui', 'notifications']);

app.post('/settings/:section', (req, res) => {
  const { section } = req.params;
  const { key, value } = req.body;
  // vetted-expect: js.web.prototype-pollution
  settings[section][key] = value;
  res.sendStatus(204);
});

app.put('/settings', (req, res) => {
  for (const [section, values] of Object.entries(req.body)) {
    for (const [key, value] of Object.entries(values)) {
      // vetted-expect: js.web.prototype-pollution
      settings[section][key] = value;
    }
  }
  res.sendStatus(204);
});

app.patch('/prefs', (req, res) => {
  const { path, value } = req.body;
  // vetted-expect: js.web.prototype-pollution
  _.set(req.user.prefs, path, value);
  res.json(req.user.prefs);
});

function saveOption(store, group, name, value) {
  // vetted-expect: js.web.prototype-pollution
  store[group][name] = value;
}

app.post('/options', (req, res) => {
  saveOption(settings, req.query.group, req.query.name, req.query.value);
  res.sendStatus(204);
});

app.post('/tree', (req, res) => {
  const { a, b, c } = req.body;
  // vetted-expect: js.web.prototype-pollution
  tree[a][b][c] = true;
  res.sendStatus(204);
});

// Near misses: checked keys, numbers, constants, Maps, single-level writes.
app.post('/settings-checked/:section', (req, res) => {
  const { section } = req.params;
  if (!SECTIONS.has(section)) return res.sendStatus(400);
  // vetted-ok: js.web.prototype-pollution
  settings[section][req.body.key] = req.body.value;
  res.sendStatus(204);
});

app.post('/settings-blocked/:section', (req, res) => {
  const { section } = req.params;
  if (section === '__proto__' || section === 'constructor' || section === 'prototype') return res.sendStatus(400);
  // vetted-ok: js.web.prototype-pollution
  settings[section][req.body.key] = req.body.value;
  res.sendStatus(204);
});

app.post('/settings-blocklist/:section', (req, res) => {
  const { section } = req.params;
  if (['__proto__', 'constructor', 'prototype'].includes(section)) return res.sendStatus(400);
  // vetted-ok: js.web.prototype-pollution
  settings[section][req.body.key] = req.body.value;
  res.sendStatus(204);
});

app.post('/grid', (req, res) => {
  const row = parseInt(req.body.row, 10);
  // vetted-ok: js.web.prototype-pollution
  grid[row][Number(req.body.col)] = req.body.mark;
  res.sendStatus(204);
});

app.post('/theme', (req, res) => {
  // vetted-ok: js.web.prototype-pollution
  settings['ui'][req.body.key] = req.body.value;
  // vetted-ok: js.web.prototype-pollution
  _.set(req.user.prefs, 'theme.color', req.body.color);
  // vetted-ok: js.web.prototype-pollution
  req.session.answers[req.body.question] = req.body.answer;
  // vetted-ok: js.web.prototype-pollution
  // settings[req.params.section][key] = value;
  const hint = 'settings[section][key] = value';
  res.sendStatus(204);
});

function fill(matrix, size) {
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      // vetted-ok: js.web.prototype-pollution
      matrix[i][j] = 0;
    }
  }
}

// Known gaps.
function mergeDeep(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      // vetted-todo-expect: js.web.prototype-pollution: a recursive merge is not followed; the key '__proto__' hands Object.prototype to the next call
      mergeDeep(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
}

app.post('/prefs-merge', (req, res) => {
  mergeDeep(settings, req.body);
  res.sendStatus(204);
});

app.post('/settings-own/:section', (req, res) => {
  const { section } = req.params;
  if (!Object.prototype.hasOwnProperty.call(settings, section)) return res.sendStatus(400);
  // vetted-todo-ok: js.web.prototype-pollution: an Object.prototype.hasOwnProperty.call(...) guard is not recognised
  settings[section][req.body.key] = req.body.value;
  res.sendStatus(204);
});
