#!/usr/bin/env node
// Real-editor end-to-end tests: Vetted packaged as a .vsix (`npm run package`, checked against
// its size budget) and installed into code-server — the oldest VS Code Vetted supports (1.100)
// and the current one (1.139) — with the user played by Debian's Chromium through playwright-core.
// Every phase runs on each editor (`--editor oldest|current|all`, default all).
//   Phase "host": the mocha suite in extensions/test-runner/suite, inside the real extension host
//     (all tests but those tagged @proposed).
//   Phase "proposed": the @proposed tests, against a test build of Vetted that declares the
//     proposed textDocumentChangeReason API, in a code-server started with --enable-proposed-api.
//   Phase "ui": the UI scenarios in scenarios/ui.mjs, with a screenshot after each.
// Prints "N passed, N failed" per phase, per editor and in total; exits non-zero on any failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildExtensions, E2E_DIR, ensureNodeModules, ensureSystemPackages, log, PROPOSED_API, REPO_DIR, WORK_DIR } from './lib/setup.mjs';

// Install first: the modules below import this folder's dependencies (playwright-core).
ensureSystemPackages();
ensureNodeModules();
const { launchBrowser } = await import('./lib/browser.mjs');
const { editorsFromArgs, ensureEditor } = await import('./lib/editors.mjs');
const { CodeServer } = await import('./lib/codeServer.mjs');
const { prepareWorkspace } = await import('./lib/workspace.mjs');
const { scenarios } = await import('./scenarios/ui.mjs');
const { checkVsix } = await import('./lib/vsixCheck.mjs');

/** The test extension that plays an AI chat assistant (extensions/fake-chat). */
const FAKE_CHAT_ID = 'vetted-test.fake-chat-assistant';
const RESULTS_DIR = path.join(E2E_DIR, 'results');
const README_SCREENSHOT = path.join(REPO_DIR, 'docs', 'images', 'vetted-in-action.png');
const updateReadmeScreenshot = process.argv.includes('--update-readme-screenshot');
/** `--grep TEXT` runs only the extension-host tests whose title has TEXT (for working on the tests). */
const onlyTests = process.argv.includes('--grep') ? process.argv[process.argv.indexOf('--grep') + 1] : undefined;
/** `--phase host`, `--phase proposed` or `--phase ui` runs one phase only (for working on the tests). */
const onlyPhase = process.argv.includes('--phase') ? process.argv[process.argv.indexOf('--phase') + 1] : undefined;

const running = new Set();
async function cleanup() {
  for (const item of running) await item.stop().catch(() => undefined);
  running.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup().finally(() => process.exit(130));
  });
}

function summary(phase, results) {
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.length - passed;
  for (const r of results) {
    process.stdout.write(
      `  ${r.state === 'passed' ? 'ok  ' : 'FAIL'} ${r.title}${r.ms !== undefined ? ` (${r.ms} ms)` : ''}${typeof r.note === 'string' ? `: ${r.note}` : ''}\n`,
    );
    if (r.error) process.stdout.write(`       ${r.error.split('\n').slice(0, 6).join('\n       ')}\n`);
  }
  process.stdout.write(`${phase}: ${passed} passed, ${failed} failed\n`);
  return { passed, failed };
}

/**
 * Runs the extension-host suite (the tests matching `grep`, or all others with `invert`) with the
 * given Vetted .vsix and extra code-server arguments. `onConsole` sees the workbench's console.
 */
async function extensionHostPhase(editor, name, { vetted, fakeAi, fakeChat, testRunner, grep, invert = false, args = [], onConsole }) {
  const profileDir = path.join(WORK_DIR, `profile-${editor.id}-${name}`);
  const resultsFile = path.join(WORK_DIR, `${editor.id}-${name}-results.json`);
  fs.rmSync(resultsFile, { force: true });
  fs.rmSync(resultsFile + '.started', { force: true });
  fs.rmSync(resultsFile + '.notes', { force: true });
  const server = new CodeServer({
    editor,
    profileDir,
    extensions: [vetted, fakeAi, fakeChat, testRunner],
    // The fake chat assistant edits through the chat response stream's textEdit (a proposed API).
    args: [...args, '--enable-proposed-api', FAKE_CHAT_ID],
    env: {
      VETTED_E2E_RESULTS: resultsFile,
      VETTED_E2E_MOCHA: path.join(E2E_DIR, 'node_modules', 'mocha'),
      VETTED_E2E_GREP: grep,
      VETTED_E2E_INVERT: invert ? '1' : '0',
      // The CLI as built in this repository, for the tests that run `vetted hook` as an agent would.
      VETTED_E2E_CLI: path.join(REPO_DIR, 'bin', 'vetted.js'),
    },
  });
  server.prepare();
  const workspace = prepareWorkspace(path.join(WORK_DIR, `workspace-${editor.id}-${name}`), { forTests: true });
  running.add(server);
  await server.start(workspace);
  const browser = await launchBrowser(profileDir);
  running.add({ stop: () => browser.close() });
  const page = browser.pages()[0] ?? (await browser.newPage());
  if (onConsole) page.on('console', (message) => onConsole(message.text()));
  // Tests paste text they put on the clipboard with vscode.env.clipboard, as another app would.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    await page.goto(server.folderUrl(workspace));
    const deadline = Date.now() + 5 * 60_000;
    while (!fs.existsSync(resultsFile)) {
      if (Date.now() > deadline)
        throw new Error(
          `the extension-host suite did not finish${fs.existsSync(resultsFile + '.started') ? '' : ' (it never started: did the test runner activate?)'}`,
        );
      await new Promise((r) => setTimeout(r, 500));
    }
    await page.screenshot({ path: path.join(RESULTS_DIR, `${editor.vscode}-${name}-suite-finished.png`) });
    // What the tests noted for the reader (see note() in the suite's helpers.js).
    if (fs.existsSync(resultsFile + '.notes')) process.stdout.write(fs.readFileSync(resultsFile + '.notes', 'utf8'));
    return JSON.parse(fs.readFileSync(resultsFile, 'utf8')).tests;
  } catch (error) {
    await page.screenshot({ path: path.join(RESULTS_DIR, `${editor.vscode}-${name}-suite-error.png`) }).catch(() => undefined);
    return [{ title: `${name} suite`, state: 'failed', error: `${error.stack ?? error}\n${server.output.slice(-2000)}` }];
  } finally {
    await browser.close();
    await server.stop();
    running.clear();
  }
}

