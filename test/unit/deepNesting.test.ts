import * as assert from 'assert';
import { Node } from 'web-tree-sitter';
import { ConstantAnalysis } from '../../server/src/engine/constants';
import { VettedEngine } from '../../server/src/engine/engine';
import {
  javascriptCallChain,
  javascriptConcatenation,
  javascriptParentheses,
  pythonCallChain,
  pythonConcatenation,
  pythonNestedLists,
} from '../support/hostileSources';

/**
 * Files whose trees are as deep as they are long: the engine answers with findings (or a partial
 * result), never a stack overflow, and its work on names grows with the file, not its cube.
 */
describe('deeply nested code', function () {
  this.timeout(60_000);
  const engine = VettedEngine.create();
  const found = async (grammar: 'javascript' | 'python', text: string) => {
    const result = await engine.analyzeText(text, grammar, { timeBudgetMs: 20_000 });
    return { partial: result.timedOut, findings: result.findings.map((f) => `${f.rule.id}@${f.range.start.line}`) };
  };

  it('reports the SQL built from a 5,000-term concatenation instead of overflowing the stack', async () => {
    assert.deepStrictEqual(await found('javascript', javascriptConcatenation()), {
      partial: false,
      findings: ['js.injection.sql-string@1'],
    });
    assert.deepStrictEqual(await found('python', pythonConcatenation()), { partial: false, findings: ['py.injection.sql-format@1'] });
  });

  it('reports the eval inside thousands of nested parentheses and lists', async () => {
    assert.deepStrictEqual(await found('javascript', javascriptParentheses()), { partial: false, findings: ['js.injection.eval@1'] });
    assert.deepStrictEqual(await found('python', pythonNestedLists()), { partial: false, findings: ['py.injection.eval-exec@1'] });
  });

  it('looks up the bindings of a name used 1,000 times in one call chain with one parent lookup per node', async () => {
    for (const [grammar, text] of [
      ['javascript', javascriptCallChain()],
      ['python', pythonCallChain()],
    ] as const) {
      const tree = await engine.parse(grammar, text);
      const counted = countParentLookups();
      try {
        const constants = new ConstantAnalysis(tree, grammar);
        assert.strictEqual(
          constants.fingerprint('v'),
          grammar === 'python' ? 'subscript:request.args["v"]' : 'member_expression:req.query.v',
        );
      } finally {
        counted.restore();
      }
      // Walking to the root from each of the 1,000 uses asked for millions of parents (each as
      // costly as the node is deep): seconds. Remembered, it is at most one per node.
      assert.ok(counted.calls > 0, 'the count sees the analysis ask for parents');
      assert.ok(
        counted.calls <= tree.rootNode.descendantCount,
        `${counted.calls} parent lookups for ${tree.rootNode.descendantCount} nodes`,
      );
      tree.delete();
    }
  });

  it('follows a chain of names bound to each other only so deep, then treats the value as not constant', async () => {
    // Concatenated, so eval's syntactic pattern (non-constant check) applies; a bare name is left to taint.
    const lines = [
      "const a0 = 'x';",
      ...Array.from({ length: 300 }, (_, i) => `const a${i + 1} = a${i} + 'x';`),
      "eval(a300 + '');",
      "eval(a10 + '');",
    ];
    const result = await found('javascript', lines.join('\n'));
    assert.deepStrictEqual(result, { partial: false, findings: ['js.injection.eval@301'] });
  });
});

/** Counts `node.parent` reads (each one descends from the root in tree-sitter). */
function countParentLookups(): { calls: number; restore: () => void } {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'parent')!;
  const counter = { calls: 0, restore: () => Object.defineProperty(Node.prototype, 'parent', descriptor) };
  Object.defineProperty(Node.prototype, 'parent', {
    configurable: true,
    get(this: Node) {
      counter.calls++;
      return descriptor.get!.call(this) as Node | null;
    },
  });
  return counter;
}
