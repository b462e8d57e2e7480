// Runs the mocha suite in ./suite inside the extension host, once, when the e2e script started
// code-server with VETTED_E2E_RESULTS set; the results go to that file as JSON for the script.
const fs = require('fs');
const path = require('path');

async function activate() {
  const resultsFile = process.env.VETTED_E2E_RESULTS;
  const mochaPath = process.env.VETTED_E2E_MOCHA;
  if (!resultsFile || !mochaPath || fs.existsSync(resultsFile)) return;
  fs.writeFileSync(resultsFile + '.started', String(Date.now()));
  const results = { passed: 0, failed: 0, tests: [] };
  try {
    // mocha 12 is an ES module; Node 20 loads it with require() and returns its namespace.
    const mochaModule = require(mochaPath);
    const Mocha = mochaModule.default ?? mochaModule.Mocha ?? mochaModule;
    // VETTED_E2E_GREP (and VETTED_E2E_INVERT) pick the tests of one phase, e.g. "@proposed".
    const grep = process.env.VETTED_E2E_GREP;
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', ...(grep ? { grep, invert: process.env.VETTED_E2E_INVERT === '1' } : {}) });
    const suiteDir = path.join(__dirname, 'suite');
    for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(suiteDir, file));
    await mocha.loadFilesAsync();
    await new Promise((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ title: test.fullTitle(), state: 'passed', ms: test.duration });
      });
      runner.on('fail', (test, error) => {
        results.failed++;
        results.tests.push({ title: test.fullTitle(), state: 'failed', error: String((error && error.stack) || error) });
      });
    });
  } catch (error) {
    results.failed++;
    results.tests.push({ title: 'suite', state: 'failed', error: String((error && error.stack) || error) });
  }
  // Write then rename, so the script never reads a half-written file.
  fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(results, null, 2));
  fs.renameSync(resultsFile + '.tmp', resultsFile);
}

module.exports = { activate };
