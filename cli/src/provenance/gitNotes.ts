import * as path from 'path';
import { safeGit } from '../../../server/src/vcs/git';
import { realDirectory, unquoteGitPath } from '../../../server/src/vcs/gitPaths';
import type { AiLineRange } from './agentTrace';
import type { ProvenanceKind } from '../../../server/src/provenance/format';
import { VETTED_TOOL } from '../../../server/src/provenance/authorshipLog';

/**
 * AI authorship recorded in git notes under refs/notes/ai, as git-ai writes it (Git AI Standard
 * 3.0.0, "authorship/3.0.0"): each note belongs to one commit and lists, per file, the lines of that
 * commit's version that an AI session wrote. A line of today's file is AI-written when `git blame`
 * traces it to a commit whose note lists it; lines changed since (by anyone) are not.
 */
export const AI_NOTES_REF = 'refs/notes/ai';

export class GitNotesError extends Error {}

/** The AI lines of `files` (relative to `root`), from the notes, in the form Agent Trace records give. */
export function aiLinesFromGitNotes(root: string, files: string[]): { lines: Map<string, AiLineRange[]>; notedCommits: number } {
  const top = safeGit(root, ['rev-parse', '--show-toplevel']);
  if (!top)
    throw new GitNotesError(`--provenance without a file reads git notes (${AI_NOTES_REF}), and ${root} is not inside a git repository`);
  const notes = notedCommits(top);
  const lines = new Map<string, AiLineRange[]>();
  if (notes.size === 0) return { lines, notedCommits: 0 };
  const realRoot = realDirectory(root);
  const parsedNotes = new Map<string, AuthorshipNote>();
  for (const file of files) {
    const inRepo = path.relative(top, path.join(realRoot, file)).split(path.sep).join('/');
    const ranges: AiLineRange[] = [];
    for (const line of blame(top, inRepo)) {
      if (!notes.has(line.commit)) continue;
      let note = parsedNotes.get(line.commit);
      if (!note) {
        note = parseAuthorshipNote(safeGit(top, ['notes', `--ref=${AI_NOTES_REF}`, 'show', line.commit]) ?? '');
        parsedNotes.set(line.commit, note);
      }
      const hash = note.lines.get(line.originalFile)?.get(line.originalLine);
      if (hash === undefined) continue;
      const { agent, kind } = note.authors.get(hash) ?? {};
      const last = ranges[ranges.length - 1];
      const traceId = `${AI_NOTES_REF}@${line.commit.slice(0, 12)}`;
      if (last && last.end_line === line.finalLine - 1 && last.traceId === traceId && last.agent === agent && last.kind === kind)
        last.end_line = line.finalLine;
      else
        ranges.push({
          start_line: line.finalLine,
          end_line: line.finalLine,
          contributor: 'ai',
          traceId,
          ...(agent ? { agent } : {}),
          ...(kind ? { kind } : {}),
        });
    }
    if (ranges.length > 0) lines.set(file, ranges);
  }
  return { lines, notedCommits: notes.size };
}

/** The files (relative to the top of the work tree) that any note under refs/notes/ai lists. */
export function filesInGitNotes(root: string): string[] {
  const top = safeGit(root, ['rev-parse', '--show-toplevel']);
  if (!top) throw new GitNotesError(`${root} is not inside a git repository, so it has no git notes (${AI_NOTES_REF})`);
  const files = new Set<string>();
  for (const commit of notedCommits(top))
    for (const file of parseAuthorshipLog(safeGit(top, ['notes', `--ref=${AI_NOTES_REF}`, 'show', commit]) ?? '').keys()) files.add(file);
  return [...files];
}

/** The commits that carry a note under refs/notes/ai. */
function notedCommits(top: string): Set<string> {
  const list = safeGit(top, ['notes', `--ref=${AI_NOTES_REF}`, 'list']) ?? '';
  return new Set(
    list
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[1])
      .filter((sha): sha is string => !!sha && /^[0-9a-f]{40,64}$/.test(sha)),
  );
}

export interface BlamedLine {
  commit: string;
  originalFile: string;
  /** 1-based, in the commit's version of the file. */
  originalLine: number;
  /** 1-based, in the file as it is now (or in `revision`'s version). */
  finalLine: number;
  /** When `commit` was committed, in seconds since 1970 (undefined when git did not say). */
  committerTime?: number;
}

/**
 * `git blame --porcelain` of the working-tree file, or of its version in `revision`: where each of
 * its lines comes from (the commit that last changed it, and the line's number and file there).
 */
