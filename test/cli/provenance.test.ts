import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import type { AgentTraceRecord } from '../../server/src/provenance/format';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'vetted.js');
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'provenance');
const TREE = path.join(FIXTURES, 'tree');

function vetted(args: string[], cwd = TREE) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const WEAK_HASH =
  "src/server.js:5:10  medium   js.crypto.weak-hash  'md5' is a broken hash: collisions are cheap, so it cannot protect passwords, signatures or integrity checks. [fix available]";
/** The same finding in AI-accepted lines: reported one step higher, as in the editor. */
const WEAK_HASH_AI =
  "src/server.js:5:10  high     js.crypto.weak-hash  'md5' is a broken hash: collisions are cheap, so it cannot protect passwords, signatures or integrity checks. [fix available] [AI-accepted, escalated from medium]";
const EXEC =
  "src/server.js:9:3  critical js.injection.child-process-exec  'exec' passes `convert ${name} thumb.png` to a shell: shell metacharacters in the input (; | $() `) start commands of their own.";

/** trace.json: record 3b6f…, lines 4–6 of src/server.js by `ai` (the md5 finding on line 5); 8–10 by a human. */
const TRACE_ID = '3b6f2a4e-8c1d-4f7a-9e2b-5d0c1a7f8e93';
/** traces.jsonl / traces-array.json: 0f8e… marks 8–10 `mixed` (as ./src/server.js), 9a8b… marks line 5 `ai` (as src\server.js). */
const MIXED_ID = '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const AI_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

