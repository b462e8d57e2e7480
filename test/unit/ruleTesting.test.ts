import * as assert from 'assert';
import { parseAnnotations } from '../../server/src/ruleTesting/annotations';
import { codeBlocks, splitParts } from '../../server/src/ruleTesting/explanationExamples';
import { lineDiff } from '../../server/src/ruleTesting/lineDiff';

describe('rule testing: annotations', () => {
  it('reads every marker, several ids, and a note, for the next non-blank line', () => {
    const text = [
      '// vetted-expect: a.b.c, a.b.d',
      '',
      'one();',
      '# vetted-ok: a.b.c',
      'two()',
      '/* vetted-todo-expect: a.b.c — merge is not followed */',
      'three();',
      '{/* vetted-todo-ok: a.b.c */}',
      '<Four />',
    ].join('\n');
    assert.deepStrictEqual(parseAnnotations(text), [
      { kind: 'expect', ruleId: 'a.b.c', line: 2 },
      { kind: 'expect', ruleId: 'a.b.d', line: 2 },
      { kind: 'ok', ruleId: 'a.b.c', line: 4 },
      { kind: 'todo-expect', ruleId: 'a.b.c', line: 6, note: 'merge is not followed' },
      { kind: 'todo-ok', ruleId: 'a.b.c', line: 8 },
    ]);
  });

  it('ignores a marker inside code (a string is not an annotation)', () => {
    assert.deepStrictEqual(parseAnnotations("const s = '// vetted-expect: a.b.c';\nnext();\n"), []);
  });
});

describe('rule testing: explanation examples', () => {
  it('splits a block at // Bad and // Good lines; lines before the first marker are a preamble', () => {
    const [block] = codeBlocks(
      ['Text.', '', '```js', "const db = require('db');", '// Bad', 'db.run(a);', '// Good: bound', 'db.run(b, [a]);', '```'].join('\n'),
    );
    assert.strictEqual(block.info, 'js');
    assert.deepStrictEqual(splitParts(block), [
      { verdict: 'Bad', label: 'Bad', from: 1, to: 3 },
      { verdict: 'Good', label: 'Good: bound', from: 3, to: 5 },
    ]);
  });

  it('reads the info string after the language (vetted-skip) and Python markers', () => {
    const blocks = codeBlocks(['```python', '# Bad', 'x()', '```', '```js vetted-skip', 'a', '```'].join('\n'));
    assert.deepStrictEqual(
      blocks.map((b) => b.info),
      ['python', 'js vetted-skip'],
    );
    assert.deepStrictEqual(
      splitParts(blocks[0]).map((p) => p.verdict),
      ['Bad'],
    );
  });
});

describe('rule testing: line diff', () => {
  it('shows a changed line as one - and one +, not the rest of the text', () => {
    assert.deepStrictEqual(lineDiff('a\nb\nc\nd\n', 'a\nB\nc\nd\n'), ['- b', '+ B']);
    assert.deepStrictEqual(lineDiff('a\nc\n', 'a\nb\nc\n'), ['+ b']);
    assert.deepStrictEqual(lineDiff('same\n', 'same\n'), []);
  });
});
