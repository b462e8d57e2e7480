import * as fs from 'fs';
import * as path from 'path';
import { safeGit } from '../../../server/src/vcs/git';

/**
 * Whether git tracks the cache file. Anyone can compute the keys of a cache (the hashes of Vetted,
 * the rules and each file), so a cache that arrives with a commit can declare any file clean: a
 * pull request gate must not believe it. Caches restored by CI or left by earlier local runs are
 * not tracked.
 */
export function isTrackedByGit(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  return safeGit(path.dirname(file), ['ls-files', '--error-unmatch', '--', path.basename(file)]) !== undefined;
}
