const fs = require('fs');
const os = require('os');
const path = require('path');

// vetted-expect: js.secrets.npm-token
const NPM_TOKEN = process.env.NPM_TOKEN;

function writeNpmrc() {
  // vetted-expect: js.secrets.npm-token
  const line = '//registry.npmjs.org/:_authToken=npm_zLczbttOofL9H2WjQ5TY4MyWuUFjsUNPjc01\n';
  fs.writeFileSync(path.join(os.homedir(), '.npmrc'), line);
}

async function whoami() {
  const res = await fetch('https://registry.npmjs.org/-/whoami', {
    // vetted-expect: js.secrets.npm-token
    headers: { authorization: `Bearer npm_krCaqx9vJupc94tnwlavyfErGPmpGXafq0fj` },
  });
  return res.json();
}

// Near misses

// vetted-ok: js.secrets.npm-token
const fromEnv = process.env.NPM_TOKEN;
// vetted-ok: js.secrets.npm-token
const npmrc = '//registry.npmjs.org/:_authToken=${NPM_TOKEN}';
// vetted-ok: js.secrets.npm-token
const placeholder = 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// vetted-ok: js.secrets.npm-token
const scriptName = 'npm_config_registry';
// vetted-ok: js.secrets.npm-token
const lifecycle = process.env.npm_lifecycle_event;
// vetted-ok: js.secrets.npm-token
// NPM_TOKEN = 'npm_krCaqx9vJupc94tnwlavyfErGPmpGXafq0fj'
const done = true;
