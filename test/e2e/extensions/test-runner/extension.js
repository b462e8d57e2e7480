// Runs the mocha suite in ./suite inside the extension host, once, when the e2e script started
// code-server with VETTED_E2E_RESULTS set; the results go to that file as JSON for the script.
const fs = require('fs');
const { runSuite } = require('./runSuite');

async function activate() {
  const resultsFile = process.env.VETTED_E2E_RESULTS;
  const mochaPath = process.env.VETTED_E2E_MOCHA;
  if (!resultsFile || !mochaPath || fs.existsSync(resultsFile)) return;
  fs.writeFileSync(resultsFile + '.started', String(Date.now()));
  // VETTED_E2E_GREP (and VETTED_E2E_INVERT) pick the tests of one phase, e.g. "@proposed".
  const results = await runSuite({
    mochaPath,
    grep: process.env.VETTED_E2E_GREP || undefined,
    invert: process.env.VETTED_E2E_INVERT === '1',
  });
  // Write then rename, so the script never reads a half-written file.
  fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(results, null, 2));
  fs.renameSync(resultsFile + '.tmp', resultsFile);
}

module.exports = { activate };
