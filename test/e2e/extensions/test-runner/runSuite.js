// Runs the mocha suite in ./suite inside the extension host it is loaded in, and returns the
// results. Used by this test-runner extension (code-server, `npm run e2e`) and by the
// @vscode/test-electron entry point (desktop VS Code, `npm run test:vscode`).
const fs = require('fs');
const path = require('path');

/**
 * @param {{ mochaPath?: string, grep?: string, invert?: boolean, reporter?: string }} options
 *   mochaPath: where to load mocha from (a packaged extension has no node_modules of its own);
 *   grep/invert: pick the tests of one phase, e.g. "@proposed".
 * @returns {Promise<{ passed: number, failed: number, tests: { title: string, state: string, ms?: number, error?: string }[] }>}
 */
async function runSuite({ mochaPath, grep, invert = false, reporter = 'spec' } = {}) {
  const results = { passed: 0, failed: 0, tests: [] };
  try {
    // mocha 12 is an ES module; Node 20 loads it with require() and returns its namespace.
    const mochaModule = require(mochaPath ?? 'mocha');
    const Mocha = mochaModule.default ?? mochaModule.Mocha ?? mochaModule;
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter, ...(grep ? { grep, invert } : {}) });
    const suiteDir = path.join(__dirname, 'suite');
    for (const file of fs
      .readdirSync(suiteDir)
      .filter((f) => f.endsWith('.test.js'))
      .sort())
      mocha.addFile(path.join(suiteDir, file));
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
  return results;
}

module.exports = { runSuite };
