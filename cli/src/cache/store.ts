import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomically } from '../../../server/src/files/atomicWrite';
import { describeFsError, readRegularFile } from '../../../server/src/files/regularFile';
import { VERSION } from '../../../server/src/version';
import type { WireFinding } from '../workerProtocol';
import { CACHE_FORMAT } from './ruleSetHash';

/** What a worker reply carries for a file analysed in full: the result a cache hit stands in for. */
export interface CachedResult {
  findings: WireFinding[];
  suppressedCount: number;
}

/** One file's result, valid while the file's key (see fileKey.ts) is the same. */
export interface CacheEntry extends CachedResult {
  key: string;
}

/** What a cache knows about one rule set. */
export interface CacheContents {
  /** By path relative to the scan root. */
  entries: Map<string, CacheEntry>;
  /**
   * Every query of the rule set was compiled once and all compiled, so custom rules need not be
   * compiled up front again to find broken ones (when some are broken, they are, every time).
   */
  queriesCompile: boolean;
}

/** The cache file: what is known about one rule set, by its hash. */
interface CacheFile {
  format: number;
  vetted: string;
  ruleSet: string;
  queriesCompile: boolean;
  files: Record<string, CacheEntry>;
}

/** What is still valid, and why the rest was thrown away when that is worth a warning. */
export interface CacheRead {
  contents: CacheContents;
  problem?: string;
}

/** Far beyond any real cache (a few hundred bytes a file); past it the file is not read into memory. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * The entries of a cache file written for `ruleSet`. No file yet, or one written for other rules or
 * options, is an empty cache without a word: that is how a first run and an edited rule look. A
 * file that cannot be read or parsed, or that another Vetted version wrote, is empty with a problem.
 */
export function readCacheFile(file: string, ruleSet: string): CacheRead {
  const nothing = (problem?: string): CacheRead => ({ contents: { entries: new Map(), queriesCompile: false }, problem });
  if (!fs.existsSync(file)) return nothing();
  const read = readRegularFile(file, MAX_CACHE_BYTES);
  if (!read.ok) return nothing(`cannot read it: ${read.reason}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    return nothing(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  // Another version's file may be shaped differently: its stamp is checked before its shape.
  const stamp = isRecord(parsed) ? { format: parsed.format, vetted: parsed.vetted } : {};
  if (typeof stamp.format === 'number' && typeof stamp.vetted === 'string' && (stamp.format !== CACHE_FORMAT || stamp.vetted !== VERSION))
    return nothing(`it was written by another version of Vetted (${stamp.vetted})`);
  if (!isCacheFile(parsed)) return nothing('it is not a Vetted scan cache');
  if (parsed.ruleSet !== ruleSet) return nothing();
  const entries = new Map<string, CacheEntry>();
  for (const [relative, entry] of Object.entries(parsed.files)) {
    if (!isEntry(entry)) return nothing(`its entry for ${relative} is damaged`);
    entries.set(relative, entry);
  }
  return { contents: { entries, queriesCompile: parsed.queriesCompile } };
}

/** Writes the cache atomically (a scan killed meanwhile leaves the old one whole); throws a one-line reason. */
export function writeCacheFile(file: string, ruleSet: string, contents: CacheContents): void {
  const content: CacheFile = {
    format: CACHE_FORMAT,
    vetted: VERSION,
    ruleSet,
    queriesCompile: contents.queriesCompile,
    files: Object.fromEntries(contents.entries),
  };
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomically(file, JSON.stringify(content));
  } catch (error) {
    throw new Error(describeFsError(error));
  }
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.format === 'number' &&
    typeof v.vetted === 'string' &&
    typeof v.ruleSet === 'string' &&
    typeof v.queriesCompile === 'boolean' &&
    isRecord(v.files)
  );
}

function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value)) return false;
  const { key, findings, suppressedCount } = value;
  return typeof key === 'string' && typeof suppressedCount === 'number' && Array.isArray(findings) && findings.every(isWireFinding);
}

/** The fields every report format reads; a hand-edited entry that lacks them is damage, not a finding. */
function isWireFinding(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const range = value.range as Record<string, unknown> | undefined;
  return (
    typeof value.ruleId === 'string' &&
    typeof value.severity === 'string' &&
    typeof value.message === 'string' &&
    isRecord(range) &&
    isRecord(range.start) &&
    isRecord(range.end)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
