import * as fs from 'fs';
import * as path from 'path';

/** The cache file's name in a folder given as the location, and in the default folder. */
export const CACHE_FILE_NAME = 'vetted-scan-cache.json';
/** The default cache file in a project without node_modules (e.g. Python): one line for .gitignore. */
export const DOTFILE_NAME = '.vettedcache';

/**
 * The cache file for `--cache-location` (relative to the current folder, like every path option;
 * a folder, existing or written with a trailing slash, gets the file inside it), or by default:
 * in a project with node_modules, node_modules/.cache/vetted/, where JavaScript tools keep caches
 * and which every such project already ignores; otherwise `.vettedcache` at the root. Never in
 * `.vetted/`, which holds the project's rules, baseline and provenance record.
 */
export function cacheFileFor(location: string | undefined, root: string): string {
  if (location === undefined) {
    const modules = path.join(root, 'node_modules');
    return isFolder(modules) ? path.join(modules, '.cache', 'vetted', CACHE_FILE_NAME) : path.join(root, DOTFILE_NAME);
  }
  const resolved = path.resolve(location);
  return /[\\/]$/.test(location) || isFolder(resolved) ? path.join(resolved, CACHE_FILE_NAME) : resolved;
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
