import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the provenance of a folder's files is kept, so that the extension, `vetted hook`, the CLI
 * and CI all read and write the same record:
 * - in a git work tree, `<git dir>/vetted/provenance.json`: never committed, never touched by a
 *   checkout or a branch switch, private to the clone (each linked worktree has its own git dir,
 *   hence its own record); paths in it are relative to the top of the work tree;
 * - elsewhere, `<folder>/.vetted/provenance.json`, paths relative to the folder.
 * Found without running git (the extension must not spawn a process per document): the nearest
 * `.git` folder, or `.git` file naming the git dir (`gitdir: …`, as worktrees and submodules have).
 */
export interface StoreLocation {
  /** The store file. */
  file: string;
  /** The folder the stored paths are relative to. */
  root: string;
  kind: 'git' | 'folder';
}

export const STORE_FILE_NAME = 'provenance.json';

export function provenanceStoreFor(folder: string): StoreLocation {
  const start = path.resolve(folder);
  for (let dir = start; ; dir = path.dirname(dir)) {
    const gitDir = gitDirOf(dir);
    if (gitDir) return { file: path.join(gitDir, 'vetted', STORE_FILE_NAME), root: dir, kind: 'git' };
    if (path.dirname(dir) === dir) break;
  }
  return { file: path.join(start, '.vetted', STORE_FILE_NAME), root: start, kind: 'folder' };
}

/** The git dir of a work tree whose top is `dir`, or undefined when `dir` has no `.git`. */
function gitDirOf(dir: string): string | undefined {
  const dotGit = path.join(dir, '.git');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dotGit);
  } catch {
    return undefined;
  }
  if (stat.isDirectory()) return dotGit;
  if (!stat.isFile() || stat.size > 4096) return undefined;
  try {
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'));
    if (!match) return undefined;
    const target = path.resolve(dir, match[1]);
    return fs.statSync(target).isDirectory() ? target : undefined;
  } catch {
    return undefined;
  }
}
