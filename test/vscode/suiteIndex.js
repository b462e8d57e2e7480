// The extensionTestsPath module for @vscode/test-electron: desktop VS Code loads it in the
// extension host and awaits run(). It runs the same mocha suite as the code-server e2e (all but
// the @proposed tests) and fails when any test fails.
const path = require('path');
const { runSuite } = require(path.join(__dirname, '..', 'e2e', 'extensions', 'test-runner', 'runSuite.js'));

async function run() {
  const results = await runSuite({ grep: '@proposed', invert: true });
  process.stdout.write(`extension host (desktop VS Code): ${results.passed} passed, ${results.failed} failed\n`);
  if (results.failed > 0 || results.passed === 0) {
    throw new Error(
      results.tests
        .filter((t) => t.state === 'failed')
        .map((t) => `${t.title}\n${t.error}`)
        .join('\n\n') || 'no test ran',
    );
  }
}

module.exports = { run };