describe('vetted scan --provenance (CLI)', function () {
  this.timeout(90_000); // a slow machine, not a hang: each test runs the CLI several times

  it('marks the SARIF result in AI-accepted lines, and only that one; the log still validates', () => {
    const out = path.join(tempDir('vetted-prov-sarif-'), 'report.sarif');
    const { code, stderr } = vetted(['scan', '.', '--format', 'sarif', '--output', out, '--provenance', '../trace.json']);
    assert.strictEqual(code, 1, 'the critical finding fails the default --fail-on high');
    assert.strictEqual(stderr, `vetted: 2 finding(s) in 2 file(s), 1 in AI-accepted code; report written to ${out}\n`);
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif.Log;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false, logger: false });
    const validate = ajv.compile(sarifSchema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    const [weakHash, exec] = log.runs[0].results!;
    assert.strictEqual(weakHash.ruleId, 'js.crypto.weak-hash');
    assert.strictEqual(weakHash.level, 'error', 'escalated from medium (warning) to high');
    assert.deepStrictEqual(weakHash.properties, {
      severity: 'high',
      confidence: 'high',
      tags: ['ai-accepted'],
      aiProvenance: { contributor: 'ai', traceId: TRACE_ID, startLine: 4, endLine: 6, escalatedFrom: 'medium' },
    });
    assert.strictEqual(exec.ruleId, 'js.injection.child-process-exec');
    assert.deepStrictEqual(exec.properties, { severity: 'critical', confidence: 'high' }, 'lines 8–10 are human in the record');
  });

  it('adds aiProvenance to the JSON finding in AI-accepted lines only', () => {
    const { code, stdout } = vetted(['scan', '.', '--format', 'json', '--fail-on', 'none', '--provenance', '../trace.json']);
    assert.strictEqual(code, 0);
    const { findings } = JSON.parse(stdout) as { findings: { ruleId: string; line: number; aiProvenance?: object }[] };
    assert.deepStrictEqual(
      findings.map((f) => [f.ruleId, f.line, f.aiProvenance]),
      [
        ['js.crypto.weak-hash', 5, { contributor: 'ai', traceId: TRACE_ID, startLine: 4, endLine: 6, escalatedFrom: 'medium' }],
        ['js.injection.child-process-exec', 9, undefined],
      ],
    );
    assert.strictEqual((findings[0] as { severity?: string }).severity, 'high');
    assert.ok(!('aiProvenance' in findings[1]));
  });

  it('appends [AI-accepted] in text output, at the escalated severity, and counts AI-accepted findings in the summary', () => {
    const { stdout } = vetted(['scan', '.', '--provenance', '../trace.json']);
    assert.strictEqual(
      stdout,
      [WEAK_HASH_AI, EXEC, '2 finding(s) (1 critical, 1 high) in 2 file(s) scanned, 1 in AI-accepted code.', ''].join('\n'),
    );
    const unescalated = vetted(['scan', '.', '--provenance', '../trace.json', '--no-escalate-ai']).stdout;
    assert.strictEqual(
      unescalated,
      [`${WEAK_HASH} [AI-accepted]`, EXEC, '2 finding(s) (1 critical, 1 medium) in 2 file(s) scanned, 1 in AI-accepted code.', ''].join(
        '\n',
      ),
    );
    const plain = vetted(['scan', '.']).stdout;
    assert.strictEqual(
      plain,
      [WEAK_HASH, EXEC, '2 finding(s) (1 critical, 1 medium) in 2 file(s) scanned.', ''].join('\n'),
      'unchanged without --provenance',
    );
  });

  it('gates AI-accepted findings with --fail-on-ai, independently of --fail-on', () => {
    const scan = (...flags: string[]) => vetted(['scan', '.', '--provenance', '../trace.json', ...flags]);
    // The AI-accepted finding is medium, reported as high; the human one is critical.
    assert.strictEqual(scan('--fail-on', 'none').code, 0, '--fail-on-ai defaults to none');
    assert.strictEqual(scan('--fail-on', 'none', '--fail-on-ai', 'critical').code, 0, 'the critical finding is not AI-accepted');
    const high = scan('--fail-on', 'none', '--fail-on-ai', 'high');
    assert.strictEqual(high.code, 1, 'the escalated severity is gated');
    assert.strictEqual(high.stderr, 'vetted: 1 finding(s) in AI-accepted code at or above high (--fail-on-ai)\n');
    assert.strictEqual(scan('--fail-on', 'none', '--fail-on-ai', 'high', '--no-escalate-ai').code, 0, 'at the rule severity it is medium');
    assert.strictEqual(scan('--fail-on', 'critical', '--fail-on-ai', 'high').code, 1, 'either gate trips');
    assert.strictEqual(scan('--fail-on-ai', 'low', '--rules', 'no-such-folder').code, 2, 'usage errors still win');
  });

  it('rejects --fail-on-ai without --provenance, and a bad severity, with exit 2', () => {
    const { code, stdout, stderr } = vetted(['scan', '.', '--fail-on-ai', 'high']);
    assert.strictEqual(code, 2);
    assert.strictEqual(stdout, '');
    assert.strictEqual(
      stderr,
      'vetted: --fail-on-ai high needs --provenance: an Agent Trace file, or no file for the git notes under refs/notes/ai; without either no finding is known to be AI-accepted\n',
    );
    assert.strictEqual(
      vetted(['scan', '.', '--fail-on-ai', 'none']).code,
      1,
      'none gates nothing, so it needs no record (the default gate trips)',
    );
    assert.strictEqual(vetted(['scan', '.', '--provenance', '../trace.json', '--fail-on-ai', 'severe']).code, 2);
  });

  it('exits 2 on an invalid or unreadable trace, naming the file and the problem, before scanning', () => {
    const cases: [string, string][] = [
      [
        '../invalid-trace.json',
        'vetted: invalid Agent Trace file ../invalid-trace.json: files[0].conversations[0].ranges[0].start_line must be >= 1\n',
      ],
      [
        '../invalid-lines.jsonl',
        'vetted: invalid Agent Trace file ../invalid-lines.jsonl: line 2: not JSON (Unexpected end of JSON input)\n',
      ],
      ['../no-such-trace.json', 'vetted: Agent Trace file not found: ../no-such-trace.json\n'],
      [
        '../store.json',
        'vetted: invalid Agent Trace file ../store.json: the record is missing "id"; the record is missing "timestamp"; version must be string; 1 more problem(s)\n',
      ],
    ];
    for (const [file, message] of cases) {
      const { code, stdout, stderr } = vetted(['scan', '.', '--provenance', '../trace.json', '--provenance', file]);
      assert.strictEqual(code, 2, file);
      assert.strictEqual(stdout, '', file);
      assert.strictEqual(stderr, message);
    }
    const dir = tempDir('vetted-prov-bad-');
    const backwards = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'trace.json'), 'utf8')) as AgentTraceRecord;
    backwards.files[0].conversations[0].ranges[0] = { start_line: 6, end_line: 4, content_hash: 'x' };
    fs.writeFileSync(path.join(dir, 'backwards.json'), JSON.stringify(backwards));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{\n  "version": "0.1.0",\n  "id": \n}\n');
    fs.writeFileSync(path.join(dir, 'empty.json'), '\n');
    const messages = ['backwards.json', 'broken.json', 'empty.json'].map(
      (name) => vetted(['scan', '.', '--provenance', path.join(dir, name)]).stderr,
    );
    assert.deepStrictEqual(messages, [
      `vetted: invalid Agent Trace file ${path.join(dir, 'backwards.json')}: files[0].conversations[0].ranges[0] ends (end_line 4) before it starts (start_line 6)\n`,
      `vetted: invalid Agent Trace file ${path.join(dir, 'broken.json')}: not JSON (Unexpected token '}')\n`,
      `vetted: invalid Agent Trace file ${path.join(dir, 'empty.json')}: the file is empty\n`,
    ]);
  });

  it('reads JSON Lines and JSON arrays of records, and several --provenance files', () => {
    const expected = [
      ['js.crypto.weak-hash', { contributor: 'ai', traceId: AI_ID, startLine: 5, endLine: 5, escalatedFrom: 'medium' }],
      ['js.injection.child-process-exec', { contributor: 'mixed', traceId: MIXED_ID, startLine: 8, endLine: 10 }],
    ];
    for (const file of ['../traces.jsonl', '../traces-array.json']) {
      const { stdout } = vetted(['scan', '.', '--format', 'json', '--provenance', file]);
      const { findings } = JSON.parse(stdout) as { findings: { ruleId: string; aiProvenance?: object }[] };
      assert.deepStrictEqual(
        findings.map((f) => [f.ruleId, f.aiProvenance]),
        expected,
        file,
      );
    }
    // Several files: ranges are taken in the order given, the first one holding the line wins.
    const { stdout } = vetted(['scan', '.', '--provenance', '../trace.json', '--provenance', '../traces.jsonl', '--format', 'json']);
    const { findings } = JSON.parse(stdout) as { findings: { aiProvenance?: { traceId: string } }[] };
    assert.deepStrictEqual(
      findings.map((f) => f.aiProvenance?.traceId),
      [TRACE_ID, MIXED_ID],
    );
    const text = vetted(['scan', '.', '--provenance', '../traces.jsonl', '--fail-on', 'none', '--fail-on-ai', 'critical']);
    assert.strictEqual(text.stdout.split('\n')[1], `${EXEC} [AI-accepted]`);
    assert.strictEqual(text.code, 1, 'the critical finding is in mixed (AI-then-human) lines');
  });

  it('matches paths relative to --root, and notes when no file of the records was scanned', () => {
    const { stdout, stderr } = vetted(['scan', 'src', '--root', 'src', '--provenance', '../trace.json']);
    assert.ok(!stdout.includes('[AI-accepted]'));
    assert.strictEqual(
      stderr,
      `vetted: note: none of the 1 file(s) with AI ranges in the provenance records was scanned; their paths are matched relative to --root (${path.join(TREE, 'src')})\n`,
    );
  });
});

