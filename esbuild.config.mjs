// Bundles the extension client, the language server and the CLI into dist/, and copies what they
// load at run time beside them: the tree-sitter runtime and grammar .wasm files, and the rules.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
// `--outdir DIR` builds somewhere else than dist/ (the packaging tests build the production bundles aside).
const outdirIndex = process.argv.indexOf('--outdir');
const dist = path.resolve(outdirIndex >= 0 ? process.argv[outdirIndex + 1] : 'dist');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Resolved at run time only when running from source; the bundle finds its wasm in dist/grammars.
  external: ['web-tree-sitter/web-tree-sitter.wasm', '@vscode/tree-sitter-wasm/*'],
  plugins: [
    {
      // The ESM build of web-tree-sitter needs import.meta.url, which a CJS bundle lacks: use its CJS build.
      name: 'web-tree-sitter-cjs',
      setup(build) {
        build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: require.resolve('web-tree-sitter') }));
      },
    },
  ],
};

fs.rmSync(dist, { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: path.join(dist, 'client.js'),
    external: [...common.external, 'vscode'],
  }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: path.join(dist, 'server.js') }),
  esbuild.build({ ...common, entryPoints: ['cli/src/index.ts'], outfile: path.join(dist, 'cli.js') }),
  esbuild.build({ ...common, entryPoints: ['cli/src/scanWorker.ts'], outfile: path.join(dist, 'scanWorker.js') }),
]);

const grammars = path.join(dist, 'grammars');
fs.mkdirSync(grammars, { recursive: true });
fs.copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), path.join(grammars, 'web-tree-sitter.wasm'));
for (const name of ['javascript', 'typescript', 'tsx', 'python']) {
  const file = `tree-sitter-${name}.wasm`;
  fs.copyFileSync(require.resolve(`@vscode/tree-sitter-wasm/wasm/${file}`), path.join(grammars, file));
}
fs.cpSync('rules', path.join(dist, 'rules'), { recursive: true });

// Every bundled rule must validate against the schema and compile: a broken rule fails the build.
execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'rules', '--check'], { stdio: 'inherit' });
// The rules as loaded, so the server and the CLI start without reading YAML (server/src/engine/ruleSnapshot.ts).
execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/write-rule-snapshot.ts', path.join(dist, 'rules')], {
  stdio: 'inherit',
});
