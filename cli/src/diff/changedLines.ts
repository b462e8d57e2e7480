import * as path from 'path';
import { SAFE_DIFF_OPTIONS, safeGit } from '../../../server/src/vcs/git';
import { realDirectory, unquoteGitPath } from '../../../server/src/vcs/gitPaths';

/** The lines a change touched, per file: 1-based line numbers of the file as it is now. */
export interface ChangedLines {
  /** The commit compared against: the merge base of the base ref and HEAD. */
  mergeBase: string;
  /** Paths relative to the scan root (forward slashes) → changed line numbers, or 'all' for a new file. */
  files: Map<string, ChangedLineSet>;
}

export class DiffError extends Error {}

/**
 * What changed since `baseRef`, as a pull request shows it: from the merge base of `baseRef` and
 * HEAD to the working tree (committed, staged and unstaged changes), plus untracked files that
 * are not ignored, which count as changed throughout.
 */
export function changedLinesSince(root: string, baseRef: string): ChangedLines {
  const top = safeGit(root, ['rev-parse', '--show-toplevel']);
  if (!top) throw new DiffError(`--diff needs a git repository, and ${root} is not inside one`);
  if (baseRef.startsWith('-')) throw new DiffError(`--diff ${baseRef}: not a git revision`);
  const mergeBase = safeGit(root, ['merge-base', baseRef, 'HEAD']);
  if (!mergeBase) {
    throw new DiffError(
      `--diff ${baseRef}: no such revision, or it shares no history with HEAD (in CI, fetch it first: git fetch origin ${baseRef})`,
    );
  }
  // Names with non-ASCII characters unquoted; quotes, backslashes and control characters stay C-quoted.
  const diff = safeGit(top, [
    '-c',
    'core.quotePath=false',
    'diff',
    ...SAFE_DIFF_OPTIONS,
    '--no-color',
    '--unified=0',
    '--find-renames',
    mergeBase,
  ]);
  if (diff === undefined) throw new DiffError(`--diff ${baseRef}: git diff failed`);
  const fromTop = parseUnifiedDiff(diff);
  const untracked = safeGit(top, ['ls-files', '-z', '--others', '--exclude-standard']) ?? '';
  for (const file of untracked.split('\0').filter(Boolean)) fromTop.set(file, 'all');
  return { mergeBase, files: relativeTo(fromTop, top, realDirectory(root)) };
}

/** The changed lines of one file; 'all' for an untracked file, which is new throughout. */
export type ChangedLineSet = Set<number> | 'all';

/** The new-side line numbers of each file's hunks in `git diff --unified=0` output. */
export function parseUnifiedDiff(diff: string): Map<string, ChangedLineSet> {
  const files = new Map<string, ChangedLineSet>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      if (name === '/dev/null') {
        current = undefined;
        continue;
      }
      const file = unquoteGitPath(name).replace(/^b\//, '');
      current = new Set<number>();
      files.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return files;
}

/** Repository-relative paths made relative to the scan root; files outside it are dropped. */
function relativeTo(fromTop: Map<string, ChangedLineSet>, top: string, root: string): Map<string, ChangedLineSet> {
  const out = new Map<string, ChangedLineSet>();
  for (const [file, lines] of fromTop) {
    const rel = path.relative(root, path.join(top, file)).split(path.sep).join('/');
    if (rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) continue;
    out.set(rel, lines);
  }
  return out;
}

/** The findings with at least one line among the changed lines of their file. */
export function onChangedLines<T extends { file: string; finding: { range: { start: { line: number }; end: { line: number } } } }>(
  findings: T[],
  changed: Map<string, ChangedLineSet>,
): T[] {
  return findings.filter(({ file, finding }) => {
    const lines = changed.get(file);
    if (!lines) return false;
    if (lines === 'all') return true;
    for (let line = finding.range.start.line + 1; line <= finding.range.end.line + 1; line++) if (lines.has(line)) return true;
    return false;
  });
}
