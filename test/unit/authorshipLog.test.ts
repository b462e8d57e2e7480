import * as assert from 'assert';
import { createHash } from 'crypto';
import { parseAuthorshipLog } from '../../cli/src/provenance/gitNotes';
import {
  attributionSource,
  authorshipNote,
  AuthorshipLogError,
  formatLineRanges,
  NoteLines,
  parseLineRanges,
  sessionHash,
  storeLines,
} from '../../server/src/provenance/authorshipLog';
import type { StoredProvenance, StoredRegion } from '../../server/src/provenance/format';

const COMMIT = 'c0ffee0000000000000000000000000000000001';
const hash16 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

const AGENT = attributionSource({ state: 'ai', kind: 'agent', agent: 'claude-code' }, '0.1.0');
const COMPLETION = attributionSource({ state: 'ai', kind: 'completion' }, '0.1.0');
const EDITED_CHAT = attributionSource({ state: 'ai-modified', kind: 'chat', agent: 'copilot' }, '0.1.0');

const metadataOf = (text: string) => JSON.parse(text.slice(text.indexOf('\n---\n') + 5)) as Record<string, unknown>;
const sorted = (set: Set<number> | undefined) => [...(set ?? [])].sort((a, b) => a - b);

/** A note git-ai wrote: a prompt entry, a newer session entry and a known-human entry, and fields Vetted does not know. */
const FOREIGN = [
  'src/app.js',
  '  3f2a9c41d0b7e655 4,10-11',
  '  s_0a1b2c3d4e5f60::t_99887766554433 20-21',
  '  h_5f4e3d2c1b0a99 30',
  '"docs/read me.md"',
  '  3f2a9c41d0b7e655 1-2',
  '---',
  JSON.stringify(
    {
      schema_version: 'authorship/3.0.0',
      git_ai_version: '1.2.0',
      base_commit_sha: COMMIT,
      prompts: {
        '3f2a9c41d0b7e655': {
          agent_id: { tool: 'cursor', id: 'b1c2d3e4', model: 'gpt-5' },
          human_author: 'A <a@example.com>',
          messages: [],
          total_additions: 5,
          total_deletions: 1,
          accepted_lines: 5,
          overriden_lines: 0,
        },
      },
      sessions: { s_0a1b2c3d4e5f60: { agent_id: { tool: 'codex', id: 'x', model: 'y' }, human_author: null } },
      humans: { h_5f4e3d2c1b0a99: { author: 'A <a@example.com>' } },
    },
    null,
    2,
  ),
].join('\n');

