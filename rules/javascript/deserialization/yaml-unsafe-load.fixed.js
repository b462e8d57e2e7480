const fs = require('fs');
const yaml = require('js-yaml');
const jsTypes = require('js-yaml-js-types');

app.post('/import', (req, res) => {
  // vetted-expect: js.deserialization.yaml-unsafe-load
  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_SAFE_SCHEMA });
  res.json(doc);
});

// vetted-expect: js.deserialization.yaml-unsafe-load
const loadOptions = { filename: 'pipeline.yml', schema: yaml.DEFAULT_SAFE_SCHEMA };
const pipelines = yaml.loadAll(fs.readFileSync('pipeline.yml', 'utf8'), null, loadOptions);

// vetted-expect: js.deserialization.yaml-unsafe-load
const FULL = new yaml.Schema({ include: [yaml.DEFAULT_SAFE_SCHEMA] });

// vetted-expect: js.deserialization.yaml-unsafe-load
const schema = yaml.DEFAULT_SCHEMA.extend(require('js-yaml-js-types').all);

// vetted-expect: js.deserialization.yaml-unsafe-load
const withFunctions = yaml.DEFAULT_SCHEMA.extend([jsTypes.function, jsTypes.regexp]);

export async function readUploaded(file) {
  const text = await file.text();
  // vetted-expect: js.deserialization.yaml-unsafe-load
  return yaml.unsafeLoad(text);
}

// vetted-todo-expect: js.deserialization.yaml-unsafe-load: js-yaml 3's plain load() uses the full schema; the version is not in the code
const legacy = yaml.load(fs.readFileSync('legacy.yml', 'utf8'));

// Near misses

// vetted-ok: js.deserialization.yaml-unsafe-load
const config = yaml.load(fs.readFileSync('config.yml', 'utf8'));
// vetted-ok: js.deserialization.yaml-unsafe-load
const safe3 = yaml.safeLoad(text, { schema: yaml.DEFAULT_SAFE_SCHEMA });
// vetted-ok: js.deserialization.yaml-unsafe-load
const safeJson = yaml.load(text, { schema: yaml.JSON_SCHEMA });
// vetted-ok: js.deserialization.yaml-unsafe-load
const regexpOnly = yaml.DEFAULT_SCHEMA.extend([jsTypes.regexp, jsTypes.undefined]);
// vetted-ok: js.deserialization.yaml-unsafe-load
const custom = yaml.DEFAULT_SCHEMA.extend([new yaml.Type('!env', { kind: 'scalar', construct: (name) => process.env[name] })]);
// vetted-ok: js.deserialization.yaml-unsafe-load
const out = yaml.dump(settings, { schema: yaml.DEFAULT_SCHEMA });
// vetted-ok: js.deserialization.yaml-unsafe-load
// yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA })
const done = true;