export function blame(top: string, file: string, revision?: string): BlamedLine[] {
  const out = safeGit(top, ['blame', '--porcelain', ...(revision ? [revision] : []), '--', file]);
  if (!out) return []; // untracked, or not a file git knows
  const fileOf = new Map<string, string>();
  const timeOf = new Map<string, number>();
  const headers: { commit: string; originalLine: number; finalLine: number; count: number }[] = [];
  for (const line of out.split('\n')) {
    const header = /^([0-9a-f]{40,64}) (\d+) (\d+)(?: (\d+))?$/.exec(line);
    if (header) {
      headers.push({ commit: header[1], originalLine: Number(header[2]), finalLine: Number(header[3]), count: 1 });
      continue;
    }
    if (line.startsWith('committer-time ') && headers.length > 0) {
      const time = Number(line.slice('committer-time '.length));
      if (Number.isFinite(time)) timeOf.set(headers[headers.length - 1].commit, time);
      continue;
    }
    if (line.startsWith('filename ') && headers.length > 0) {
      const commit = headers[headers.length - 1].commit;
      if (!fileOf.has(commit)) fileOf.set(commit, unquoteGitPath(line.slice('filename '.length)));
    }
  }
  return headers.map((h) => ({
    commit: h.commit,
    originalFile: fileOf.get(h.commit) ?? file,
    originalLine: h.originalLine,
    finalLine: h.finalLine,
    committerTime: timeOf.get(h.commit),
  }));
}

/** Who wrote the lines a note attributes. */
export interface AuthorshipNote {
  /** Per file path, each AI-written line (1-based, the commit's version) and the entry that lists it. */
  lines: Map<string, Map<number, string>>;
  /** Per entry hash, the agent the metadata names and how the text arrived, when it says. */
  authors: Map<string, { agent?: string; kind?: ProvenanceKind }>;
}

/**
 * The attestation section of an authorship log: per file path, the line numbers an AI session
 * wrote. The JSON metadata after the `---` divider (prompts, transcripts) is not needed here.
 */
export function parseAuthorshipLog(text: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  for (const [file, lines] of parseAuthorshipNote(text).lines) files.set(file, new Set(lines.keys()));
  return files;
}

/**
 * An authorship log's AI-written lines, and who wrote them. Entries name a prompt record (hex hash)
 * or, in newer git-ai versions, a session (`s_<hex>`, optionally `::t_<hex>`); both are AI. Entries
 * of known humans (`h_<hex>`) are not. Where entries overlap, the later one wins a line, as in
 * git-ai. Records git-ai wrote name the agent in `agent_id.tool`; records Vetted wrote (tool
 * `vetted`) name it in `agent_id.model` and the way it arrived in `custom_attributes.vetted_kind`.
 */
export function parseAuthorshipNote(text: string): AuthorshipNote {
  const lines = new Map<string, Map<number, string>>();
  let current: Map<number, string> | undefined;
  const all = text.split(/\r?\n/);
  const divider = all.indexOf('---');
  for (const line of divider < 0 ? all : all.slice(0, divider)) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const trimmed = line.trimEnd();
      const name = trimmed.length > 1 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
      current = lines.get(name) ?? new Map<number, string>();
      lines.set(name, current);
      continue;
    }
    const entry = /^ {2}([0-9a-f]{7,64}|s_[0-9a-f]{1,64}(?:::t_[0-9a-f]{1,64})?|h_[0-9a-f]{1,64}) ([\d,-]+)\s*$/.exec(line);
    if (!entry || !current) continue;
    const human = entry[1].startsWith('h_');
    for (const part of entry[2].split(',')) {
      const [from, to = from] = part.split('-').map(Number);
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from || to - from > 1_000_000) continue;
      for (let n = from; n <= to; n++) {
        if (human) current.delete(n);
        else current.set(n, entry[1]);
      }
    }
  }
  for (const [name, set] of lines) if (set.size === 0) lines.delete(name);
  return { lines, authors: divider < 0 ? new Map<string, never>() : authorsOf(all.slice(divider + 1).join('\n'), lines) };
}

function authorsOf(json: string, lines: Map<string, Map<number, string>>): AuthorshipNote['authors'] {
  const authors: AuthorshipNote['authors'] = new Map();
  let metadata: { prompts?: unknown; sessions?: unknown };
  try {
    metadata = JSON.parse(json) as typeof metadata;
  } catch {
    return authors;
  }
  const records = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
  const prompts = records(metadata?.prompts);
  const sessions = records(metadata?.sessions);
  const hashes = new Set([...lines.values()].flatMap((m) => [...m.values()]));
  for (const hash of hashes) {
    const record = hash.startsWith('s_') ? sessions[hash.split('::')[0]] : prompts[hash];
    const { agent_id, custom_attributes } = records(record) as { agent_id?: unknown; custom_attributes?: unknown };
    const { tool, model } = records(agent_id);
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
    if (text(tool) === VETTED_TOOL) {
      const kind = records(custom_attributes).vetted_kind;
      authors.set(hash, {
        ...(text(model) && model !== 'unknown' ? { agent: text(model) } : {}),
        ...(kind === 'completion' || kind === 'chat' || kind === 'agent' ? { kind } : {}),
      });
    } else if (text(tool)) authors.set(hash, { agent: text(tool), kind: 'agent' });
  }
  return authors;
}