describe('git-ai authorship logs written by Vetted (authorship/3.0.0)', () => {
  it('names sessions by the first 16 hex digits of sha256("<tool>:<id>"), and writes line ranges sorted and compressed', () => {
    assert.strictEqual(sessionHash('vetted', 'agent:claude-code'), hash16('vetted:agent:claude-code'));
    assert.strictEqual(sessionHash('cursor', 'abc'), hash16('cursor:abc'));
    assert.strictEqual(formatLineRanges([10, 7, 3, 1, 2, 3]), '1-3,7,10');
    assert.strictEqual(formatLineRanges([5]), '5');
    assert.strictEqual(formatLineRanges([0, -1, 1.5]), '');
    assert.deepStrictEqual(parseLineRanges('1-3,7,x,5-4,,9'), [1, 2, 3, 7, 9]);
  });

  it('one source per way the text arrived and agent; text a person edited afterwards has its own', () => {
    assert.deepStrictEqual(AGENT, {
      id: 'agent:claude-code',
      model: 'claude-code',
      attributes: { vetted_version: '0.1.0', vetted_state: 'ai', vetted_kind: 'agent' },
    });
    assert.deepStrictEqual(COMPLETION.id, 'completion');
    assert.deepStrictEqual(COMPLETION.model, 'unknown');
    assert.deepStrictEqual(EDITED_CHAT.id, 'chat:copilot:edited');
    assert.deepStrictEqual(attributionSource({ state: 'ai' }, '0.1.0'), {
      id: 'ai',
      model: 'unknown',
      attributes: { vetted_version: '0.1.0', vetted_state: 'ai' },
    });
  });

  it('writes a new note: files in the order given, quoted paths with spaces, one entry per source, records in the metadata', () => {
    const lines: NoteLines[] = [
      { path: 'src/app.js', source: AGENT, lines: [3, 4, 5, 9] },
      { path: 'src/app.js', source: COMPLETION, lines: [5, 6, 12] },
      { path: 'lib/my util.py', source: EDITED_CHAT, lines: [1] },
    ];
    const { text, vettedLines, keptEntries, leftToOthers } = authorshipNote(COMMIT, lines);
    const [agent, completion, chat] = [AGENT, COMPLETION, EDITED_CHAT].map((s) => sessionHash('vetted', s.id));
    const record = (id: string, model: string, count: number, attributes: Record<string, string>) => ({
      agent_id: { tool: 'vetted', id, model },
      human_author: null,
      messages: [],
      total_additions: count,
      total_deletions: 0,
      accepted_lines: count,
      overriden_lines: 0,
      custom_attributes: attributes,
    });
    assert.strictEqual(
      text,
      [
        'src/app.js',
        `  ${agent} 3-5,9`,
        // Line 5 is the agent's already: one line, one author.
        `  ${completion} 6,12`,
        '"lib/my util.py"',
        `  ${chat} 1`,
        '---',
        JSON.stringify(
          {
            schema_version: 'authorship/3.0.0',
            base_commit_sha: COMMIT,
            prompts: {
              [agent]: record('agent:claude-code', 'claude-code', 4, AGENT.attributes),
              [completion]: record('completion', 'unknown', 2, COMPLETION.attributes),
              [chat]: record('chat:copilot:edited', 'copilot', 1, EDITED_CHAT.attributes),
            },
          },
          null,
          2,
        ),
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual([vettedLines, keptEntries, leftToOthers], [7, 0, 0]);
    // What `vetted scan --provenance` reads back.
    const read = parseAuthorshipLog(text);
    assert.deepStrictEqual(sorted(read.get('src/app.js')), [3, 4, 5, 6, 9, 12]);
    assert.deepStrictEqual(sorted(read.get('lib/my util.py')), [1]);
  });

  it("merges into another tool's note: its entries, records and unknown fields stay as written, and its lines stay its own", () => {
    const { text, vettedLines, keptEntries, leftToOthers } = authorshipNote(
      COMMIT,
      [
        { path: 'src/app.js', source: AGENT, lines: [3, 4, 5, 10, 20, 30, 40] },
        { path: 'src/new.js', source: AGENT, lines: [1, 2] },
      ],
      FOREIGN,
    );
    const agent = sessionHash('vetted', AGENT.id);
    const lines = text.split('\n');
    assert.deepStrictEqual(lines.slice(0, 10), [
      'src/app.js',
      '  3f2a9c41d0b7e655 4,10-11',
      '  s_0a1b2c3d4e5f60::t_99887766554433 20-21',
      '  h_5f4e3d2c1b0a99 30',
      `  ${agent} 3,5,40`,
      '"docs/read me.md"',
      '  3f2a9c41d0b7e655 1-2',
      'src/new.js',
      `  ${agent} 1-2`,
      '---',
    ]);
    const meta = metadataOf(text);
    const foreign = metadataOf(FOREIGN);
    assert.deepStrictEqual(Object.keys(meta), ['schema_version', 'git_ai_version', 'base_commit_sha', 'prompts', 'sessions', 'humans']);
    assert.deepStrictEqual(meta.sessions, foreign.sessions);
    assert.deepStrictEqual(meta.humans, foreign.humans);
    assert.strictEqual(meta.git_ai_version, '1.2.0');
    const prompts = meta.prompts as Record<string, { accepted_lines: number }>;
    assert.deepStrictEqual(prompts['3f2a9c41d0b7e655'], (foreign.prompts as Record<string, unknown>)['3f2a9c41d0b7e655']);
    assert.strictEqual(prompts[agent].accepted_lines, 5);
    // Lines 4, 10, 20 and 30 are attributed by the note already (AI or a known human).
    assert.deepStrictEqual([vettedLines, keptEntries, leftToOthers], [5, 4, 4]);
  });

  it('run again, replaces its own entries for the files it writes, keeps them for other files, and drops records nothing uses', () => {
    const first = authorshipNote(COMMIT, [
      { path: 'src/app.js', source: AGENT, lines: [1, 2, 3] },
      { path: 'src/app.js', source: COMPLETION, lines: [8] },
      { path: 'src/other.js', source: COMPLETION, lines: [4] },
    ]).text;
    assert.strictEqual(
      authorshipNote(
        COMMIT,
        [
          { path: 'src/app.js', source: AGENT, lines: [1, 2, 3] },
          { path: 'src/app.js', source: COMPLETION, lines: [8] },
          { path: 'src/other.js', source: COMPLETION, lines: [4] },
        ],
        first,
      ).text,
      first,
    );

    const second = authorshipNote(COMMIT, [{ path: 'src/app.js', source: EDITED_CHAT, lines: [2] }], first);
    const read = parseAuthorshipLog(second.text);
    assert.deepStrictEqual(sorted(read.get('src/app.js')), [2]);
    assert.deepStrictEqual(sorted(read.get('src/other.js')), [4]);
    const ids = Object.values(metadataOf(second.text).prompts as Record<string, { agent_id: { id: string } }>).map((p) => p.agent_id.id);
    // The agent's record lost its last line; the completion record still has src/other.js.
    assert.deepStrictEqual(ids.sort(), ['chat:copilot:edited', 'completion']);
    assert.deepStrictEqual([second.vettedLines, second.keptEntries], [2, 0]);
  });

  it('never rewrites a note it cannot read', () => {
    const fails = (existing: string, message: RegExp) =>
      assert.throws(
        () => authorshipNote(COMMIT, [{ path: 'a.js', source: AGENT, lines: [1] }], existing),
        (e: Error) => e instanceof AuthorshipLogError && message.test(e.message),
      );
    fails('Reviewed-by: someone', /no "---" line/);
    fails('a.js\n  abc 1\n---\nnot json', /metadata \(after "---"\) is not JSON/);
    fails('---\n[1]', /not a JSON object/);
    fails('---\n{"schema_version": "authorship/2.0.0", "prompts": {}}', /schema_version is "authorship\/2\.0\.0"/);
    fails('---\n{"schema_version": "authorship/3.0.0", "prompts": []}', /"prompts" is not a JSON object/);
    fails('  abc 1\n---\n{"schema_version": "authorship/3.0.0", "prompts": {}}', /is not " {2}<hash> <lines>" under a file/);
    // An empty note is no note.
    assert.ok(authorshipNote(COMMIT, [{ path: 'a.js', source: AGENT, lines: [1] }], '\n').text.startsWith('a.js\n'));
  });
});

describe('storeLines: the stored regions an export placed, for a note', () => {
  function region(id: string, extra: Partial<StoredRegion> = {}): StoredRegion {
    return {
      id,
      start: 0,
      end: 1,
      state: 'ai',
      signal: 'chat-edit',
      confidence: 'high',
      acceptedAt: '2026-03-01T09:00:00.000Z',
      text: 'x',
      textHash: '0'.repeat(64),
      ...extra,
    };
  }
  const store: StoredProvenance = {
    format: 'vetted-provenance',
    version: 1,
    files: {
      './src/a.js': {
        path: './src/a.js',
        contentHash: '0'.repeat(64),
        regions: [
          region('agent', { kind: 'agent', agent: 'claude-code' }),
          region('guess', { signal: 'heuristic', confidence: 'low' }),
          region('edited', { state: 'ai-modified', kind: 'completion', acceptedAt: '2026-03-02T00:00:00.000Z' }),
        ],
        lost: [],
      },
    },
  };

  it('keeps each region with its source and acceptance time, and counts the low-confidence ones it leaves out', () => {
    const placed = [
      { path: 'src/a.js', id: 'agent', startLine: 3, endLine: 5, confidence: 'high' as const },
      { path: 'src/a.js', id: 'guess', startLine: 7, endLine: 9, confidence: 'low' as const },
      { path: 'src/a.js', id: 'edited', startLine: 12, endLine: 12, confidence: 'high' as const },
      { path: 'src/a.js', id: 'unknown', startLine: 1, endLine: 1, confidence: 'high' as const },
    ];
    const { regions, lowConfidence } = storeLines(store, placed, '9.9.9');
    assert.strictEqual(lowConfidence, 1);
    assert.deepStrictEqual(
      regions.map((r) => [r.path, r.source.id, r.startLine, r.endLine, r.acceptedAt]),
      [
        ['src/a.js', 'agent:claude-code', 3, 5, '2026-03-01T09:00:00.000Z'],
        ['src/a.js', 'completion:edited', 12, 12, '2026-03-02T00:00:00.000Z'],
      ],
    );
    assert.strictEqual(regions[0].source.attributes.vetted_version, '9.9.9');
  });
});
