import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { COMMANDS } from '../../server/src/commandTable';
import * as protocol from '../../server/src/protocol';

const ROOT = path.resolve(__dirname, '..', '..');
const PROTOCOL_MODULE = 'server/src/protocol.ts';
/** This test, which names the unknown method below. */
const THIS_TEST = 'test/unit/namesInOneTable.test.ts';
const COMMAND_TABLE = 'server/src/commandTable.ts';
/** A method the fuzz cases send because the server must not know it (it answers "method not found"). */
const UNKNOWN_METHOD = { file: 'test/fuzz/protocolCases.ts', method: 'vetted/noSuchRequest' };
/** An LSP or Vetted method name: `textDocument/hover`, `vetted/explain`, `$/cancelRequest`. */
const METHOD_NAME = /^(vetted|textDocument|workspace|window|notebookDocument|telemetry|\$)\/\w/;
/** A file without any of these holds no method name, message call or command id. */
const WORTH_PARSING =
  /vetted[./]|textDocument\/|workspace\/|window\/|notebookDocument\/|telemetry\/|\$\/|(?:send|on)(?:Request|Notification)\(/;
const MESSAGE_CALLS = new Set(['sendRequest', 'sendNotification', 'onRequest', 'onNotification']);
const COMMAND_CALLS = new Set(['registerCommand', 'executeCommand']);
const COMMAND_IDS = new Set<string>(Object.values(COMMANDS).map((c) => c.id));

/** The project's files under `dirs` with one of `extensions`, relative to the root, forward slashes. */
function filesUnder(dirs: string[], extensions: string[], skip: string[] = []): string[] {
  const out: string[] = [];
  const stack = dirs.map((d) => path.join(ROOT, d));
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const relative = path.relative(ROOT, full).split(path.sep).join('/');
      // Dot folders (the editor tests' .work profiles with installed copies of the build) and
      // dependencies are not the project's sources.
      if (entry.name === 'node_modules' || entry.name.startsWith('.') || skip.some((s) => relative.startsWith(s))) continue;
      if (entry.isDirectory()) stack.push(full);
      else if (extensions.some((e) => entry.name.endsWith(e))) out.push(relative);
    }
  }
  return out.sort();
}

interface Literal {
  file: string;
  line: number;
  text: string;
  /** The name of the call this literal is an argument of, and its position there. */
  call?: { name: string; argument: number };
  /** The property this literal is assigned to (`command: '…'`, `x.command = '…'`). */
  property?: string;
}

const parsed = new Map<string, Literal[]>();

/** Every string literal in a file (comments are not code and are not read), with where it is used. */
function literalsOf(file: string): Literal[] {
  const known = parsed.get(file);
  if (known) return known;
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: Literal[] = [];
  parsed.set(file, out);
  // Parsing is the slow part: a file that cannot hold any literal these checks look for is skipped.
  if (!WORTH_PARSING.test(text)) return out;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      const literal: Literal = { file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text };
      if (ts.isCallExpression(parent) && parent.arguments.includes(node)) {
        const callee = parent.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        literal.call = { name, argument: parent.arguments.indexOf(node) };
      }
      if (ts.isPropertyAssignment(parent) && parent.initializer === node) literal.property = parent.name.getText(source);
      if (ts.isBinaryExpression(parent) && parent.right === node && ts.isPropertyAccessExpression(parent.left))
        literal.property = parent.left.name.text;
      out.push(literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const where = (l: Literal) => `${l.file}:${l.line} '${l.text}'`;
const TYPESCRIPT = filesUnder(['server/src', 'client/src', 'cli/src', 'test', 'scripts', 'bench'], ['.ts'], ['test/e2e']);

describe('message names and command ids live in one table each', function () {
  this.timeout(20_000);
  it('finds the sources it checks', () => {
    for (const file of [PROTOCOL_MODULE, COMMAND_TABLE, 'client/src/extension.ts', 'test/support/serverProcess.ts'])
      assert.ok(TYPESCRIPT.includes(file), file);
  });

  it('names an LSP or Vetted method only in the protocol module (everything else uses its typed descriptors)', () => {
    const misplaced = TYPESCRIPT.filter((file) => file !== PROTOCOL_MODULE && file !== THIS_TEST)
      .flatMap(literalsOf)
      .filter((l) => METHOD_NAME.test(l.text) && !(l.file === UNKNOWN_METHOD.file && l.text === UNKNOWN_METHOD.method));
    assert.deepStrictEqual(misplaced.map(where), []);
  });

  it('never sends or handles a message by a string name', () => {
    const byName = TYPESCRIPT.flatMap(literalsOf).filter((l) => l.call && MESSAGE_CALLS.has(l.call.name) && l.call.argument === 0);
    assert.deepStrictEqual(byName.map(where), []);
  });

  it('declares each Vetted message once, with a method of its own', () => {
    const descriptors = Object.entries(protocol).filter(([, value]) => value && typeof value === 'object' && 'method' in value) as [
      string,
      { method: string },
    ][];
    const methods = descriptors.map(([, d]) => d.method);
    assert.ok(methods.length >= 4, methods.join());
    assert.deepStrictEqual(
      methods.filter((m) => !m.startsWith('vetted/')),
      [],
    );
    assert.strictEqual(new Set(methods).size, methods.length, methods.join());
    const inModule = literalsOf(PROTOCOL_MODULE)
      .filter((l) => METHOD_NAME.test(l.text))
      .map((l) => l.text);
    assert.deepStrictEqual(inModule.sort(), [...methods].sort(), 'every method name in the module belongs to one exported descriptor');
  });

  it('spells a command id only in the command table', () => {
    const misplaced = TYPESCRIPT.filter((file) => file !== COMMAND_TABLE)
      .flatMap(literalsOf)
      .filter(
        (l) =>
          COMMAND_IDS.has(l.text) ||
          (l.text.startsWith('vetted.') &&
            ((l.call && COMMAND_CALLS.has(l.call.name) && l.call.argument === 0) || l.property === 'command')),
      );
    assert.deepStrictEqual(misplaced.map(where), []);
  });

  it('registers commands only through the table (its handler record must have one for each)', () => {
    const calls = (file: string, name: string) => {
      const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
      let count = 0;
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node)) {
          const callee = node.expression;
          if ((ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '') === name) count++;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return count;
    };
    const client = TYPESCRIPT.filter((file) => file.startsWith('client/src/'));
    assert.deepStrictEqual(
      client.filter((file) => calls(file, 'registerCommand') > 0),
      ['client/src/commands.ts'],
    );
    assert.strictEqual(calls('client/src/extension.ts', 'registerCommands'), 1, "activate registers the table's commands");
  });

  it('runs only commands of the table in the editor tests', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string };
    const extensionId = `${manifest.publisher}.${manifest.name}`;
    const scripts = filesUnder(['test/e2e'], ['.js', '.mjs'], ['test/e2e/results', 'test/e2e/node_modules']);
    const named = scripts
      .flatMap(literalsOf)
      .filter((l) => /^vetted\.[A-Za-z]+$/.test(l.text) && l.text !== extensionId && !/\.(js|mjs|json|vsix|sarif)$/.test(l.text));
    assert.ok(named.length > 0, 'the editor tests run Vetted commands');
    assert.deepStrictEqual(named.filter((l) => !COMMAND_IDS.has(l.text)).map(where), []);
  });
});