describe('vetted provenance export (CLI)', function () {
  this.timeout(90_000); // a slow machine, not a hang: each test runs the CLI several times

  const SERVER = fs.readFileSync(path.join(TREE, 'src', 'server.js'), 'utf8');
  const ROUTES = fs.readFileSync(path.join(TREE, 'src', 'routes.js'), 'utf8');
  const hashOfLines = (text: string, start: number, end: number) =>
    'sha256:' +
    crypto
      .createHash('sha256')
      .update(
        text
          .split('\n')
          .slice(start - 1, end)
          .join('\n'),
      )
      .digest('hex');

  function exportRecord(extra: string[] = [], cwd = TREE) {
    const out = path.join(tempDir('vetted-prov-export-'), 'trace.json');
    const run = vetted(['provenance', 'export', '--store', path.join(FIXTURES, 'store.json'), '--output', out, ...extra], cwd);
    const text = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    return { ...run, out, text, record: text ? (JSON.parse(text) as AgentTraceRecord) : undefined };
  }

  it('writes one Agent Trace record: ai and mixed conversations, line ranges of the current text, sha256 line hashes', () => {
    const { code, stderr, record, out } = exportRecord(['--revision', 'A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0']);
    assert.strictEqual(code, 0, stderr);
    assert.ok(record);
    assert.deepStrictEqual(Object.keys(record), ['version', 'id', 'timestamp', 'vcs', 'tool', 'files', 'metadata']);
    assert.strictEqual(record.version, '0.1.0');
    assert.match(record.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(Math.abs(Date.parse(record.timestamp) - Date.now()) < 60_000, record.timestamp);
    assert.deepStrictEqual(record.vcs, { type: 'git', revision: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0' });
    assert.deepStrictEqual(record.tool, { name: 'vetted', version: '0.1.0' });
    assert.deepStrictEqual(record.files, [
      {
        // Changed since it was stored (two header lines added): the region was found again by its text.
        path: 'src/routes.js',
        conversations: [
          { contributor: { type: 'mixed' }, ranges: [{ start_line: 8, end_line: 11, content_hash: hashOfLines(ROUTES, 8, 11) }] },
        ],
      },
      {
        path: 'src/server.js',
        conversations: [
          { contributor: { type: 'ai' }, ranges: [{ start_line: 4, end_line: 6, content_hash: hashOfLines(SERVER, 4, 6) }] },
          // An edited region covering part of line 12 covers line 12.
          { contributor: { type: 'mixed' }, ranges: [{ start_line: 12, end_line: 12, content_hash: hashOfLines(SERVER, 12, 12) }] },
        ],
      },
    ]);
    for (const file of record.files)
      for (const c of file.conversations) for (const r of c.ranges) assert.match(r.content_hash, /^sha256:[0-9a-f]{64}$/);
    assert.strictEqual(
      stderr,
      [
        'vetted: note: skipped region r-deleted of src/deleted.js: file not found',
        'vetted: note: skipped region r-twice of src/routes.js: text occurs more than once in the current file',
        'vetted: note: skipped region r-listen of src/routes.js: text not found in the current file',
        `vetted: 3 range(s) in 2 file(s); 3 region(s) skipped, 1 lost before export; record written to ${out}`,
        '',
      ].join('\n'),
    );
  });

  it('puts the detector details and region counts under metadata["dev.vetted"]', () => {
    const { record } = exportRecord(['--revision', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0']);
    assert.deepStrictEqual(record!.metadata, {
      'dev.vetted': {
        regions: [
          {
            path: 'src/routes.js',
            id: 'r-route',
            state: 'ai-modified',
            signal: 'inline-accept-line',
            confidence: 'high',
            acceptedAt: '2026-02-03T10:20:00.000Z',
            startLine: 8,
            endLine: 11,
            relocated: true,
          },
          {
            path: 'src/server.js',
            id: 'r-fingerprint',
            state: 'ai',
            signal: 'inline-accept',
            confidence: 'high',
            acceptedAt: '2026-02-03T10:15:00.000Z',
            startLine: 4,
            endLine: 6,
            relocated: false,
          },
          {
            path: 'src/server.js',
            id: 'r-exports',
            state: 'ai-modified',
            signal: 'change-reason',
            confidence: 'high',
            acceptedAt: '2026-02-03T10:16:30.000Z',
            startLine: 12,
            endLine: 12,
            relocated: false,
          },
        ],
        counts: { exported: 3, relocated: 1, skipped: 3, lost: 1 },
        skipped: [
          { path: 'src/deleted.js', id: 'r-deleted', reason: 'file not found' },
          // Moved regions are never guessed: 'thumbnail' is now on lines 4 and 9.
          { path: 'src/routes.js', id: 'r-twice', reason: 'text occurs more than once in the current file' },
          { path: 'src/routes.js', id: 'r-listen', reason: 'text not found in the current file' },
        ],
      },
    });
  });

  it('with --scan, lists the findings of the files with AI ranges (rule, severity, file, line) and never any code', () => {
    const { code, text, record } = exportRecord(['--revision', 'a1b2c3d', '--scan']);
    assert.strictEqual(code, 0);
    const meta = record!.metadata!['dev.vetted'] as { findings: object[] };
    assert.deepStrictEqual(meta.findings, [
      { file: 'src/server.js', line: 5, ruleId: 'js.crypto.weak-hash', severity: 'medium', aiAccepted: true },
      { file: 'src/server.js', line: 9, ruleId: 'js.injection.child-process-exec', severity: 'critical', aiAccepted: false },
    ]);
    const store = fs.readFileSync(path.join(FIXTURES, 'store.json'), 'utf8');
    const sourceLines = [SERVER, ROUTES, "app.listen(3000);\nconst cors = require('cors');\nmodule.exports = 1;\n"]
      .flatMap((t) => t.split('\n'))
      .map((l) => l.trim())
      .filter((l) => l.length > 3);
    assert.ok(sourceLines.length >= 15);
    for (const line of sourceLines) {
      assert.ok(!text.includes(line), `code in the record: ${line}`);
      assert.ok(!text.includes(JSON.stringify(line).slice(1, -1)), `escaped code in the record: ${line}`);
    }
    for (const quoted of ['md5', 'convert', 'github.copilot', 'Chat.applyEdits']) assert.ok(!text.includes(quoted), quoted);
    assert.ok(store.includes('github.copilot'), 'the store does hold a source string');
  });

  it('feeds back into scan --provenance and marks the same finding as the hand-written trace', () => {
    const { out } = exportRecord(['--revision', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0']);
    type Report = { findings: { aiProvenance?: { startLine: number; endLine: number; contributor: string } }[] };
    const scanWith = (trace: string) =>
      (JSON.parse(vetted(['scan', '.', '--format', 'json', '--fail-on', 'none', '--provenance', trace]).stdout) as Report).findings;
    const exported = scanWith(out);
    const written = scanWith('../trace.json');
    const id = (JSON.parse(fs.readFileSync(out, 'utf8')) as AgentTraceRecord).id;
    assert.deepStrictEqual(exported[0].aiProvenance, { contributor: 'ai', traceId: id, startLine: 4, endLine: 6, escalatedFrom: 'medium' });
    const marks = (findings: Report['findings']) =>
      findings.map((f) => f.aiProvenance && [f.aiProvenance.contributor, f.aiProvenance.startLine, f.aiProvenance.endLine]);
    assert.deepStrictEqual(marks(exported), marks(written));
    const gate = vetted(['scan', '.', '--fail-on', 'none', '--fail-on-ai', 'medium', '--provenance', out]);
    assert.strictEqual(gate.code, 1);
    assert.strictEqual(gate.stdout.split('\n')[0], WEAK_HASH_AI);
  });

  it('takes vcs from git when --root is in a repository, and omits it otherwise', () => {
    const inRepo = exportRecord();
    assert.strictEqual(inRepo.code, 0);
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: TREE, encoding: 'utf8' }).stdout.trim();
    assert.deepStrictEqual(inRepo.record!.vcs, { type: 'git', revision: head });
    const copy = tempDir('vetted-prov-nogit-');
    fs.cpSync(TREE, copy, { recursive: true });
    const outside = exportRecord([], copy);
    assert.strictEqual(outside.code, 0);
    assert.ok(!('vcs' in outside.record!), 'no repository, no vcs');
    assert.deepStrictEqual(
      outside.record!.files.map((f) => f.path),
      ['src/routes.js', 'src/server.js'],
    );
    const viaRoot = vetted(['provenance', 'export', '--store', path.join(FIXTURES, 'store.json'), '--root', copy], FIXTURES);
    assert.strictEqual(viaRoot.code, 0);
    assert.deepStrictEqual(
      (JSON.parse(viaRoot.stdout) as AgentTraceRecord).files,
      outside.record!.files,
      '--root instead of the current folder',
    );
  });

  it('finds regions again in a CRLF checkout, with the same line ranges and hashes', () => {
    const copy = tempDir('vetted-prov-crlf-');
    fs.cpSync(TREE, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'src', 'server.js'), SERVER.replace(/\n/g, '\r\n'));
    const lf = exportRecord(['--revision', 'a1b2c3d']).record!;
    const crlf = exportRecord(['--revision', 'a1b2c3d'], copy).record!;
    assert.deepStrictEqual(crlf.files, lf.files);
    const regions = (crlf.metadata!['dev.vetted'] as { regions: { id: string; relocated: boolean }[] }).regions;
    assert.deepStrictEqual(
      regions.map((r) => [r.id, r.relocated]),
      [
        ['r-route', true],
        ['r-fingerprint', true],
        ['r-exports', true],
      ],
    );
  });

  it('exits 2 on a bad store or flags, naming the file and the problem', () => {
    const dir = tempDir('vetted-prov-badstore-');
    const store = readStoreFixture();
    store.files['src/server.js'].regions[0].state = 'human';
    fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify(store));
    delete store.files['src/server.js'].regions[0].state;
    fs.writeFileSync(path.join(dir, 'missing.json'), JSON.stringify(store));
    fs.writeFileSync(path.join(dir, 'format.json'), JSON.stringify({ format: 'other', version: 1, files: {} }));
    const run = (...args: string[]) => vetted(['provenance', 'export', ...args]);
    const cases: [string[], string][] = [
      [
        ['--store', path.join(dir, 'state.json')],
        `vetted: invalid provenance store ${path.join(dir, 'state.json')}: files["src/server.js"].regions[0].state must be one of "ai", "ai-modified"\n`,
      ],
      [
        ['--store', path.join(dir, 'missing.json')],
        `vetted: invalid provenance store ${path.join(dir, 'missing.json')}: files["src/server.js"].regions[0] is missing "state"\n`,
      ],
      [
        ['--store', path.join(dir, 'format.json')],
        `vetted: invalid provenance store ${path.join(dir, 'format.json')}: format must be "vetted-provenance"\n`,
      ],
      [['--store', path.join(dir, 'none.json')], `vetted: provenance store not found: ${path.join(dir, 'none.json')}\n`],
      [
        ['--store', '../trace.json'],
        'vetted: invalid provenance store ../trace.json: the store is missing "format"; version must be 1; files must be object\n',
      ],
      [['--store', '../store.json', '--revision', 'main'], 'vetted: --revision must be a git commit SHA (hex), not "main"\n'],
      [['--store', '../store.json', '--root', 'no-such-dir'], 'vetted: no such folder: no-such-dir\n'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = run(...args);
      assert.strictEqual(code, 2, args.join(' '));
      assert.strictEqual(stdout, '');
      assert.strictEqual(stderr, message);
    }
    const edited = readStoreFixture();
    edited.files['src/server.js'].regions[1].start = 300;
    edited.files['src/server.js'].regions[1].end = 200;
    fs.writeFileSync(path.join(dir, 'backwards.json'), JSON.stringify(edited));
    assert.strictEqual(
      run('--store', path.join(dir, 'backwards.json')).stderr,
      `vetted: invalid provenance store ${path.join(dir, 'backwards.json')}: files["src/server.js"].regions[1] ends (200) before it starts (300)\n`,
    );
    // Without --store, the repository's record; a folder with none yet is a usage error naming it.
    const noStore = vetted(['provenance', 'export', '--root', dir], dir);
    assert.strictEqual(noStore.code, 2);
    assert.match(noStore.stderr, /^vetted: no provenance recorded for .+ yet \(.+provenance\.json does not exist\)\n$/);
  });
});

/** The provenance store fixture as loose JSON, for tests that break it on purpose. */
function readStoreFixture(): { files: Record<string, { regions: Record<string, unknown>[] }> } {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'store.json'), 'utf8')) as {
    files: Record<string, { regions: Record<string, unknown>[] }>;
  };
}
