import * as assert from 'assert';
import { detailedReasonOf, isAiChangeSource, isTransparentChangeSource, onlyWhitespace, renameShaped } from '../../client/src/provenance/changeClassifier';
import { RegionTracker, TextChange } from '../../client/src/provenance/regionTracker';

/**
 * Which change batches keep authorship (formatting, renames), and how the proposed API's
 * detailed change reason is read.
 */

const CODE = "const digest = crypto.createHash('md5').update(password).digest('hex');\nsend(digest);\n";

/** Every whole-word occurrence of `name` replaced by `to`, as one batch (what a rename applies). */
function renameAll(text: string, name: string, to: string): TextChange[] {
  return [...text.matchAll(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g'))].map((m) => ({ offset: m.index!, length: name.length, text: to }));
}

function applyText(text: string, changes: readonly TextChange[]): string {
  for (const c of changes.slice().sort((a, b) => b.offset - a.offset)) text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  return text;
}

const META = { signal: 'inline-accept' as const, confidence: 'high' as const, acceptedAt: '2025-01-01T00:00:00.000Z', id: 'A' };

describe('change classifier', () => {
  describe('renameShaped', () => {
    it('is true for a batch of whole-word replacements of the same name by the same name', () => {
      assert.ok(renameShaped(CODE, renameAll(CODE, 'password', 'secret')));
      assert.ok(renameShaped(CODE, renameAll(CODE, 'crypto', 'nodeCrypto')));
      assert.ok(renameShaped('let ä = 1; ä++;', renameAll('let ä = 1; ä++;', 'ä', 'ö')), 'non-ASCII identifiers');
    });

    it('is false for anything else', () => {
      const at = CODE.indexOf('password');
      const cases: [string, TextChange[]][] = [
        ['an empty batch', []],
        ['typing a character', [{ offset: at, length: 0, text: 'x' }]],
        ['a deletion', [{ offset: at, length: 8, text: '' }]],
        ['part of a word', [{ offset: at, length: 4, text: 'user' }]],
        ['a replacement by a non-identifier', [{ offset: at, length: 8, text: 'req.body' }]],
        ['replacing a non-identifier', [{ offset: CODE.indexOf("'md5'"), length: 5, text: 'algo' }]],
        ['the same name again', [{ offset: at, length: 8, text: 'password' }]],
        ['different old names', [{ offset: at, length: 8, text: 'x' }, { offset: 0, length: 5, text: 'x' }]],
        ['different new names', renameAll(CODE, 'digest', 'a').map((c, i) => ({ ...c, text: i === 0 ? 'a' : 'b' }))],
      ];
      for (const [what, batch] of cases) assert.strictEqual(renameShaped(CODE, batch), false, what);
      assert.strictEqual(renameShaped(undefined, renameAll(CODE, 'password', 'secret')), false, 'without the text');
    });
  });

  it('onlyWhitespace: layout changes only', () => {
    assert.ok(onlyWhitespace('a  b', [{ offset: 1, length: 2, text: ' ' }]));
    assert.strictEqual(onlyWhitespace('a  b', [{ offset: 1, length: 2, text: '+' }]), false);
  });

  describe('a rename batch applied as transparent to the region tracker', () => {
    it('keeps the region "ai", resized to the new names', () => {
      const tracker = new RegionTracker([], CODE);
      const end = CODE.indexOf('\n');
      tracker.add(0, end, META);
      const batch = renameAll(CODE, 'password', 'secretValue');
      assert.ok(renameShaped(tracker.text, batch));
      tracker.apply(batch, 'transparent');
      const after = applyText(CODE, batch);
      assert.strictEqual(tracker.text, after);
      const [r] = tracker.regions;
      assert.strictEqual(r!.state, 'ai');
      assert.strictEqual(after.slice(r!.start, r!.end), "const digest = crypto.createHash('md5').update(secretValue).digest('hex');");
    });

    it('keeps a renamed identifier at the very start of the region inside it', () => {
      const text = 'digest.toString();\n';
      const tracker = new RegionTracker([], text);
      tracker.add(0, text.length - 1, META);
      tracker.apply(renameAll(text, 'digest', 'hash'), 'transparent');
      assert.deepStrictEqual(
        tracker.regions.map((r) => [r.start, r.end, r.state]),
        [[0, 'hash.toString();'.length, 'ai']],
      );
    });

    it('the same batch as a user edit would mark the region ai-modified (what transparency prevents)', () => {
      const tracker = new RegionTracker([], CODE);
      tracker.add(0, CODE.indexOf('\n'), META);
      tracker.apply(renameAll(CODE, 'password', 'secretValue'), 'user');
      assert.strictEqual(tracker.regions[0]!.state, 'ai-modified');
    });
  });

  describe('detailed change reason (proposed textDocumentChangeReason API)', () => {
    it('reads the shape the extension host sends: { source, metadata: { source, … } }', () => {
      const event = { detailedReason: { source: 'inlineCompletionAccept', metadata: { source: 'inlineCompletionAccept', $nes: false, $extensionId: 'fake.ai' } } };
      const reason = detailedReasonOf(event);
      assert.deepStrictEqual(reason, { source: 'inlineCompletionAccept', metadata: event.detailedReason.metadata });
      assert.ok(isAiChangeSource(reason));
      assert.strictEqual(isTransparentChangeSource(reason), false);
    });

    it('falls back to metadata.source, and ignores a missing or malformed field', () => {
      assert.deepStrictEqual(detailedReasonOf({ detailedReason: { metadata: { source: 'rename' } } }), { source: 'rename', metadata: { source: 'rename' } });
      for (const event of [{}, { detailedReason: undefined }, { detailedReason: 'rename' }, { detailedReason: { source: 7 } }, { detailedReason: [] }]) {
        assert.strictEqual(detailedReasonOf(event), undefined, JSON.stringify(event));
      }
    });

    it('knows which sources are AI acceptances and which are transparent', () => {
      const of = (source: string) => ({ source, metadata: { source } });
      for (const source of ['inlineCompletionAccept', 'inlineCompletionPartialAccept', 'Chat.applyEdits', 'inlineChat.applyEdits']) assert.ok(isAiChangeSource(of(source)), source);
      for (const source of ['cursor', 'rename', 'formatEditsCommand', 'unknown', 'Chat.undoEdits']) assert.strictEqual(isAiChangeSource(of(source)), false, source);
      assert.ok(isTransparentChangeSource(of('rename')));
      assert.strictEqual(isTransparentChangeSource(undefined), false);
    });
  });
});
