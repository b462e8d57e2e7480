import * as fs from 'fs';
import * as path from 'path';

export interface ScanExtent {
  root: string;
  targets: string[];
  /** Relative paths of the files this scan read. */
  read: Set<string>;
  /** --diff: the only files the scan looked at; the others under the targets were passed over, not missed. */
  onlyFiles?: Set<string>;
}

/**
 * Which cache entries belong to files no longer there: under one of the scanned targets, yet not
 * read by a scan that would have read them (deleted, now ignored, now too large or minified). A
 * --diff scan looks at the changed files only, so of the others only those deleted are gone.
 * Entries outside the targets are another scan's business and are kept.
 */
export function goneFiles(extent: ScanExtent): (relative: string) => boolean {
  const targets = extent.targets.map((target) => path.relative(extent.root, path.resolve(target)).split(path.sep).join('/'));
  const underTargets = (relative: string) =>
    targets.some((t) => (t === '' ? !isOutsideRoot(relative) : relative === t || relative.startsWith(`${t}/`)));
  return (relative) => {
    if (extent.read.has(relative) || !underTargets(relative)) return false;
    if (!extent.onlyFiles || extent.onlyFiles.has(relative)) return true;
    return !fs.existsSync(path.join(extent.root, relative));
  };
}

function isOutsideRoot(relative: string): boolean {
  return relative === '..' || relative.startsWith('../');
}
