import { createHash, Hash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { RuleSource } from '../../../server/src/engine/ruleLoader';
import { MAX_RULE_FILE_BYTES } from '../../../server/src/engine/ruleLoader';
import { readRegularFile } from '../../../server/src/files/regularFile';
import { VERSION } from '../../../server/src/version';

/** Bumped when what a cache entry holds changes shape or meaning. */
export const CACHE_FORMAT = 1;

/** Scan options that change what the engine reports for a file (filters applied after analysis are not). */
export interface EngineOptions {
  timeBudgetMs: number;
}

/**
 * A hash over everything, besides a file's own path and text, that decides its findings: the
 * Vetted version and build, the engine options, and every rule and taint-set file of every rule
 * folder, in load order (an earlier folder's rule wins a duplicate id). A cache entry is valid
 * only under the same hash, so editing, adding or removing any rule file invalidates them all.
 *
 * A folder's files are named by their path inside it, not by where the folder is: a CI checkout
 * that lands in another directory keeps its cache.
 */
export function ruleSetHash(sources: RuleSource[], options: EngineOptions): string {
  const hash = createHash('sha256');
  hash.update(`vetted ${VERSION} cache ${CACHE_FORMAT} build ${engineBuild()}\0`);
  hash.update(`time budget ${options.timeBudgetMs}\0`);
  sources.forEach((source, i) => {
    hash.update(`folder ${i} ${source.bundled ? 'bundled' : 'custom'}\0`);
    addYamlFiles(hash, source.directory, '');
  });
  return hash.digest('hex');
}

/**
 * Each YAML file under `dir` (rules, and taint sets in `_sets/` folders), by its path and text, in
 * a fixed order. Like the rule loader, folders reached through symbolic links are not walked; an
 * unreadable file or folder is hashed as such, so it becoming readable changes the hash too.
 */
function addYamlFiles(hash: Hash, dir: string, relative: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    hash.update(`unreadable folder ${relative}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\0`);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) addYamlFiles(hash, path.join(dir, entry.name), name);
    else if (/\.ya?ml$/i.test(entry.name)) {
      const read = readRegularFile(path.join(dir, entry.name), MAX_RULE_FILE_BYTES);
      hash.update(`file ${name}\0`);
      hash.update(read.ok ? read.bytes : `unreadable: ${read.reason}`);
      hash.update('\0');
    }
  }
}

let build: string | undefined;

/**
 * The running bundle's own hash: a build from other sources with the same version number (a
 * development build, an install from a branch) may report differently. Running from source (the
 * tests), there is no bundle and the version alone stands for the engine.
 */
function engineBuild(): string {
  if (build === undefined) {
    const read = __filename.endsWith('.js') ? readRegularFile(__filename, 256 * 1024 * 1024) : undefined;
    build = read?.ok ? createHash('sha256').update(read.bytes).digest('hex') : 'source';
  }
  return build;
}
