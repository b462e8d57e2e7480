import * as assert from 'assert';
import { VettedEngine } from '../../server/src/engine/engine';
import { ParsedDocument } from '../../server/src/engine/parsedDocument';

/** LSP: a column past the end of a line means the end of that line, not the start of the next. */
describe('ParsedDocument positions', () => {
  it('inserts at the end of the line (before its terminator) when the column is past it', async () => {
    const engine = VettedEngine.create();
    for (const eol of ['\n', '\r\n', '\r']) {
      const doc = ParsedDocument.create(await engine.parser('javascript'), 'javascript', `a;${eol}b;${eol}`);
      try {
        doc.update([{ range: { start: { line: 0, character: 40 }, end: { line: 0, character: 40 } }, text: ' // x' }]);
        assert.strictEqual(doc.text, `a; // x${eol}b;${eol}`, JSON.stringify(eol));
      } finally {
        doc.dispose();
      }
    }
  });

  it('keeps line/column positions right through edits that add and remove lines, and a paste of 5,000 lines', async () => {
    const engine = VettedEngine.create();
    const parser = await engine.parser('javascript');
    let text = Array.from({ length: 300 }, (_, i) => `const v${i} = ${i};`).join('\n') + '\n';
    const doc = ParsedDocument.create(parser, 'javascript', text);
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const inserts = ['x', '\n', 'a\nb\n', '', Array.from({ length: 5000 }, (_, i) => `paste${i};`).join('\n')];
    try {
      for (let step = 0; step < 60; step++) {
        const start = Math.floor(random() * text.length);
        const end = Math.min(text.length, start + Math.floor(random() * 30));
        const insert = inserts[step === 30 ? 4 : Math.floor(random() * 4)];
        const position = (o: number) => {
          const before = text.slice(0, o);
          return { line: before.split('\n').length - 1, character: o - before.lastIndexOf('\n') - 1 };
        };
        doc.update([{ range: { start: position(start), end: position(end) }, text: insert }]);
        text = text.slice(0, start) + insert + text.slice(end);
        for (let i = 0; i < 20; i++) {
          const offset = Math.floor(random() * (text.length + 1));
          const expected = position(offset);
          assert.deepStrictEqual(doc.pointAt(offset), { row: expected.line, column: expected.character }, `step ${step}`);
          assert.strictEqual(doc.offsetAt(expected), offset);
        }
      }
    } finally {
      doc.dispose();
    }
  });
});
