// The .vsix a user installs: only what the extension needs at run time, under a size budget.
import * as fs from 'node:fs';
import yauzl from 'yauzl';

/** The packaged extension must stay small: it is downloaded by every user on every update. */
export const VSIX_BUDGET_BYTES = 2 * 1024 * 1024;

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/media\/icon\.png$/,
  /^extension\/dist\/(client|server)\.js$/,
  /^extension\/dist\/grammars\/[\w-]+\.wasm$/,
  /^extension\/dist\/rules\/(javascript|python)\/[\w-]+\/[\w-]+\.yaml$/,
  /^extension\/dist\/rules\/\.loaded-rules\.json$/,
];

function entriesOf(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names = [];
      zip.on('entry', (entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Test results (as the phases report them) for the packaged .vsix. */
export async function checkVsix(file) {
  const size = fs.statSync(file).size;
  const names = await entriesOf(file);
  const unexpected = names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
  const required = [
    'extension/dist/client.js',
    'extension/dist/server.js',
    'extension/media/icon.png',
    'extension/changelog.md',
    'extension/dist/grammars/tree-sitter-python.wasm',
  ];
  const missing = required.filter((name) => !names.includes(name));
  const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
  return [
    {
      title: `vetted.vsix is ${kb(size)}, within the ${kb(VSIX_BUDGET_BYTES)} budget`,
      state: size <= VSIX_BUDGET_BYTES ? 'passed' : 'failed',
      ...(size > VSIX_BUDGET_BYTES ? { error: `the .vsix is ${kb(size)}` } : {}),
    },
    {
      title: `vetted.vsix holds only the bundles, grammars, rules, manifest, readme, changelog, licence and icon (${names.length} files)`,
      state: unexpected.length === 0 && missing.length === 0 ? 'passed' : 'failed',
      ...(unexpected.length || missing.length
        ? { error: `unexpected: ${unexpected.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}` }
        : {}),
    },
  ];
}
