import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';
import { grammarForPath } from '../../server/src/engine/languages';

export interface WalkOptions {
  maxFileBytes: number;
}

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the scan root, with forward slashes. */
  relative: string;
  text: string;
}

export interface SkippedFile {
  relative: string;
  reason: string;
}

/** Folders never worth scanning. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);

/**
 * Finds the source files under the given paths, honouring `.gitignore` and `.vettedignore` files
 * (at the root and in every folder below it), and reads them. Binary and oversized files are
 * skipped with a reason instead of being read.
 */
export function* walkSources(root: string, targets: string[], options: WalkOptions, skipped: SkippedFile[]): Generator<SourceFile> {
  for (const target of targets) {
    const absolute = path.resolve(target);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`no such file or folder: ${target}`);
    }
    if (stat.isDirectory()) yield* walkDirectory(root, absolute, ancestorScopes(root, absolute), options, skipped);
    else {
      const file = readSource(root, absolute, options, skipped, true);
      if (file) yield file;
    }
  }
}

interface ScopedIgnore {
  base: string;
  matcher: Ignore;
}

/** Ignore files of the folders from the scan root down to (not including) `dir`, as git would apply them. */
function ancestorScopes(root: string, dir: string): ScopedIgnore[] {
  const rel = path.relative(root, dir);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return [];
  const scopes: ScopedIgnore[] = [];
  let current = root;
  for (const part of ['', ...rel.split(path.sep).slice(0, -1)]) {
    current = part ? path.join(current, part) : current;
    const scope = scopeOf(current);
    if (scope) scopes.push(scope);
  }
  return scopes;
}

function scopeOf(dir: string): ScopedIgnore | undefined {
  const matcher = ignore();
  let hasRules = false;
  for (const name of ['.gitignore', '.vettedignore']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) {
      matcher.add(fs.readFileSync(file, 'utf8'));
      hasRules = true;
    }
  }
  return hasRules ? { base: dir, matcher } : undefined;
}

function* walkDirectory(root: string, dir: string, inherited: ScopedIgnore[], options: WalkOptions, skipped: SkippedFile[]): Generator<SourceFile> {
  const scopes = [...inherited];
  const own = scopeOf(dir);
  if (own) scopes.push(own);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    skipped.push({ relative: relativeTo(root, dir), reason: `cannot read folder: ${(error as Error).message}` });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
    if (isIgnored(scopes, full, isDir)) continue;
    if (isDir) yield* walkDirectory(root, full, scopes, options, skipped);
    else if (entry.isFile() && grammarForPath(entry.name)) {
      const file = readSource(root, full, options, skipped, false);
      if (file) yield file;
    }
  }
}

function isIgnored(scopes: ScopedIgnore[], full: string, isDir: boolean): boolean {
  return scopes.some(({ base, matcher }) => {
    const rel = path.relative(base, full).split(path.sep).join('/');
    return rel !== '' && !rel.startsWith('..') && matcher.ignores(isDir ? `${rel}/` : rel);
  });
}

function readSource(root: string, file: string, options: WalkOptions, skipped: SkippedFile[], explicit: boolean): SourceFile | undefined {
  const relative = relativeTo(root, file);
  if (!grammarForPath(file)) {
    if (explicit) skipped.push({ relative, reason: 'not a supported language' });
    return undefined;
  }
  const size = fs.statSync(file).size;
  if (size > options.maxFileBytes) {
    skipped.push({ relative, reason: `larger than ${Math.round(options.maxFileBytes / 1024)} KB` });
    return undefined;
  }
  const buffer = fs.readFileSync(file);
  if (buffer.subarray(0, 8192).includes(0)) {
    skipped.push({ relative, reason: 'binary' });
    return undefined;
  }
  return { path: file, relative, text: buffer.toString('utf8') };
}

function relativeTo(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

export class UsageError extends Error {}
