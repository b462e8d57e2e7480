import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { aiLinesFromGitNotes, parseAuthorshipLog } from '../../cli/src/provenance/gitNotes';
import { importedRegions } from '../../server/src/provenance/importedRegions';
import type { StoredProvenance, StoredRegion } from '../../server/src/provenance/format';
import { sha256 } from '../../server/src/provenance/text';
import { runVetted } from '../support/cliRun';
import { gitIn } from '../support/gitRepo';
import { AI_LINES, HEADER } from '../support/aiWrittenEtag';

interface JsonFinding {
  file: string;
  line: number;
  severity: string;
  aiProvenance?: { contributor: string; traceId: string; escalatedFrom?: string };
}

interface Metadata {
  schema_version: string;
  base_commit_sha: string;
  prompts: Record<
    string,
    { agent_id: { tool: string; id: string; model: string }; accepted_lines: number; custom_attributes?: Record<string, string> }
  >;
}

const AI_TEXT = AI_LINES.join('\n') + '\n';

/**
 * `vetted provenance export --git-notes`: the extension's record of AI-written lines becomes git-ai
 * authorship logs under refs/notes/ai, so that `vetted scan --provenance` (and git-ai) find the AI
 * lines in a clone that has only the commits and their notes.
 */
describe('vetted provenance export --git-notes (the store as git notes under refs/notes/ai)', function () {
  this.timeout(60_000);
  let repo: string;
  let storeFile: string;

  const git = (...args: string[]) => gitIn(repo, ...args);
  const vetted = (args: string[]) => runVetted(args, repo);
  const exportNotes = (...extra: string[]) => vetted(['provenance', 'export', '--store', storeFile, '--git-notes', ...extra]);
  const note = (commit = 'HEAD') => gitIn(repo, 'notes', '--ref=ai', 'show', commit);
  const metadataOf = (text: string) => JSON.parse(text.slice(text.indexOf('\n---\n') + 5)) as Metadata;
  const aiLinesIn = (text: string, file: string) => [...(parseAuthorshipLog(text).get(file) ?? [])].sort((a, b) => a - b);

  function write(file: string, lines: string[]): string {
    const text = lines.join('\n') + '\n';
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
    return text;
  }

  /** What the extension stores after an agent wrote `regionText` into `file` (whose text is `text`). */
  function store(entries: { file: string; text: string; regionText: string; region?: Partial<StoredRegion> }[]): void {
    const data: StoredProvenance = { format: 'vetted-provenance', version: 1, files: {} };
    for (const [i, { file, text, regionText, region }] of entries.entries()) {
      const start = text.indexOf(regionText);
      assert.ok(start >= 0);
      data.files[file] = {
        path: file,
        contentHash: sha256(text),
        regions: [
          {
            id: `r${i}`,
            start,
            end: start + regionText.length,
            state: 'ai',
            signal: 'chat-edit',
            confidence: 'high',
            acceptedAt: ACCEPTED_AT,
            kind: 'agent',
            agent: 'claude-code',
            text: regionText,
            textHash: sha256(regionText),
            ...region,
          },
        ],
        lost: [],
      };
    }
    fs.writeFileSync(storeFile, JSON.stringify(data));
  }

  function scan(): { code: number | null; stderr: string; findings: [number, string, string][] } {
    const run = vetted(['scan', '.', '--provenance', '--fail-on', 'none', '--fail-on-ai', 'high', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    return {
      code: run.code,
      stderr: run.stderr,
      findings: report.findings.map((f) => [f.line, f.severity, f.aiProvenance?.contributor ?? 'human']),
    };
  }

  // The agent's edit: after the first commit, before the second.
  const ACCEPTED_AT = new Date(Date.now() - 60_000).toISOString();

  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-notes-export-'));
    // The store lives outside the repository, as the extension's storage does.
    storeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-notes-store-')), 'provenance.json');
    git('init', '-q', '-b', 'main');
    // vetted runs git without the caller's GIT_* variables: the notes commit takes the repository's identity.
    git('config', 'user.name', 't');
    git('config', 'user.email', 't@example.com');
    write('src/app.js', [...HEADER, '}']);
    git('add', '.');
    commitDatedLongAgo('human start');
    // An agent writes lines 3-6 in the editor; the extension records them; the person commits.
    const text = write('src/app.js', [...HEADER, ...AI_LINES]);
    store([{ file: 'src/app.js', text, regionText: AI_TEXT }]);
    git('commit', '-q', '-am', 'etag');
  });
  afterEach(() => {
    fs.rmSync(repo, { recursive: true, force: true });
    fs.rmSync(path.dirname(storeFile), { recursive: true, force: true });
  });

  /** A commit made long before the agent's edit (vetted compares commit times with the edit's). */
  function commitDatedLongAgo(message: string): void {
    const run = spawnSync('git', ['commit', '-q', '-m', message], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z' },
    });
    assert.strictEqual(run.status, 0, run.stderr);
  }

  it('writes a git-ai authorship log on the commit, and scan --provenance then finds the AI line from the notes alone', () => {
    const before = scan();
    assert.deepStrictEqual(before.findings, [[3, 'medium', 'human']]);
    assert.match(before.stderr, /no git notes under refs\/notes\/ai/);

    const run = exportNotes();
    assert.strictEqual(run.code, 0, run.stderr);
    const head = git('rev-parse', 'HEAD');
    // The agent's closing brace is the line the first commit already had: git blames that commit.
    assert.strictEqual(
      run.stderr,
      'vetted: note: 1 AI line(s) not written: git blames them on commits made before the AI text was accepted (the same text was there already)\n' +
        `vetted: refs/notes/ai ${head.slice(0, 12)}: 3 AI line(s) in 1 file(s)\n` +
        'vetted: wrote 3 AI line(s) to the notes of 1 commit(s); share them with: git push origin refs/notes/ai\n',
    );
    assert.strictEqual(run.stdout, '');

    const text = note();
    assert.deepStrictEqual(aiLinesIn(text, 'src/app.js'), [3, 4, 5]);
    assert.match(text, /^src\/app\.js\n {2}[0-9a-f]{16} 3-5\n---\n\{/);
    const meta = metadataOf(text);
    assert.strictEqual(meta.schema_version, 'authorship/3.0.0');
    assert.strictEqual(meta.base_commit_sha, head);
    assert.deepStrictEqual(
      Object.values(meta.prompts).map((p) => [p.agent_id, p.accepted_lines, p.custom_attributes?.vetted_kind]),
      [[{ tool: 'vetted', id: 'agent:claude-code', model: 'claude-code' }, 3, 'agent']],
    );
    // Line numbers only: no code from the file.
    assert.ok(!text.includes('createHash') && !text.includes('ETag'), text);

    const after = scan();
    assert.deepStrictEqual(after.findings, [[3, 'high', 'ai']]);
    assert.strictEqual(after.code, 1);
    assert.match(after.stderr, /1 finding\(s\) in AI-accepted code at or above high \(--fail-on-ai\)/);
  });

  it('round trip: the notes read back as the same lines, agent and kind, and import as one region over the AI text', () => {
    assert.strictEqual(exportNotes().code, 0);
    const { lines } = aiLinesFromGitNotes(repo, ['src/app.js']);
    const traceId = `refs/notes/ai@${git('rev-parse', 'HEAD').slice(0, 12)}`;
    assert.deepStrictEqual(lines.get('src/app.js'), [
      { start_line: 3, end_line: 5, contributor: 'ai', traceId, agent: 'claude-code', kind: 'agent' },
    ]);
    const text = fs.readFileSync(path.join(repo, 'src', 'app.js'), 'utf8');
    const regions = importedRegions(text, lines.get('src/app.js')!, { acceptedAt: ACCEPTED_AT, newId: () => 'imported-1' });
    const start = text.indexOf(AI_LINES[0].trim());
    assert.deepStrictEqual(regions, [
      {
        id: 'imported-1',
        start,
        end: text.indexOf(AI_LINES[2]) + AI_LINES[2].length,
        state: 'ai',
        signal: 'imported',
        confidence: 'high',
        acceptedAt: ACCEPTED_AT,
        source: traceId,
        kind: 'agent',
        agent: 'claude-code',
      },
    ]);
  });

  it('a line a person changes in a later commit is no longer AI-written: its finding is not escalated and --fail-on-ai passes', () => {
    assert.strictEqual(exportNotes().code, 0);
    write('src/app.js', [
      '// Response helpers.',
      ...HEADER,
      "  const etag = crypto.createHash('md5').update(String(body)).digest('hex');",
      ...AI_LINES.slice(1),
    ]);
    git('commit', '-q', '-am', 'human edit');
    const run = scan();
    assert.deepStrictEqual(run.findings, [[4, 'medium', 'human']]);
    assert.strictEqual(run.code, 0);
  });

  it('puts each line on the note of the commit that introduced it, so an export after later commits still counts', () => {
    // A person commits on top before the export: the AI lines now sit at 4-7 of HEAD, written by HEAD~1.
    const text = write('src/app.js', ['// Response helpers.', ...HEADER, ...AI_LINES]);
    store([{ file: 'src/app.js', text, regionText: AI_TEXT }]);
    git('commit', '-q', '-am', 'comment');
    const run = exportNotes();
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`refs/notes/ai ${git('rev-parse', 'HEAD~1').slice(0, 12)}: 3 AI line\\(s\\) in 1 file\\(s\\)`));
    assert.deepStrictEqual(aiLinesIn(note('HEAD~1'), 'src/app.js'), [3, 4, 5]);
    const notedCommits = git('notes', '--ref=ai', 'list')
      .split('\n')
      .map((l) => l.split(' ')[1]);
    assert.deepStrictEqual(notedCommits, [git('rev-parse', 'HEAD~1')]);
    assert.deepStrictEqual(scan().findings, [[4, 'high', 'ai']]);
  });

  it("keeps another tool's note on the commit: its entries and records stay, lines it attributes are left to it", () => {
    const head = git('rev-parse', 'HEAD');
    const foreignMetadata = {
      schema_version: 'authorship/3.0.0',
      git_ai_version: '1.0.23',
      base_commit_sha: head,
      prompts: {
        '3f2a9c41d0b7e655': {
          agent_id: { tool: 'cursor', id: 'b1c2d3e4-0000-4000-8000-000000000001', model: 'claude-sonnet-4-5' },
          human_author: 'A <a@example.com>',
          messages: [{ type: 'user', text: 'set an ETag header' }],
          total_additions: 2,
          total_deletions: 0,
          accepted_lines: 2,
          overriden_lines: 0,
        },
      },
    };
    write('README.md', ['# app', 'Written by hand and by an agent.']);
    git('add', 'README.md');
    git('commit', '-q', '--amend', '--no-edit');
    const amended = git('rev-parse', 'HEAD');
    foreignMetadata.base_commit_sha = amended;
    const foreign = `README.md\n  3f2a9c41d0b7e655 2\nsrc/app.js\n  3f2a9c41d0b7e655 4\n---\n${JSON.stringify(foreignMetadata, null, 2)}\n`;
    git('notes', '--ref=ai', 'add', '-m', foreign, 'HEAD');

    const run = exportNotes();
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(
      run.stderr,
      /: 2 AI line\(s\) in 1 file\(s\); kept 2 entry\(ies\) of other tools, 1 line\(s\) they already attribute left to them\n/,
    );
    const text = note();
    const lines = text.split('\n');
    // The other tool's entries, as they were; Vetted's after them.
    assert.deepStrictEqual(lines.slice(0, 5), ['README.md', '  3f2a9c41d0b7e655 2', 'src/app.js', '  3f2a9c41d0b7e655 4', lines[4]]);
    assert.match(lines[4], /^ {2}[0-9a-f]{16} 3,5$/);
    assert.strictEqual(lines[5], '---');
    const meta = metadataOf(text);
    assert.strictEqual(meta.base_commit_sha, amended);
    assert.strictEqual((meta as unknown as { git_ai_version: string }).git_ai_version, '1.0.23');
    assert.deepStrictEqual(meta.prompts['3f2a9c41d0b7e655'], foreignMetadata.prompts['3f2a9c41d0b7e655']);
    assert.deepStrictEqual(
      Object.values(meta.prompts).map((p) => p.agent_id.tool),
      ['cursor', 'vetted'],
    );
    assert.deepStrictEqual(aiLinesIn(text, 'src/app.js'), [3, 4, 5]);
    assert.deepStrictEqual(aiLinesIn(text, 'README.md'), [2]);

    // Exported again: the same note, not Vetted's lines twice.
    assert.strictEqual(exportNotes().code, 0);
    assert.strictEqual(note(), text);
    assert.deepStrictEqual(scan().findings, [[3, 'high', 'ai']]);
  });

  it('skips a file with uncommitted changes (and one never committed) with a note, and writes the others', () => {
    const appText = fs.readFileSync(path.join(repo, 'src', 'app.js'), 'utf8');
    const utilText = write('src/util.js', ["const crypto = require('crypto');", "exports.id = () => crypto.createHash('md5');"]);
    git('add', 'src/util.js');
    git('commit', '-q', '-m', 'util');
    const edited = write('src/util.js', [
      '// edited, not committed',
      "const crypto = require('crypto');",
      "exports.id = () => crypto.createHash('md5');",
    ]);
    const fresh = write('src/new.js', ["exports.x = require('crypto').createHash('sha1');"]);
    store([
      { file: 'src/app.js', text: appText, regionText: AI_TEXT },
      { file: 'src/util.js', text: edited, regionText: "exports.id = () => crypto.createHash('md5');\n" },
      { file: 'src/new.js', text: fresh, regionText: fresh },
    ]);
    assert.ok(utilText);
    const head = git('rev-parse', 'HEAD').slice(0, 12);
    const run = exportNotes();
    assert.strictEqual(run.code, 0, run.stderr);
    assert.strictEqual(
      run.stderr,
      [
        `vetted: note: skipped src/new.js: it has changes not in ${head}, so its line numbers would not match the commit; commit it and export again`,
        `vetted: note: skipped src/util.js: it has changes not in ${head}, so its line numbers would not match the commit; commit it and export again`,
        'vetted: note: 1 AI line(s) not written: git blames them on commits made before the AI text was accepted (the same text was there already)',
        `vetted: refs/notes/ai ${git('rev-parse', 'HEAD~1').slice(0, 12)}: 3 AI line(s) in 1 file(s)`,
        'vetted: wrote 3 AI line(s) to the notes of 1 commit(s); share them with: git push origin refs/notes/ai',
        '',
      ].join('\n'),
    );
    const noted = git('notes', '--ref=ai', 'list').split('\n');
    assert.strictEqual(noted.length, 1);
    assert.deepStrictEqual([...parseAuthorshipLog(note('HEAD~1')).keys()], ['src/app.js']);
  });

  it('leaves a note it cannot read as it is and says so (exit 2); writes nothing when there is no AI line', () => {
    git('notes', '--ref=ai', 'add', '-m', 'reviewed-by: someone', 'HEAD');
    const run = exportNotes();
    assert.strictEqual(run.code, 2);
    assert.match(
      run.stderr,
      /^vetted: the note of commit [0-9a-f]{12} under refs\/notes\/ai is not an authorship\/3\.0\.0 log \(it has no "---" line/,
    );
    assert.strictEqual(note(), 'reviewed-by: someone');

    git('notes', '--ref=ai', 'remove', 'HEAD');
    const text = fs.readFileSync(path.join(repo, 'src', 'app.js'), 'utf8');
    store([{ file: 'src/app.js', text, regionText: AI_TEXT, region: { signal: 'heuristic', confidence: 'low' } }]);
    const low = exportNotes();
    assert.strictEqual(low.code, 0, low.stderr);
    assert.strictEqual(
      low.stderr,
      'vetted: note: 1 low-confidence region(s) not written (a note cannot say a line is only perhaps AI-written)\n' +
        'vetted: no AI line to write; no note was changed\n',
    );
    assert.strictEqual(git('notes', '--ref=ai', 'list'), '');
  });

  it('refuses --output and --scan with --git-notes, and a folder outside a git repository', () => {
    assert.match(exportNotes('--output', 'x.json').stderr, /--git-notes writes git notes; --output names a file/);
    assert.match(exportNotes('--scan').stderr, /--scan lists findings in an Agent Trace record/);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-notes-nogit-'));
    try {
      const run = runVetted(['provenance', 'export', '--store', storeFile, '--git-notes'], outside);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, /--git-notes writes git notes, and .* is not inside a git repository/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
