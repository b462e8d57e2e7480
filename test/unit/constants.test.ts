import * as assert from 'assert';
import type { Node } from 'web-tree-sitter';
import { ConstantAnalysis } from '../../server/src/engine/constants';
import { VettedEngine } from '../../server/src/engine/engine';

/** `is: constant` resolves names through their bindings in the file, found from the name's occurrences. */
describe('ConstantAnalysis', () => {
  const engine = VettedEngine.create();

  async function argumentOf(
    grammar: 'javascript' | 'python',
    source: string,
    call: string,
  ): Promise<{ node: Node; constants: ConstantAnalysis }> {
    const tree = await engine.parse(grammar, source);
    const calls = tree.rootNode
      .descendantsOfType(grammar === 'python' ? 'call' : 'call_expression')
      .filter((n) => n?.childForFieldName('function')?.text === call);
    const args = calls[0].childForFieldName('arguments')!;
    return { node: args.namedChild(0)!, constants: new ConstantAnalysis(tree, grammar) };
  }

  it('follows every binding of a name, and treats parameters, compound assignments and missing names as runtime values', async () => {
    const js = [
      "const base = 'ls';",
      "let cmd = base + ' -la';",
      "cmd = 'pwd';",
      'run(cmd);',
      'function f(param) { run2(param); }',
      'let n = 1; n += 1; run3(n);',
      'run4(undeclared);',
      'run5(cmdx);',
    ].join('\n');
    const check = async (call: string) => {
      const { node, constants } = await argumentOf('javascript', js, call);
      return constants.isConstant(node);
    };
    assert.strictEqual(await check('run'), true);
    assert.strictEqual(await check('run2'), false, 'a parameter');
    assert.strictEqual(await check('run3'), false, 'n += 1');
    assert.strictEqual(await check('run4'), false, 'never bound');
    assert.strictEqual(await check('run5'), false, 'cmdx is not cmd');
  });

  it('finds bindings in a file that starts with blank lines (the root node starts at its first token)', async () => {
    for (const grammar of ['javascript', 'python'] as const) {
      const source = grammar === 'python' ? "\n\n\nbase = 'ls'\nrun(base)\n" : "\n\n\nconst base = 'ls';\nrun(base);\n";
      const { node, constants } = await argumentOf(grammar, source, 'run');
      assert.strictEqual(constants.isConstant(node), true, grammar);
    }
  });

  it('does not hang on the zero-width name error recovery inserts', async () => {
    const { node, constants } = await argumentOf('javascript', 'exec(x +)', 'exec');
    assert.strictEqual(constants.isConstant(node), false);
    assert.strictEqual(constants.fingerprint(''), 'unknown');
  });

  it('treats Python loop targets, imports and with-targets as runtime values', async () => {
    const py = [
      'import cmd_mod',
      "q = 'select 1'",
      'for row in rows:',
      '    run(row)',
      'with open(p) as fh:',
      '    run2(fh)',
      'run3(q)',
    ].join('\n');
    for (const [call, expected] of [
      ['run', false],
      ['run2', false],
      ['run3', true],
    ] as const) {
      const { node, constants } = await argumentOf('python', py, call);
      assert.strictEqual(constants.isConstant(node), expected, call);
    }
  });
});
