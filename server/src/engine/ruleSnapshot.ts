import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Rule } from './rule';
import type { TaintSet } from './dataflow/taintTypes';

/**
 * The bundled rules as loaded, saved beside them by the build: reading YAML and checking every
 * rule against the schema took a third of a second at every start of the server, the CLI and each
 * of its worker threads, for rules that cannot change after the build (they are checked there).
 *
 * The snapshot names the exact content it was made from (a hash over every YAML file of the
 * folder); when the folder's files differ, it is not used and the rules are read from YAML.
 */
export const SNAPSHOT_FILE = '.loaded-rules.json';
const FORMAT = 1;

interface Snapshot {
  format: number;
  /** Hash of the YAML files the snapshot was made from. */
  content: string;
  /** Rules and sets with `file` relative to the folder (forward slashes). */
  rules: Rule[];
  taintSets: TaintSet[];
}

/** Writes the snapshot of `loaded` (the folder's rules and sets, loaded without errors) into the folder. */
export function writeRuleSnapshot(directory: string, loaded: { rules: Rule[]; taintSets: TaintSet[] }): void {
  const relative = <T extends { file: string }>(item: T): T => ({
    ...item,
    file: path.relative(directory, item.file).split(path.sep).join('/'),
  });
  const snapshot: Snapshot = {
    format: FORMAT,
    content: contentHash(directory),
    rules: loaded.rules.map(relative),
    taintSets: loaded.taintSets.map(relative),
  };
  fs.writeFileSync(path.join(directory, SNAPSHOT_FILE), JSON.stringify(snapshot));
}

/** The folder's rules and sets from its snapshot, or undefined when there is none or it is out of date. */
export function readRuleSnapshot(directory: string): { rules: Rule[]; taintSets: TaintSet[] } | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(fs.readFileSync(path.join(directory, SNAPSHOT_FILE), 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot?.format !== FORMAT || !Array.isArray(snapshot.rules) || !Array.isArray(snapshot.taintSets)) return undefined;
  if (snapshot.content !== contentHash(directory)) return undefined;
  const absolute = <T extends { file: string }>(item: T): T => ({ ...item, file: path.join(directory, ...item.file.split('/')) });
  return { rules: snapshot.rules.map(absolute), taintSets: snapshot.taintSets.map(absolute) };
}

/** A hash over the relative path and content of every YAML file under the folder. */
function contentHash(directory: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry.name)) {
        hash.update(path.relative(directory, full)).update('\0');
        hash.update(fs.readFileSync(full)).update('\0');
      }
    }
  };
  walk(directory);
  return hash.digest('hex');
}
