import * as assert from 'assert';
import {
  asRename,
  detailedReasonOf,
  isAiChangeSource,
  isTransparentChangeSource,
  onlyWhitespace,
  renameShaped,
  splitUnchangedLines,
} from '../../client/src/provenance/changeClassifier';
import { RegionTracker, TextChange } from '../../server/src/provenance/regionTracker';

/**
 * Which change batches keep authorship (formatting, renames), and how the proposed API's
 * detailed change reason is read.
 */

const CODE = "const digest = crypto.createHash('md5').update(password).digest('hex');\nsend(digest, password);\n";

/** Every whole-word occurrence of `name` replaced by `to`, as one batch (what a rename applies). */
function renameAll(text: string, name: string, to: string): TextChange[] {
  return [...text.matchAll(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g'))].map((m) => ({
    offset: m.index,
    length: name.length,
    text: to,
  }));
}

function applyText(text: string, changes: readonly TextChange[]): string {
  for (const c of changes.slice().sort((a, b) => b.offset - a.offset))
    text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  return text;
}

const META = { signal: 'inline-accept' as const, confidence: 'high' as const, acceptedAt: '2025-01-01T00:00:00.000Z', id: 'A' };

describe('change classifier', () => {
  describe('renameShaped', () => {
    it('is true for a batch turning every occurrence of one name into the same new name', () => {
      assert.ok(renameShaped(CODE, renameAll(CODE, 'password', 'secret')));
      assert.ok(renameShaped(CODE, renameAll(CODE, 'digest', 'hash')));
      assert.ok(renameShaped('let ä = 1; ä++;', renameAll('let ä = 1; ä++;', 'ä', 'ö')), 'non-ASCII identifiers');
    });

    it("is true for VS Code's minimal diff of a rename (what 1.100 really sends for digest -> passwordDigest)", () => {
      const text = 'const digest = 1;\nconsole.log(digest);';
      const [first, second] = [text.indexOf('digest'), text.lastIndexOf('digest')];
      const batch: TextChange[] = [
        { offset: second + 1, length: 0, text: 'D' },
        { offset: second, length: 0, text: 'passwor' },
        { offset: first + 1, length: 0, text: 'D' },
        { offset: first, length: 0, text: 'passwor' },
      ];
      assert.strictEqual(applyText(text, batch), 'const passwordDigest = 1;\nconsole.log(passwordDigest);');
      assert.ok(renameShaped(text, batch));
      const shortened = [
        { offset: first + 3, length: 3, text: '' },
        { offset: second + 3, length: 3, text: '' },
      ];
      assert.ok(renameShaped(text, shortened), 'digest -> dig');
    });

    it('is false for anything else', () => {
      const [p1, p2] = [CODE.indexOf('password'), CODE.lastIndexOf('password')];
      const both = (length: number, text: string, shift = 0): TextChange[] => [
        { offset: p1 + shift, length, text },
        { offset: p2 + shift, length, text },
      ];
      const cases: [string, TextChange[]][] = [
        ['an empty batch', []],
        ['one occurrence (typing inside a word looks the same)', renameAll(CODE, 'crypto', 'nodeCrypto')],
        ['typing one character inside a word', [{ offset: p1 + 3, length: 0, text: 'x' }]],
        ['deleting both names', both(8, '')],
        ['replacing both by a non-identifier', both(8, 'req.body')],
        ['typing a dot after both', both(0, '.', 8)],
        [
          'replacing non-identifiers',
          [
            { offset: CODE.indexOf("'md5'"), length: 1, text: 'x' },
            { offset: CODE.indexOf("'hex'"), length: 1, text: 'x' },
          ],
        ],
        ['the same name again', both(8, 'password')],
        [
          'different old names',
          [
            { offset: p1, length: 8, text: 'x' },
            { offset: 0, length: 5, text: 'x' },
          ],
        ],
        [
          'different new names',
          [
            { offset: p1, length: 8, text: 'a' },
            { offset: p2, length: 8, text: 'b' },
          ],
        ],
        [
          'a name and a longer one containing it',
          [
            { offset: p1, length: 8, text: 'x' },
            { offset: CODE.indexOf('digest'), length: 0, text: 'password' },
          ],
        ],
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
      assert.ok(renameShaped(tracker.text, batch), 'one use inside the region, one after it');
      tracker.apply(batch, 'transparent');
      const after = applyText(CODE, batch);
      assert.strictEqual(tracker.text, after);
      const [r] = tracker.regions;
      assert.strictEqual(r.state, 'ai');
      assert.strictEqual(after.slice(r.start, r.end), "const digest = crypto.createHash('md5').update(secretValue).digest('hex');");
    });

    it('keeps a renamed identifier at the very start of the region inside it', () => {
      const text = 'digest.toString();\nlog(digest);\n';
      const tracker = new RegionTracker([], text);
      tracker.add(0, 'digest.toString();'.length, META);
      tracker.apply(renameAll(text, 'digest', 'hash'), 'transparent');
      assert.deepStrictEqual(
        tracker.regions.map((r) => [r.start, r.end, r.state]),
        [[0, 'hash.toString();'.length, 'ai']],
      );
    });

    it("keeps the whole new name in the region from VS Code's minimal diff too (applied word by word)", () => {
      const text = 'digest.toString();\nlog(digest);\n';
      const tracker = new RegionTracker([], text);
      tracker.add(0, 'digest.toString();'.length, META);
      // digest -> hash as a diff that is not whole words: "dige" -> "ha" and "t" -> "h", in both places.
      const diff: TextChange[] = [
        { offset: 0, length: 4, text: 'ha' },
        { offset: 5, length: 1, text: 'h' },
        { offset: 23, length: 4, text: 'ha' },
        { offset: 28, length: 1, text: 'h' },
      ];
      assert.strictEqual(applyText(text, diff), 'hash.toString();\nlog(hash);\n');
      const words = asRename(tracker.text, diff)!;
      assert.deepStrictEqual(words, [
        { offset: 0, length: 6, text: 'hash' },
        { offset: 23, length: 6, text: 'hash' },
      ]);
      tracker.apply(words, 'transparent');
      assert.strictEqual(tracker.text, applyText(text, diff));
      assert.deepStrictEqual(
        tracker.regions.map((r) => [r.start, r.end, r.state]),
        [[0, 'hash.toString();'.length, 'ai']],
      );
    });

    it('the same batch as a user edit would mark the region ai-modified (what transparency prevents)', () => {
      const tracker = new RegionTracker([], CODE);
      tracker.add(0, CODE.indexOf('\n'), META);
      tracker.apply(renameAll(CODE, 'password', 'secretValue'), 'user');
      assert.strictEqual(tracker.regions[0].state, 'ai-modified');
    });
  });

  describe('detailed change reason (proposed textDocumentChangeReason API)', () => {
    it('reads the shape the extension host sends: { source, metadata: { source, … } }', () => {
      const event = {
        detailedReason: {
          source: 'inlineCompletionAccept',
          metadata: { source: 'inlineCompletionAccept', $nes: false, $extensionId: 'fake.ai' },
        },
      };
      const reason = detailedReasonOf(event);
      assert.deepStrictEqual(reason, { source: 'inlineCompletionAccept', metadata: event.detailedReason.metadata });
      assert.ok(isAiChangeSource(reason));
      assert.strictEqual(isTransparentChangeSource(reason), false);
    });

    it('falls back to metadata.source, and ignores a missing or malformed field', () => {
      assert.deepStrictEqual(detailedReasonOf({ detailedReason: { metadata: { source: 'rename' } } }), {
        source: 'rename',
        metadata: { source: 'rename' },
      });
      for (const event of [
        {},
        { detailedReason: undefined },
        { detailedReason: 'rename' },
        { detailedReason: { source: 7 } },
        { detailedReason: [] },
      ]) {
        assert.strictEqual(detailedReasonOf(event), undefined, JSON.stringify(event));
      }
    });

    it('knows which sources are AI acceptances and which are transparent', () => {
      const of = (source: string) => ({ source, metadata: { source } });
      for (const source of ['inlineCompletionAccept', 'inlineCompletionPartialAccept', 'Chat.applyEdits', 'inlineChat.applyEdits'])
        assert.ok(isAiChangeSource(of(source)), source);
      for (const source of ['cursor', 'rename', 'formatEditsCommand', 'unknown', 'Chat.undoEdits'])
        assert.strictEqual(isAiChangeSource(of(source)), false, source);
      assert.ok(isTransparentChangeSource(of('rename')));
      assert.strictEqual(isTransparentChangeSource(undefined), false);
    });
  });

  describe('splitUnchangedLines: a reload from disk keeps the lines it did not change out of the edit', () => {
    const AI = "const crypto = require('crypto');\nconst digest = crypto.createHash('md5').update(req.file.buffer).digest('hex');\n";
    /** The file as `git checkout` leaves it on one branch, and on another (human lines changed above and below). */
    const ON_BRANCH =
      "'use strict';\n// Added above.\n// ai: hash it\n" + AI + '\nfunction serve(db, req, cache) {\n  return cache.get(req.id);\n}\n';
    const ON_MAIN = '// ai: hash it\n' + AI + '\nfunction serve(db, req) {\n  return db.find(req.id);\n}\n';

    /** What the editor sends on reload: one replacement from the first to the last line that differ. */
    function reloadChange(before: string, after: string): TextChange {
      const a = before.split('\n');
      const b = after.split('\n');
      let prefix = 0;
      while (prefix < Math.min(a.length, b.length) && a[prefix] === b[prefix]) prefix++;
      let suffix = 0;
      while (suffix < Math.min(a.length, b.length) - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
      const offset = a.slice(0, prefix).join('\n').length + (prefix > 0 ? 1 : 0);
      const end = before.length - a.slice(a.length - suffix).join('\n').length;
      const text = after.slice(offset, after.length - (before.length - end));
      return { offset, length: end - offset, text };
    }

    function aiTracker(text: string): RegionTracker {
      const start = text.indexOf(AI);
      const tracker = new RegionTracker([], text);
      tracker.add(start, start + AI.length - 1, META);
      return tracker;
    }

    it('gives the same text as the replacement it splits', () => {
      const cases: [string, TextChange[]][] = [
        [ON_BRANCH, [reloadChange(ON_BRANCH, ON_MAIN)]],
        [ON_MAIN, [reloadChange(ON_MAIN, ON_BRANCH)]],
        [ON_MAIN, [{ offset: 0, length: ON_MAIN.length, text: ON_BRANCH }]],
        ['a\nb\nc', [{ offset: 0, length: 5, text: 'x\nb\ny\nz' }]],
        ['a\nb\nc\n', [{ offset: 2, length: 4, text: '' }]],
        ['one line', [{ offset: 4, length: 0, text: 'more\n' }]],
      ];
      for (const [before, changes] of cases)
        assert.strictEqual(applyText(before, splitUnchangedLines(before, changes)), applyText(before, changes));
    });

    it('keeps accepted code "ai" on its lines through a checkout that changes lines above and below it', () => {
      const change = reloadChange(ON_BRANCH, ON_MAIN);
      assert.ok(
        change.offset < ON_BRANCH.indexOf(AI) && change.offset + change.length > ON_BRANCH.indexOf(AI) + AI.length,
        'the one replacement spans the accepted code',
      );
      const tracker = aiTracker(ON_BRANCH);
      tracker.apply(splitUnchangedLines(ON_BRANCH, [change]), 'user');
      assert.strictEqual(tracker.text, ON_MAIN);
      const [region, ...more] = tracker.regions;
      assert.deepStrictEqual(more, []);
      assert.strictEqual(ON_MAIN.slice(region.start, region.end), AI.trimEnd(), 'exactly the accepted code, no human line');
      assert.strictEqual(region.state, 'ai');
    });

    it('without the split the same reload loses the accepted code (what it fixes)', () => {
      const tracker = aiTracker(ON_BRANCH);
      tracker.apply([reloadChange(ON_BRANCH, ON_MAIN)], 'user');
      assert.deepStrictEqual(tracker.regions, []);
    });

    it('never tags the new human lines, and a changed line inside the accepted code makes it "ai-modified"', () => {
      const edited = ON_MAIN.replace('update(req.file.buffer)', 'update(buffer)');
      const tracker = aiTracker(ON_BRANCH);
      tracker.apply(splitUnchangedLines(ON_BRANCH, [reloadChange(ON_BRANCH, edited)]), 'user');
      const [region, ...more] = tracker.regions;
      assert.deepStrictEqual(more, []);
      assert.strictEqual(edited.slice(region.start, region.end), AI.replace('update(req.file.buffer)', 'update(buffer)').trimEnd());
      assert.strictEqual(region.state, 'ai-modified');
    });

    it('leaves changes within one line, and text it cannot know, as they are', () => {
      const typed: TextChange[] = [{ offset: 3, length: 0, text: 'x' }];
      assert.deepStrictEqual(splitUnchangedLines('abc\ndef', typed), typed);
      const reload = [reloadChange(ON_BRANCH, ON_MAIN)];
      assert.deepStrictEqual(splitUnchangedLines(undefined, reload), reload);
    });
  });
});
