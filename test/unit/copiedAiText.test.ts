import * as assert from 'assert';
import { COPY_MEMORY_MS, CopiedAiText, CopiedProvenance } from '../../client/src/provenance/copiedAiText';

/** The copy of AI code remembered in memory, for pastes whose clipboard lost the custom data. */

const COPIED: CopiedProvenance = {
  text: "const digest = crypto.createHash('md5');",
  segments: [{ start: 0, end: 40, state: 'ai', signal: 'inline-accept', confidence: 'high', acceptedAt: '2025-01-01T00:00:00.000Z' }],
};

describe('CopiedAiText', () => {
  it('gives the copied segments back for a paste of exactly the copied text', () => {
    const memory = new CopiedAiText();
    memory.remember(COPIED, 1000);
    assert.deepStrictEqual(memory.recall(COPIED.text, 2000), COPIED);
  });

  it('gives nothing for any other text, or with nothing copied', () => {
    const memory = new CopiedAiText();
    assert.strictEqual(memory.recall(COPIED.text, 0), undefined);
    memory.remember(COPIED, 0);
    for (const pasted of [undefined, '', COPIED.text + '\n', COPIED.text.slice(1), "const pasted = require('crypto').createHash('md5');"]) {
      assert.strictEqual(memory.recall(pasted, 1), undefined, JSON.stringify(pasted));
    }
  });

  it('forgets on a copy without AI segments, and after COPY_MEMORY_MS', () => {
    const memory = new CopiedAiText();
    memory.remember(COPIED, 0);
    memory.remember({ text: COPIED.text, segments: [] }, 10);
    assert.strictEqual(memory.recall(COPIED.text, 20), undefined, 'a later copy of human text');
    memory.remember(COPIED, 0);
    assert.ok(memory.recall(COPIED.text, COPY_MEMORY_MS));
    assert.strictEqual(memory.recall(COPIED.text, COPY_MEMORY_MS + 1), undefined, 'too old');
  });
});
