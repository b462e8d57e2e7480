import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAuthorshipLog, parseAuthorshipNote } from '../../cli/src/provenance/gitNotes';
import { runVetted } from '../support/cliRun';
import { gitIn } from '../support/gitRepo';
import { AI_LINES, HEADER } from '../support/aiWrittenEtag';

interface JsonFinding {
  file: string;
  line: number;
  severity: string;
  aiProvenance?: { contributor: string; traceId: string; escalatedFrom?: string };
}

/** A git-ai authorship log (authorship/3.0.0): attestation lines, the divider, JSON metadata. */
function authorshipLog(file: string, lines: string, baseCommit: string): string {
  const metadata = {
    schema_version: 'authorship/3.0.0',
    base_commit_sha: baseCommit,
    prompts: {
      '3f2a9c41d0b7e655': {
        agent_id: { tool: 'claude-code', id: 'b1c2d3e4-0000-4000-8000-000000000001', model: 'claude-sonnet-4-5' },
        messages: [{ type: 'user', text: 'add an ETag to the response' }],
        total_additions: 4,
        total_deletions: 0,
        accepted_lines: 4,
        overriden_lines: 0,
      },
    },
  };
  return `${file}\n  3f2a9c41d0b7e655 ${lines}\n---\n${JSON.stringify(metadata, null, 2)}\n`;
}

describe('vetted scan --provenance from git notes (refs/notes/ai, as git-ai writes them)', function () {
  this.timeout(60_000);
  let repo: string;

  const git = (...args: string[]) => gitIn(repo, ...args);

  const vetted = (args: string[]) => runVetted(args, repo);

  function write(lines: string[]): void {
    fs.writeFileSync(path.join(repo, 'src', 'app.js'), lines.join('\n') + '\n');
  }

  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-notes-'));
    git('init', '-q', '-b', 'main');
    fs.mkdirSync(path.join(repo, 'src'));
    write([...HEADER, '}']);
    git('add', '.');
    git('commit', '-q', '-m', 'human start');
    git('checkout', '-q', '-b', 'feature');
    // An agent writes lines 3-6; git-ai notes them on the commit.
    write([...HEADER, ...AI_LINES]);
    git('commit', '-q', '-am', 'etag');
    git('notes', '--ref=ai', 'add', '-m', authorshipLog('src/app.js', '3-6', git('rev-parse', 'HEAD~1')), 'HEAD');
    // A person then adds two lines above and an MD5 of their own (no note).
    write([
      '// Response helpers.',
      '// Weak hashes are for ETags only.',
      ...HEADER,
      "  const sum = crypto.createHash('md5').update(body).digest('hex');",
      ...AI_LINES,
    ]);
    git('commit', '-q', '-am', 'human checksum');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('in CI with only git notes: marks the AI-written line where it is now, escalates it, and --fail-on-ai trips on it alone', () => {
    const run = vetted(['scan', '.', '--provenance', '--diff', 'main', '--fail-on', 'none', '--fail-on-ai', 'high', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    assert.deepStrictEqual(
      report.findings.map((f) => [f.line, f.severity, f.aiProvenance?.contributor ?? 'human', f.aiProvenance?.escalatedFrom]),
      [
        [5, 'medium', 'human', undefined],
        [6, 'high', 'ai', 'medium'],
      ],
    );
    assert.match(report.findings[1].aiProvenance!.traceId, /^refs\/notes\/ai@[0-9a-f]{12}$/);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stderr, /1 finding\(s\) in AI-accepted code at or above high \(--fail-on-ai\)/);
  });

  it('a line a person changed after the agent wrote it is no longer AI-written', () => {
    write([
      '// Response helpers.',
      '// Weak hashes are for ETags only.',
      ...HEADER,
      "  const sum = crypto.createHash('md5').update(body).digest('hex');",
      "  const etag = crypto.createHash('md5').update(String(body)).digest('hex');",
      ...AI_LINES.slice(1),
    ]);
    const run = vetted(['scan', '.', '--provenance', '--fail-on', 'none', '--fail-on-ai', 'high', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    assert.deepStrictEqual(
      report.findings.map((f) => f.aiProvenance),
      [undefined, undefined],
    );
    assert.strictEqual(run.code, 0);
  });

  it('says so when the repository has no AI notes, and marks nothing', () => {
    git('notes', '--ref=ai', 'remove', 'HEAD~1');
    const run = vetted(['scan', '.', '--provenance', '--fail-on', 'none', '--fail-on-ai', 'high']);
    assert.strictEqual(run.code, 0);
    assert.match(run.stderr, /no git notes under refs\/notes\/ai; no line is known to be AI-written/);
  });

  it('reads the attestation section: quoted paths, single lines and ranges, nothing from the metadata', () => {
    const log =
      '"src/my file.js"\n  3f2a9c41d0b7e655 1-3,7\n  0a1b2c3 10\nlib/a.py\n  3f2a9c41d0b7e655 2\n---\n{"prompts": {"x": 1}}\nnot/a/file\n';
    const parsed = parseAuthorshipLog(log);
    assert.deepStrictEqual([...parsed.keys()], ['src/my file.js', 'lib/a.py']);
    assert.deepStrictEqual(
      [...parsed.get('src/my file.js')!].sort((a, b) => a - b),
      [1, 2, 3, 7, 10],
    );
    assert.deepStrictEqual([...parsed.get('lib/a.py')!], [2]);
  });

  it('reads the entries newer git-ai versions write: sessions (s_) are AI, known humans (h_) are not; the later entry wins a line, as in git-ai', () => {
    const log = [
      'src/app.js',
      '  3f2a9c41d0b7e655 1-4',
      '  s_0a1b2c3d4e5f60::t_99887766554433 4-6',
      '  h_5f4e3d2c1b0a99 2,8',
      '  8d1e0a7f6b5c4d32 9',
      'src/only-human.js',
      '  h_5f4e3d2c1b0a99 1-3',
      '---',
      JSON.stringify({
        schema_version: 'authorship/3.0.0',
        base_commit_sha: 'abc',
        prompts: {
          '3f2a9c41d0b7e655': { agent_id: { tool: 'cursor', id: '1', model: 'gpt-5' } },
          '8d1e0a7f6b5c4d32': {
            agent_id: { tool: 'vetted', id: 'chat:copilot', model: 'copilot' },
            custom_attributes: { vetted_kind: 'chat' },
          },
        },
        sessions: { s_0a1b2c3d4e5f60: { agent_id: { tool: 'codex', id: '2', model: 'o4' } } },
        humans: { h_5f4e3d2c1b0a99: { author: 'A <a@example.com>' } },
      }),
    ].join('\n');
    assert.deepStrictEqual(
      [...parseAuthorshipLog(log).entries()].map(([file, lines]) => [file, [...lines].sort((a, b) => a - b)]),
      [['src/app.js', [1, 3, 4, 5, 6, 9]]],
    );
    const note = parseAuthorshipNote(log);
    assert.deepStrictEqual(
      [...note.lines.get('src/app.js')!].sort(([a], [b]) => a - b).map(([line, hash]) => [line, note.authors.get(hash)]),
      [
        [1, { agent: 'cursor', kind: 'agent' }],
        [3, { agent: 'cursor', kind: 'agent' }],
        [4, { agent: 'codex', kind: 'agent' }],
        [5, { agent: 'codex', kind: 'agent' }],
        [6, { agent: 'codex', kind: 'agent' }],
        [9, { agent: 'copilot', kind: 'chat' }],
      ],
    );
  });
});
