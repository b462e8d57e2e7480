import * as assert from 'assert';
import { aiLines } from '../../cli/src/provenance/agentTrace';
import type { AgentTraceRecord, ProvenanceRegion } from '../../server/src/provenance/format';
import { importedRegions, ImportedLineRange } from '../../server/src/provenance/importedRegions';

const AT = '2026-03-01T09:00:00.000Z';

/** Ids 1, 2, 3… so whole regions can be compared. */
function ids(): () => string {
  let n = 0;
  return () => `i${++n}`;
}

const TEXT = [
  "const crypto = require('crypto');", // 1
  'function respond(res, body) {', // 2
  "    const etag = crypto.createHash('md5').update(body).digest('hex');", // 3
  "    res.setHeader('ETag', etag);", // 4
  '', // 5
  '    res.end(body);', // 6
  '}', // 7
  '', // 8
].join('\n');

/** The text each region covers. */
const covered = (text: string, regions: ProvenanceRegion[]) => regions.map((r) => text.slice(r.start, r.end));

describe('importedRegions: another tool’s AI line ranges as provenance regions of the current text', () => {
  it('one region per range, from the first non-blank character of its first line to the end of its last line', () => {
    const regions = importedRegions(TEXT, [{ start_line: 3, end_line: 6, contributor: 'ai', traceId: 'refs/notes/ai@0123456789ab' }], {
      acceptedAt: AT,
      newId: ids(),
    });
    const start = TEXT.indexOf('const etag');
    const end = TEXT.indexOf('res.end(body);') + 'res.end(body);'.length;
    assert.deepStrictEqual(regions, [
      { id: 'i1', start, end, state: 'ai', signal: 'imported', confidence: 'high', acceptedAt: AT, source: 'refs/notes/ai@0123456789ab' },
    ]);
  });

  it('names the agent and the kind when the source does, and imports text a person changed since as ai-modified', () => {
    const long = 'x'.repeat(300);
    const regions = importedRegions(
      TEXT,
      [
        { start_line: 3, end_line: 3, agent: 'claude-code', kind: 'agent' },
        { start_line: 6, end_line: 6, contributor: 'mixed', agent: long },
      ],
      { acceptedAt: AT, newId: ids() },
    );
    assert.deepStrictEqual(
      regions.map((r) => [r.state, r.kind, r.agent?.length, r.source]),
      [
        ['ai', 'agent', 'claude-code'.length, undefined],
        ['ai-modified', undefined, 200, undefined],
      ],
    );
    assert.deepStrictEqual(covered(TEXT, regions), ["const etag = crypto.createHash('md5').update(body).digest('hex');", 'res.end(body);']);
    assert.ok(!('kind' in regions[1]) && !('source' in regions[0]));
  });

  it('joins ranges that touch when they say the same, and keeps them apart when they do not', () => {
    const same = importedRegions(
      TEXT,
      [
        { start_line: 1, end_line: 2, traceId: 't' },
        { start_line: 3, end_line: 4, traceId: 't' },
        { start_line: 6, end_line: 7, traceId: 't' },
      ],
      { acceptedAt: AT, newId: ids() },
    );
    // Line 5 is in no range: two regions.
    assert.deepStrictEqual(covered(TEXT, same), [TEXT.split('\n').slice(0, 4).join('\n'), 'res.end(body);\n}']);
    const different = importedRegions(
      TEXT,
      [
        { start_line: 1, end_line: 2, traceId: 't1' },
        { start_line: 3, end_line: 4, traceId: 't2' },
      ],
      { acceptedAt: AT, newId: ids() },
    );
    assert.deepStrictEqual(
      different.map((r) => r.source),
      ['t1', 't2'],
    );
  });

  it('gives a line two ranges list to the first of them', () => {
    const regions = importedRegions(
      TEXT,
      [
        { start_line: 3, end_line: 4, agent: 'cursor' },
        { start_line: 4, end_line: 6, agent: 'claude-code' },
      ],
      { acceptedAt: AT, newId: ids() },
    );
    assert.deepStrictEqual(
      regions.map((r) => [r.agent, TEXT.slice(r.start, r.end)]),
      [
        ['cursor', "const etag = crypto.createHash('md5').update(body).digest('hex');\n    res.setHeader('ETag', etag);"],
        ['claude-code', 'res.end(body);'],
      ],
    );
  });

  it('never reaches past the text: ranges are clipped, and ranges past the end, of blank lines only, or malformed give nothing', () => {
    const clipped = importedRegions(TEXT, [{ start_line: 6, end_line: 400 }], { acceptedAt: AT, newId: ids() });
    // The text ends with a line break: line 8 is the empty rest after it, and the region ends at "}".
    assert.deepStrictEqual(covered(TEXT, clipped), ['res.end(body);\n}']);
    assert.ok(clipped[0].end <= TEXT.length);
    const nothing = importedRegions(
      TEXT,
      [
        { start_line: 9, end_line: 12 },
        { start_line: 5, end_line: 5 },
        { start_line: 8, end_line: 8 },
        { start_line: 0, end_line: 2 },
        { start_line: 4, end_line: 3 },
        { start_line: 1.5, end_line: 2 },
      ],
      { acceptedAt: AT },
    );
    assert.deepStrictEqual(nothing, []);
    assert.deepStrictEqual(importedRegions('', [{ start_line: 1, end_line: 1 }], { acceptedAt: AT }), []);
    // Text without a final line break: the last line ends at the end of the text.
    const noBreak = importedRegions('a\n  b', [{ start_line: 2, end_line: 9 }], { acceptedAt: AT });
    assert.deepStrictEqual(covered('a\n  b', noBreak), ['b']);
  });

  it('starts a range whose first line is blank at its first non-blank character, and ends CRLF lines before the "\\r"', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const regions = importedRegions(crlf, [{ start_line: 5, end_line: 7 }], { acceptedAt: AT });
    assert.deepStrictEqual(covered(crlf, regions), ['res.end(body);\r\n}']);
  });

  it('takes the ranges Agent Trace records give (aiLines), with random ids by default', () => {
    const record: AgentTraceRecord = {
      version: '0.1.0',
      id: 'trace-1',
      timestamp: AT,
      files: [
        {
          path: 'src/app.js',
          conversations: [
            { contributor: { type: 'ai' }, ranges: [{ start_line: 3, end_line: 4, content_hash: 'sha256:0' }] },
            { contributor: { type: 'human' }, ranges: [{ start_line: 6, end_line: 6, content_hash: 'sha256:1' }] },
          ],
        },
      ],
    };
    const ranges: ImportedLineRange[] = aiLines(record).get('src/app.js')!;
    const regions = importedRegions(TEXT, ranges, { acceptedAt: AT });
    assert.strictEqual(regions.length, 1);
    assert.match(regions[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.strictEqual(regions[0].source, 'trace-1');
    assert.deepStrictEqual(covered(TEXT, regions), [
      "const etag = crypto.createHash('md5').update(body).digest('hex');\n    res.setHeader('ETag', etag);",
    ]);
  });
});
