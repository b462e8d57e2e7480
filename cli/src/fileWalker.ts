import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';
import { grammarForPath } from '../../server/src/engine/languages';
import { describeFsError, notARegularFile, readRegularFile } from '../../server/src/files/regularFile';
import { looksMinified } from '../../server/src/engine/minified';
import { displayName } from './files/displayName';

export interface WalkOptions {
  maxFileBytes: number;
  /** Scan files that look minified or generated too (skipped by default, as in the editor). */
  includeMinified?: boolean;
  /** Only these files (relative to the root, forward slashes) are read; others are passed over without a note. */
  onlyFiles?: Set<string>;
}

export interface SourceFile {
  /** Path relative to the scan root, with forward slashes (names that are not UTF-8 escaped, see displayName). */
  relative: string;
  text: string;
}

/** A path that was not scanned, or not completely: a note in every report format. */
export interface SkippedFile {
  relative: string;
  reason: string;
  /** The file was read but its analysis failed (an error, not a policy skip). */
  failed?: boolean;
}

/** Folders never worth scanning (no note). */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
const IGNORE_FILES = ['.gitignore', '.vettedignore'];
/** Ignore files larger than this are not applied (noted). */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/**
 * A path as the walker carries it: `fsPath` for the filesystem (bytes, so names that are not
 * UTF-8 still open) and `shown` for matching and reports (absolute, see displayName).
 */
interface WalkPath {
  fsPath: Buffer;
  shown: string;
}

interface ScopedIgnore {
  base: string;
  matcher: Ignore;
}

/**
 * Finds the source files under the given paths and reads them. Honours `.gitignore` and
 * `.vettedignore` files (at the root and in every folder below it, as git applies them). Every
 * path that is not scanned for a reason other than being ignored or not source code becomes a
 * note in `skipped`:
 * - only regular files are read (never a FIFO, socket or device) and only up to the size cap;
 * - symbolic links are followed when they resolve inside the scan root (`root`), each real file
 *   and folder once (so a link cycle ends), and noted when they point outside it or nowhere;
 *   paths named on the command line are followed wherever they point;
 * - unreadable files and folders, binary files, and ignore files that are not regular files.
 */
export function* walkSources(root: string, targets: string[], options: WalkOptions, skipped: SkippedFile[]): Generator<SourceFile> {
  const walker = new Walker(root, options, skipped);
  for (const target of targets) yield* walker.walkTarget(target);
}

