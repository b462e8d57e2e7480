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
});
