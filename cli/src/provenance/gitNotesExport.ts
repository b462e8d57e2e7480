import * as path from 'path';
import {
  AUTHORSHIP_SCHEMA_VERSION,
  authorshipNote,
  AuthorshipLogError,
  NoteLines,
  storeLines,
} from '../../../server/src/provenance/authorshipLog';
import { exportAgentTrace, SkippedRegion } from '../../../server/src/provenance/export';
import type { StoredProvenance } from '../../../server/src/provenance/format';
import { SAFE_DIFF_OPTIONS, safeGit, safeGitWrite } from '../../../server/src/vcs/git';
import { realDirectory } from '../../../server/src/vcs/gitPaths';
import { VERSION } from '../../../server/src/version';
import { AI_NOTES_REF, blame, BlamedLine, GitNotesError } from './gitNotes';

export interface NotesExportOptions {
  /** The folder the stored paths are relative to (the workspace folder). */
  root: string;
  /** The commit whose files the lines refer to; default HEAD. */
  revision?: string;
}

export interface NotedCommit {
  commit: string;
  files: number;
  /** Lines Vetted attributes in this commit's note. */
  lines: number;
  /** Entries of other tools kept from the note the commit already had. */
  keptEntries: number;
  /** AI lines another tool's entry already covered (left to it). */
  leftToOthers: number;
}

export interface NotesExportResult {
  /** The commit the working tree was compared with (full SHA). */
  revision: string;
  noted: NotedCommit[];
  /** Files (relative to root) skipped because their working-tree text differs from the revision. */
  uncommitted: string[];
  skipped: SkippedRegion[];
  lowConfidence: number;
  /** AI lines left out because the commit git blames for them is older than the region's acceptance. */
  olderLines: number;
  lost: number;
}

/**
 * Writes the AI lines of the extension's store as git-ai authorship logs under refs/notes/ai.
 * Line numbers come from the working tree, so only files whose working-tree text equals their
 * version in `revision` are written. Each line goes to the note of the commit that introduced it
 * (`git blame` of the revision), because that is where a reader of the notes — git-ai, or
 * `vetted scan --provenance` — looks it up; lines the revision itself added go to its own note.
 * A note a commit already has is merged with, never replaced.
 */