class Walker {
  /** The scan root's real path, as bytes in a latin1 string (like every real path compared here). */
  private readonly realRoot: string;
  /** The folders and files reached so far (by device and inode), and the path each was reached by. */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly root: string,
    private readonly options: WalkOptions,
    private readonly skipped: SkippedFile[],
  ) {
    this.realRoot = realPathKey(root);
  }

  *walkTarget(target: string): Generator<SourceFile> {
    const absolute = path.resolve(target);
    const at: WalkPath = { fsPath: Buffer.from(absolute), shown: absolute };
    try {
      fs.lstatSync(absolute);
    } catch {
      throw new UsageError(`no such file or folder: ${target}`);
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      this.note(at, `broken symbolic link (${describeFsError(error)})`);
      return;
    }
    if (stat.isDirectory()) {
      if (this.firstVisit(at)) yield* this.walkDirectory(at, this.ancestorScopes(absolute));
    } else if (stat.isFile()) yield* this.readSource(at, true);
    else this.note(at, `not a regular file (${notARegularFile(stat)})`);
  }

  /** Ignore files of the folders from the scan root down to (not including) `dir`, as git would apply them. */
  private ancestorScopes(dir: string): ScopedIgnore[] {
    const rel = path.relative(this.root, dir);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return [];
    const scopes: ScopedIgnore[] = [];
    let current = this.root;
    for (const part of ['', ...rel.split(path.sep).slice(0, -1)]) {
      current = part ? path.join(current, part) : current;
      const scope = this.scopeOf({ fsPath: Buffer.from(current), shown: current });
      if (scope) scopes.push(scope);
    }
    return scopes;
  }

  /**
   * The ignore rules of one folder. Like git (2.32 and later), an ignore file that is a symbolic
   * link is not followed; one that is not a regular file, too large or unreadable is not applied.
   * Either way a note says so, since more files may then be scanned than intended.
   */
  private scopeOf(dir: WalkPath): ScopedIgnore | undefined {
    const matcher = ignore();
    let hasRules = false;
    for (const name of IGNORE_FILES) {
      const file = child(dir, Buffer.from(name));
      let stat: fs.Stats;
      try {
        stat = fs.lstatSync(file.fsPath);
      } catch {
        continue; // none here
      }
      if (stat.isSymbolicLink()) {
        this.note(file, 'symbolic link; its patterns were not applied (git does not follow it either)');
        continue;
      }
      const read = readRegularFile(file.fsPath, MAX_IGNORE_FILE_BYTES);
      if (!read.ok) {
        this.note(file, `${read.reason}; its patterns were not applied`);
        continue;
      }
      matcher.add(read.bytes.toString('utf8'));
      hasRules = true;
    }
    return hasRules ? { base: dir.shown, matcher } : undefined;
  }

  private *walkDirectory(dir: WalkPath, inherited: ScopedIgnore[]): Generator<SourceFile> {
    const scopes = [...inherited];
    const own = this.scopeOf(dir);
    if (own) scopes.push(own);
    let entries: fs.Dirent<Buffer>[];
    try {
      entries = fs.readdirSync(dir.fsPath, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      this.note(dir, `cannot read folder: ${describeFsError(error)}`);
      return;
    }
    const named = entries.map((entry) => ({ entry, at: child(dir, entry.name) })).sort((a, b) => a.at.shown.localeCompare(b.at.shown));
    for (const { entry, at } of named) {
      const name = path.basename(at.shown);
      if (entry.isDirectory() && ALWAYS_SKIPPED.has(name)) continue;
      if (entry.isSymbolicLink()) {
        yield* this.followLink(at, scopes);
        continue;
      }
      if (isIgnored(scopes, at.shown, entry.isDirectory())) continue;
      if (entry.isDirectory()) {
        if (this.firstVisit(at)) yield* this.walkDirectory(at, scopes);
      } else if (grammarForPath(name)) {
        if (entry.isFile()) yield* this.readSource(at, false);
        else this.note(at, `not a regular file (${describeEntry(entry)})`);
      }
    }
  }

  /** A symbolic link met while walking: followed into the scan root, noted otherwise. */
  private *followLink(link: WalkPath, scopes: ScopedIgnore[]): Generator<SourceFile> {
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync.native(link.fsPath, 'buffer').toString('latin1');
      stat = fs.statSync(link.fsPath);
    } catch (error) {
      if (!isIgnored(scopes, link.shown, false) && grammarForPath(link.shown))
        this.note(link, `broken symbolic link (${describeFsError(error)})`);
      return;
    }
    if (isIgnored(scopes, link.shown, stat.isDirectory())) return;
    const isSource = stat.isDirectory() || grammarForPath(link.shown) !== undefined;
    if (!isSource) return;
    if (!isInside(this.realRoot, real)) {
      this.note(link, 'symbolic link to a path outside the scan root (not followed)');
      return;
    }
    if (stat.isDirectory()) {
      if (isInside(real, realParentOf(link) ?? real)) this.note(link, 'symbolic link to a folder that contains it (a loop; not followed)');
      else if (this.firstVisit(link)) yield* this.walkDirectory(link, scopes);
    } else if (stat.isFile()) yield* this.readSource(link, false);
    else this.note(link, `symbolic link to something that is not a regular file (${notARegularFile(stat)})`);
  }

  /** Reads one source file unless it is binary, too large, unreadable, or a file already scanned by another path. */
  private *readSource(file: WalkPath, explicit: boolean): Generator<SourceFile> {
    if (!grammarForPath(file.shown)) {
      if (explicit) this.note(file, 'not a supported language');
      return;
    }
    if (this.options.onlyFiles && !this.options.onlyFiles.has(this.relative(file))) return;
    const read = readRegularFile(file.fsPath, this.options.maxFileBytes);
    if (!read.ok) {
      this.note(
        file,
        read.reason.startsWith('larger than') || read.reason.startsWith('not a regular') ? read.reason : `cannot read: ${read.reason}`,
      );
      return;
    }
    const key = `file ${read.identity}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.note(file, `same file as ${first} (scanned once)`);
      return;
    }
    this.seen.set(key, this.relative(file));
    if (read.bytes.subarray(0, 8192).includes(0)) {
      this.note(file, 'binary');
      return;
    }
    const text = read.bytes.toString('utf8');
    if (!this.options.includeMinified && looksMinified(text)) {
      this.note(file, 'looks minified or generated (very long lines); --include-minified scans it');
      return;
    }
    yield { relative: this.relative(file), text };
  }

  /** False, with a note, when the folder was walked already (reached again through a link). */
  private firstVisit(dir: WalkPath): boolean {
    let key: string;
    try {
      const stat = fs.statSync(dir.fsPath);
      key = `folder ${stat.dev}:${stat.ino}`;
    } catch {
      return true; // readdir reports it
    }
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.note(dir, `same folder as ${first} (scanned once)`);
      return false;
    }
    this.seen.set(key, this.relative(dir));
    return true;
  }

  private note(at: WalkPath, reason: string): void {
    this.skipped.push({ relative: this.relative(at), reason });
  }

  private relative(at: WalkPath): string {
    const rel = path.relative(this.root, at.shown);
    return (rel === '' ? path.basename(at.shown) : rel).split(path.sep).join('/');
  }
}

function child(dir: WalkPath, name: Buffer): WalkPath {
  return { fsPath: Buffer.concat([dir.fsPath, Buffer.from(path.sep), name]), shown: path.join(dir.shown, displayName(name)) };
}

function isIgnored(scopes: ScopedIgnore[], shown: string, isDir: boolean): boolean {
  return scopes.some(({ base, matcher }) => {
    const rel = path.relative(base, shown).split(path.sep).join('/');
    return rel !== '' && !rel.startsWith('..') && matcher.ignores(isDir ? `${rel}/` : rel);
  });
}

/** Whether `real` (a real path, bytes as latin1) is `root` or below it. */
function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The real path (bytes as latin1) of the folder holding `at`; undefined if it cannot be resolved (then the link is treated as a loop). */
function realParentOf(at: WalkPath): string | undefined {
  const slash = at.fsPath.lastIndexOf(path.sep);
  try {
    return fs.realpathSync.native(at.fsPath.subarray(0, Math.max(1, slash)), 'buffer').toString('latin1');
  } catch {
    return undefined;
  }
}

function realPathKey(p: string): string {
  try {
    return fs.realpathSync.native(p, 'buffer').toString('latin1');
  } catch {
    return Buffer.from(p).toString('latin1');
  }
}

function describeEntry(entry: fs.Dirent<Buffer>): string {
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'unknown type';
}

export class UsageError extends Error {}
