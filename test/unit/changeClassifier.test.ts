import * as assert from 'assert';
import {
  asRename,
  chatEditOf,
  chatEditSpans,
  detailedReasonOf,
  isAiChangeSource,
  isChatEditingScheme,
  isChatRevertSource,
  isTransparentChangeSource,
  minimalChanges,
  onlyWhitespace,
  renameShaped,
  splitUnchangedLines,
  textBeforeBatch,
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
      for (const source of ['inlineCompletionAccept', 'inlineCompletionPartialAccept']) assert.ok(isAiChangeSource(of(source)), source);
      // Chat and agent edits are read by chatEditOf (signal chat-edit), not as inline acceptances.
      for (const source of [
        'cursor',
        'rename',
        'formatEditsCommand',
        'unknown',
        'Chat.undoEdits',
        'Chat.applyEdits',
        'inlineChat.applyEdits',
      ])
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

  describe('chat and agent edits', () => {
    /** The detailed reason VS Code 1.139.1 sent for an edit of the chat view (agent mode, its default), as logged in the e2e run. */
    const PANEL_AGENT = {
      source: 'Chat.applyEdits',
      metadata: {
        source: 'Chat.applyEdits',
        $modelId: 'fake-chat|fake-chat-model',
        $extensionId: 'vetted-test.fake-chat-assistant',
        $extensionVersion: '0.0.1',
        $$languageId: 'javascript',
        $$sessionId: '89af3622-e77d-4bfa-ba8d-b22390dfec92',
        $$requestId: 'request_2c31dee5-2c85-4482-a3a0-fb1b64f3fc8e',
        $$mode: 'agent',
      },
    };
    const withMeta = (source: string, metadata: Record<string, unknown>) => ({ source, metadata: { source, ...metadata } });

    it('reads a chat panel edit as the editor sends it: agent mode, the model, the request', () => {
      assert.deepStrictEqual(chatEditOf(detailedReasonOf({ detailedReason: PANEL_AGENT })), {
        kind: 'agent',
        source: 'Chat.applyEdits',
        agent: 'fake-chat/fake-chat-model',
        requestId: 'request_2c31dee5-2c85-4482-a3a0-fb1b64f3fc8e',
      });
    });

    it('reads an inline chat (Ctrl+I) edit as the editor sends it: chat, the model, the request', () => {
      const inline = {
        source: 'inlineChat.applyEdits',
        metadata: {
          source: 'inlineChat.applyEdits',
          $modelId: 'fake-chat|fake-chat-model',
          $extensionId: 'vetted-test.fake-chat-assistant',
          $extensionVersion: '0.0.1',
          $$sessionId: '12b23b68-8acd-4d27-9776-7be643905447',
          $$requestId: 'request_aefe73b8-1cb0-4513-9b70-f5ed7d6fb75c',
          $$languageId: 'javascript',
        },
      };
      assert.deepStrictEqual(chatEditOf(detailedReasonOf({ detailedReason: inline })), {
        kind: 'chat',
        source: 'inlineChat.applyEdits',
        agent: 'fake-chat/fake-chat-model',
        requestId: 'request_aefe73b8-1cb0-4513-9b70-f5ed7d6fb75c',
      });
    });

    it('ask and edit modes and inline chat are chat; agent mode, custom agents and agent hosts are agent', () => {
      const kind = (source: string, metadata: Record<string, unknown>) => chatEditOf(withMeta(source, metadata))?.kind;
      assert.strictEqual(kind('Chat.applyEdits', { $$mode: 'ask' }), 'chat');
      assert.strictEqual(kind('Chat.applyEdits', { $$mode: 'edit' }), 'chat');
      assert.strictEqual(kind('Chat.applyEdits', {}), 'chat', 'no mode named');
      assert.strictEqual(kind('Chat.applyEdits', { $$mode: 'agent' }), 'agent');
      assert.strictEqual(kind('Chat.applyEdits', { $$mode: 'custom' }), 'agent');
      assert.strictEqual(kind('Chat.applyEdits', { $origin: 'agentHost', $harness: 'cli' }), 'agent');
      // Inline chat (Ctrl+I): its metadata has no mode.
      assert.strictEqual(kind('inlineChat.applyEdits', { $modelId: 'copilot|gpt-4.1', $$requestId: 'r1' }), 'chat');
    });

    it('names the model, else the extension, else the harness; nothing when none is named', () => {
      const agent = (metadata: Record<string, unknown>) => chatEditOf(withMeta('Chat.applyEdits', metadata))?.agent;
      assert.strictEqual(agent({ $modelId: 'copilot|gpt-4.1', $extensionId: 'github.copilot-chat' }), 'copilot/gpt-4.1');
      assert.strictEqual(agent({ $extensionId: 'github.copilot-chat' }), 'github.copilot-chat');
      assert.strictEqual(agent({ $origin: 'agentHost', $harness: 'claude' }), 'claude');
      assert.strictEqual(agent({ $modelId: '' }), undefined);
      assert.strictEqual(agent({}), undefined);
      assert.ok(!('agent' in chatEditOf(withMeta('Chat.applyEdits', {}))!));
    });

    it('is nothing for other sources or no reason', () => {
      for (const source of ['inlineCompletionAccept', 'unknown', 'cursor', 'setValue', 'Chat.undoEdits', 'Chat.reset'])
        assert.strictEqual(chatEditOf(withMeta(source, { $$mode: 'agent' })), undefined, source);
      assert.strictEqual(chatEditOf(undefined), undefined);
    });

    it("recognises the session's reverts: Undo/Discard, reset, and undo/redo of a request", () => {
      assert.ok(isChatRevertSource(withMeta('Chat.undoEdits', {})));
      assert.ok(isChatRevertSource(withMeta('Chat.reset', {})));
      assert.ok(isChatRevertSource({ source: 'unknown', metadata: { source: 'unknown', name: 'editSessionUndoRedo' } }));
      assert.strictEqual(isChatRevertSource({ source: 'unknown', metadata: { source: 'unknown', name: 'pushEditOperation' } }), false);
      assert.strictEqual(isChatRevertSource(PANEL_AGENT), false);
      assert.strictEqual(isChatRevertSource(undefined), false);
    });

    it("ignores the session's own copies of a file", () => {
      assert.ok(isChatEditingScheme('chat-editing-text-model'));
      assert.ok(isChatEditingScheme('chat-editing-snapshot-text-model'));
      for (const scheme of ['file', 'untitled', 'vscode-remote', 'chatSessionInput'])
        assert.strictEqual(isChatEditingScheme(scheme), false, scheme);
    });

    describe('the spans a chat edit wrote', () => {
      const BEFORE = '// header\nconst a = 1;\n';
      const spansOf = (before: string, changes: TextChange[], same: { start: number; end: number }[] = []) => {
        const after = applyText(before, changes);
        return chatEditSpans(after, before, changes, same).map((s) => after.slice(s.start, s.end));
      };

      it('are the code it inserted, without the line break before it or the whitespace after it', () => {
        // What the fake chat participant sends in the e2e tests: a line break, three lines, a line break.
        const code = "\nconst t = crypto.createHash('md5');\nrun(t);\n";
        assert.deepStrictEqual(spansOf(BEFORE, [{ offset: BEFORE.length - 1, length: 0, text: code }]), [
          "const t = crypto.createHash('md5');\nrun(t);",
        ]);
      });

      it('leave out what a replacement has in common with the text it replaced', () => {
        const at = BEFORE.indexOf('1;');
        assert.deepStrictEqual(spansOf(BEFORE, [{ offset: at, length: 2, text: '1 + two();' }]), [' + two()']);
        assert.deepStrictEqual(spansOf(BEFORE, [{ offset: at, length: 2, text: '1;' }]), [], 'an edit that changes nothing');
        assert.deepStrictEqual(spansOf(BEFORE, [{ offset: 0, length: 0, text: '\n\n  ' }]), [], 'only layout');
      });

      it('without the text before, are the insertions only (a replacement would tag the lines it kept)', () => {
        // The built-in edit tool replaces the whole file with its new text (seen in 1.139).
        const code = "const t = crypto.createHash('md5');\n";
        const whole = [{ offset: 0, length: BEFORE.length, text: BEFORE + code }];
        const after = applyText(BEFORE, whole);
        assert.deepStrictEqual(chatEditSpans(after, undefined, whole), []);
        assert.deepStrictEqual(
          chatEditSpans(after, BEFORE, whole).map((s) => after.slice(s.start, s.end)),
          ["const t = crypto.createHash('md5');"],
        );
        const insert = [{ offset: BEFORE.length, length: 0, text: code }];
        assert.deepStrictEqual(
          chatEditSpans(after, undefined, insert).map((s) => after.slice(s.start, s.end)),
          ["const t = crypto.createHash('md5');"],
        );
      });

      it("textBeforeBatch: the session's copy of the file is the text before only if the batch turns it into the text after", () => {
        const whole = [{ offset: 0, length: BEFORE.length, text: BEFORE + 'x();\n' }];
        assert.strictEqual(textBeforeBatch(BEFORE, whole, BEFORE + 'x();\n'), BEFORE);
        assert.strictEqual(textBeforeBatch('// other\n', whole, BEFORE + 'x();\n'), undefined, 'a different text');
        assert.strictEqual(textBeforeBatch('', whole, BEFORE + 'x();\n'), undefined, 'too short for the change');
        const two = [
          { offset: 0, length: 0, text: 'a' },
          { offset: 3, length: 1, text: 'b' },
        ];
        assert.strictEqual(textBeforeBatch('0123', two, 'a012b'), '0123');
      });

      it('place every change of a batch in the text after it', () => {
        const changes = [
          { offset: 0, length: 0, text: 'use(x);\n' },
          { offset: BEFORE.indexOf('1'), length: 1, text: 'two()' },
        ];
        assert.deepStrictEqual(spansOf(BEFORE, changes), ['use(x);', 'two()']);
      });

      it('reach a region of the same request, or another span of the batch, across whitespace only', () => {
        const before = 'first();\n\nhuman();\n';
        const after = 'first();\nsecond();\nhuman();\nthird();\n';
        const changes = [
          { offset: 9, length: 0, text: 'second();' },
          { offset: before.length, length: 0, text: 'third();\n' },
        ];
        assert.strictEqual(applyText(before, changes), after);
        const spans = chatEditSpans(after, before, changes, [{ start: 0, end: 8 }]);
        // "second();" joins the request's earlier "first();"; "third();" does not cross the human line.
        assert.deepStrictEqual(
          spans.map((s) => after.slice(s.start, s.end)),
          ['\nsecond();', 'third();'],
        );
        assert.strictEqual(spans[0].start, 8);
        const together = chatEditSpans('a();\n\nb();', 'a();\n\n', [{ offset: 6, length: 0, text: 'b();' }], []);
        assert.deepStrictEqual(together, [{ start: 6, end: 10 }]);
        const batch = [
          { offset: 0, length: 0, text: 'x();\n' },
          { offset: 0, length: 0, text: '' },
        ];
        assert.deepStrictEqual(chatEditSpans('x();\n', '', batch), [{ start: 0, end: 4 }]);
      });
    });

    describe("a revert replacing the whole document (what the session's Undo applies)", () => {
      const ORIGINAL = "// header\nconst h = crypto.createHash('md5');\n\n";
      const CHAT = 'const token = crypto.randomBytes(4);\ndb.query(`DELETE ${id}`);\n';
      const tabStart = ORIGINAL.indexOf('const h');
      const tabEnd = ORIGINAL.indexOf(';') + 1;
      const chatTag = {
        signal: 'chat-edit' as const,
        confidence: 'high' as const,
        acceptedAt: '2026-01-01T00:00:00.000Z',
        kind: 'agent' as const,
        id: 'C',
      };

      function afterChatEdit(): RegionTracker {
        const tracker = new RegionTracker([], ORIGINAL);
        tracker.add(tabStart, tabEnd, META);
        tracker.apply([{ offset: ORIGINAL.length, length: 0, text: CHAT }], 'user');
        tracker.add(ORIGINAL.length, ORIGINAL.length + CHAT.length - 1, chatTag);
        return tracker;
      }

      it('cut down to what changed, removes the chat edit and keeps AI code from before the session', () => {
        const tracker = afterChatEdit();
        const revert: TextChange[] = [{ offset: 0, length: tracker.text!.length, text: ORIGINAL }];
        const minimal = minimalChanges(tracker.text, revert);
        assert.deepStrictEqual(minimal, [{ offset: ORIGINAL.length, length: CHAT.length, text: '' }]);
        tracker.apply(minimal, 'undo');
        assert.strictEqual(tracker.text, ORIGINAL);
        assert.deepStrictEqual(
          tracker.regions.map((r) => [r.start, r.end, r.signal, r.state]),
          [[tabStart, tabEnd, 'inline-accept', 'ai']],
        );
      });

      it('applied whole, would also have dropped the earlier AI code (what cutting it down prevents)', () => {
        const tracker = afterChatEdit();
        tracker.apply([{ offset: 0, length: tracker.text!.length, text: ORIGINAL }], 'undo');
        assert.deepStrictEqual(tracker.regions, []);
      });

      it('leaves batches of several changes, and an unchanged text, as they are', () => {
        const two: TextChange[] = [
          { offset: 0, length: 1, text: 'a' },
          { offset: 5, length: 1, text: 'b' },
        ];
        assert.strictEqual(minimalChanges('0123456', two), two);
        assert.deepStrictEqual(minimalChanges('same', [{ offset: 0, length: 4, text: 'same' }]), []);
        assert.deepStrictEqual(minimalChanges(undefined, two), two);
      });
    });
  });
});
