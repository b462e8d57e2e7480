import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { VERSION } from '../../server/src/version';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

/** Every relative import and package import of the TypeScript files under `dir`, with the importing file. */
function importsUnder(dir: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  const stack = [path.join(ROOT, dir)];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
          const spec = m[1] ?? m[2] ?? m[3];
          const target = spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(full), spec)).split(path.sep).join('/') : spec;
          out.push({ file: path.relative(ROOT, full).split(path.sep).join('/'), target });
        }
      }
    }
  }
  return out;
}

function violations(dir: string, forbidden: (target: string) => boolean): string[] {
  return importsUnder(dir).filter((i) => forbidden(i.target)).map((i) => `${i.file} imports ${i.target}`);
}

/**
 * The direction of dependencies: shared code (engine, provenance model, protocol) lives under
 * server/src; the extension (client) and the CLI use it and never each other; the engine knows
 * nothing of LSP or VS Code.
 */
describe('project boundaries', () => {
  it('the client and the CLI never import each other', () => {
    assert.deepStrictEqual(violations('client/src', (t) => t.startsWith('cli/')), []);
    assert.deepStrictEqual(violations('cli/src', (t) => t.startsWith('client/') || t === 'vscode' || t.startsWith('vscode-languageclient')), []);
  });

  it('the server imports neither the client, the CLI nor VS Code', () => {
    assert.deepStrictEqual(violations('server/src', (t) => t.startsWith('client/') || t.startsWith('cli/') || t === 'vscode' || t.startsWith('vscode-languageclient')), []);
  });

  it('the engine, the provenance model, the rule tests and the CLI know nothing of LSP or the editor protocol', () => {
    const lsp = (t: string) =>
      t.startsWith('server/src/lsp') || t.startsWith('vscode-languageserver') || t.startsWith('vscode-jsonrpc') || t === 'server/src/server' || t === 'server/src/protocol';
    const dirs = ['server/src/engine', 'server/src/provenance', 'server/src/ruleTesting', 'cli/src'];
    assert.deepStrictEqual(dirs.flatMap((dir) => violations(dir, lsp)), []);
  });

  it('the tables of settings and commands have no dependencies (the CLI reads the settings table)', () => {
    const packageImport = (t: string) => !t.startsWith('server/src/');
    assert.deepStrictEqual(
      importsUnder('server/src')
        .filter((i) => ['server/src/settingTable.ts', 'server/src/commandTable.ts'].includes(i.file) && packageImport(i.target))
        .map((i) => `${i.file} imports ${i.target}`),
      [],
    );
  });

  it('the version stamped into reports is package.json\'s', () => {
    assert.strictEqual(VERSION, manifest.version);
  });
});