/** The @proposed tests with the test build that declares the proposal, enabled on the command line. */
async function proposedApiPhase(editor, vsix) {
  const said = new Set();
  const results = await extensionHostPhase(editor, 'proposed', {
    ...vsix,
    vetted: vsix.vettedProposed,
    grep: '@proposed',
    args: ['--enable-proposed-api', 'vetted.vetted'],
    onConsole: (text) => {
      if (text.includes(PROPOSED_API) && text.includes('API proposal'))
        said.add(
          text
            .replace(/%c|color: \S+/g, '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 300),
        );
    },
  });
  // What the workbench says about the proposal (VS Code 1.100: that it does not exist).
  for (const text of said) log(`VS Code ${editor.vscode} workbench on ${PROPOSED_API}: ${text}`);
  return results;
}

async function uiPhase(editor, vsix) {
  const profileDir = path.join(WORK_DIR, `profile-${editor.id}-ui`);
  const server = new CodeServer({ editor, profileDir, extensions: [vsix.vetted, vsix.fakeAi] });
  server.prepare();
  const workspace = prepareWorkspace(path.join(WORK_DIR, `workspace-${editor.id}-ui`), { forTests: true });
  running.add(server);
  await server.start(workspace);
  const browser = await launchBrowser(profileDir);
  running.add({ stop: () => browser.close() });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(30_000);
  const results = [];
  try {
    for (const [index, scenario] of scenarios.entries()) {
      const started = Date.now();
      const shot = path.join(RESULTS_DIR, `${editor.vscode}-${String(index + 1).padStart(2, '0')}-${scenario.name}.png`);
      try {
        // A scenario may return a note (a measured time) to print beside its result.
        const note = await scenario.run({ page, url: server.folderUrl(workspace), workspace, vscode: editor.vscode });
        results.push({ title: scenario.name, state: 'passed', ms: Date.now() - started, note });
      } catch (error) {
        results.push({ title: scenario.name, state: 'failed', error: String(error.stack ?? error) });
      }
      await page.screenshot({ path: shot }).catch(() => undefined);
      if (results[results.length - 1].state === 'failed' && index === 0) break; // nothing else can work
    }
  } finally {
    await browser.close();
    await server.stop();
    running.clear();
  }
  return results;
}

async function main() {
  const started = Date.now();
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const vsix = buildExtensions();
  const packaged = summary('package', await checkVsix(vsix.vetted));
  const totals = { passed: packaged.passed, failed: packaged.failed };
  const perEditor = [];
  const runs = (phase) => onlyPhase === undefined || onlyPhase === phase;
  for (const wanted of editorsFromArgs(process.argv)) {
    const editor = ensureEditor(wanted);
    const phases = [];
    if (runs('host'))
      phases.push(
        summary(
          `${editor.vscode} extension host`,
          await extensionHostPhase(editor, 'host', { ...vsix, ...(onlyTests ? { grep: onlyTests } : { grep: '@proposed', invert: true }) }),
        ),
      );
    if (runs('proposed')) phases.push(summary(`${editor.vscode} extension host, proposed API`, await proposedApiPhase(editor, vsix)));
    if (runs('ui')) phases.push(summary(`${editor.vscode} ui`, await uiPhase(editor, vsix)));
    const passed = phases.reduce((n, p) => n + p.passed, 0);
    const failed = phases.reduce((n, p) => n + p.failed, 0);
    perEditor.push(`${editor.vscode}: ${passed} passed, ${failed} failed`);
    totals.passed += passed;
    totals.failed += failed;
  }
  if (updateReadmeScreenshot) {
    fs.mkdirSync(path.dirname(README_SCREENSHOT), { recursive: true });
    fs.copyFileSync(path.join(RESULTS_DIR, '1.100.3-03-hover-explains-the-finding.png'), README_SCREENSHOT);
  }
  const { passed, failed } = totals;
  for (const line of perEditor) log(line);
  log(`screenshots in ${path.relative(REPO_DIR, RESULTS_DIR)}/; took ${Math.round((Date.now() - started) / 1000)} s`);
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main()
  .catch(async (error) => {
    process.stderr.write(`[e2e] ${error.stack ?? error}\n`);
    process.exitCode = 1;
  })
  .finally(cleanup);