export function exportToGitNotes(store: StoredProvenance, options: NotesExportOptions): NotesExportResult {
  const top = safeGit(options.root, ['rev-parse', '--show-toplevel']);
  if (!top) throw new GitNotesError(`--git-notes writes git notes, and ${options.root} is not inside a git repository`);
  const wanted = options.revision ?? 'HEAD';
  const revision = safeGit(top, ['rev-parse', '--verify', '--quiet', `${wanted}^{commit}`]);
  if (!revision || !/^[0-9a-f]{40,64}$/.test(revision))
    throw new GitNotesError(options.revision ? `no commit ${options.revision} in ${top}` : `${top} has no commit yet to attach notes to`);

  const { metadata } = exportAgentTrace(store, { root: options.root, revision });
  const { regions, lowConfidence } = storeLines(store, metadata.regions, VERSION);
  const realRoot = realDirectory(options.root);
  const inRepo = (rel: string) => path.relative(top, path.join(realRoot, rel)).split(path.sep).join('/');

  const files = [...new Set(regions.map((r) => r.path))];
  const uncommitted = changedSince(top, revision, files.map(inRepo));
  const dirty = new Set(files.filter((f) => uncommitted.has(inRepo(f))));

  // Blame each clean file once: line n of the revision's version → the commit that wrote it, and where.
  const blamed = new Map<string, Map<number, BlamedLine>>();
  const groups = new Map<string, NoteLines & { commit: string }>();
  let olderLines = 0;
  for (const region of regions) {
    if (dirty.has(region.path)) continue;
    const file = inRepo(region.path);
    let byLine = blamed.get(file);
    if (!byLine) {
      byLine = new Map(blame(top, file, revision).map((o) => [o.finalLine, o]));
      blamed.set(file, byLine);
    }
    const accepted = Date.parse(region.acceptedAt) / 1000;
    for (let n = region.startLine; n <= region.endLine; n++) {
      const origin = byLine.get(n);
      if (!origin) continue; // past the end of the committed file (cannot be, when it is clean)
      // A line committed before the AI text was accepted was there already: git saw the AI write
      // the same text again (a closing brace, a blank line) and keeps the older commit as its author.
      if (origin.committerTime !== undefined && origin.committerTime < Math.floor(accepted)) {
        olderLines++;
        continue;
      }
      const key = `${origin.commit}\0${origin.originalFile}\0${region.source.id}`;
      const group = groups.get(key) ?? { commit: origin.commit, path: origin.originalFile, source: region.source, lines: [] };
      group.lines.push(origin.originalLine);
      groups.set(key, group);
    }
  }
  const perCommit = new Map<string, NoteLines[]>();
  for (const { commit, ...lines } of groups.values()) perCommit.set(commit, [...(perCommit.get(commit) ?? []), lines]);

  // Every note is built (and a foreign note checked) before any is written.
  const notes: { commit: string; text: string; noted: NotedCommit }[] = [];
  for (const [commit, noteLines] of perCommit) {
    const existing = notedCommit(top, commit) ? safeGit(top, ['notes', `--ref=${AI_NOTES_REF}`, 'show', commit]) : undefined;
    let built: ReturnType<typeof authorshipNote>;
    try {
      built = authorshipNote(commit, noteLines, existing);
    } catch (error) {
      if (!(error instanceof AuthorshipLogError)) throw error;
      throw new GitNotesError(
        `the note of commit ${commit.slice(0, 12)} under ${AI_NOTES_REF} is not an ${AUTHORSHIP_SCHEMA_VERSION} log (${error.message}); it was left as it is and no note was written`,
      );
    }
    const noted = {
      commit,
      files: new Set(noteLines.map((l) => l.path)).size,
      lines: built.vettedLines,
      keptEntries: built.keptEntries,
      leftToOthers: built.leftToOthers,
    };
    notes.push({ commit, text: built.text, noted });
  }
  for (const note of notes) {
    const failed = safeGitWrite(top, ['notes', `--ref=${AI_NOTES_REF}`, 'add', '-f', '-F', '-', note.commit], note.text);
    if (failed) throw new GitNotesError(`cannot write the note of commit ${note.commit.slice(0, 12)} under ${AI_NOTES_REF}: ${failed}`);
  }
  return {
    revision,
    noted: notes.map((n) => n.noted),
    uncommitted: [...dirty],
    skipped: metadata.skipped,
    lowConfidence,
    olderLines,
    lost: metadata.counts.lost,
  };
}

/** Whether the commit has a note under refs/notes/ai. */
function notedCommit(top: string, commit: string): boolean {
  return safeGit(top, ['notes', `--ref=${AI_NOTES_REF}`, 'list', commit]) !== undefined;
}

/** Of the given paths (relative to the top folder), those whose working-tree text differs from `revision` or that it lacks. */
function changedSince(top: string, revision: string, files: string[]): Set<string> {
  if (files.length === 0) return new Set();
  const modified = safeGit(top, ['diff', ...SAFE_DIFF_OPTIONS, '--name-only', '-z', revision, '--', ...files]);
  const untracked = safeGit(top, ['ls-files', '--others', '-z', '--', ...files]);
  if (modified === undefined || untracked === undefined)
    throw new GitNotesError(`cannot compare the working tree with ${revision.slice(0, 12)}`);
  const inRevision = safeGit(top, ['ls-tree', '-r', '-z', '--name-only', revision, '--', ...files]);
  if (inRevision === undefined) throw new GitNotesError(`cannot list the files of ${revision.slice(0, 12)}`);
  const present = new Set(inRevision.split('\0').filter(Boolean));
  const changed = new Set([...modified.split('\0'), ...untracked.split('\0')].filter(Boolean));
  return new Set(files.filter((f) => changed.has(f) || !present.has(f)));
}
