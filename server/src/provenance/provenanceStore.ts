/**
 * Persistence of provenance regions (one JSON file per repository, format `StoredProvenance`, at
 * the place storeLocation.ts gives) and their restoration when a file is opened again. Shared by
 * the extension, `vetted hook` and the CLI. Pure Node (no `vscode` import).
 *
 * - `ProvenanceStore.load` never throws: a missing file gives empty data. A file that cannot be
 *   read as a whole (not a regular file, over 64 MB, not UTF-8, corrupt, truncated, a newer or
 *   unknown format) gives empty data plus an error, and is first moved aside to
 *   `<file>.unreadable-<timestamp>` with the reason in `<that>.reason.txt`, so the next save
 *   cannot destroy it. A file with some invalid entries keeps the valid ones, and a copy of it as
 *   read is kept the same way. If the file cannot be moved aside, saves are refused instead.
 * - `ProvenanceStore.save` is atomic: it writes `<file>.tmp-<pid>-<random>`, fsyncs it and renames
 *   it over `<file>`, so a reader sees either the old or the new complete file. Temp files left by
 *   an interrupted save are ignored by `load`; `load` removes those whose process is gone, and
 *   both remove any an hour old (a live process's may belong to a concurrent save).
 * - `restore` puts stored regions back on the current text: exactly when the file is unchanged,
 *   otherwise by finding each region's stored text; a region is never guessed (zero or several
 *   occurrences → lost).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ProvenanceRegion, StoredFileProvenance, StoredProvenance, StoredRegion } from './format';
import { fileEntryOf, MAX_STORE_BYTES, storedProvenanceProblems } from './storedProvenance';
import { sha256, uniqueOccurrence } from './text';
import { readRegularFile } from '../files/regularFile';
import { TEMP_INFIX, writeFileAtomically } from '../files/atomicWrite';
import { processRuns, withStoreLock } from './storeLock';
import { regionTag } from './regionTracker';

/** Temp files older than this are considered left over by a crashed writer. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Sets a file's entry. A path is data: defineProperty keeps a file named `__proto__` a plain
 * entry instead of replacing the object's prototype, as an assignment would.
 */
export function setFileEntry(data: StoredProvenance, key: string, entry: StoredFileProvenance): void {
  Object.defineProperty(data.files, key, { value: entry, enumerable: true, writable: true, configurable: true });
}

export function emptyProvenance(): StoredProvenance {
  return { format: 'vetted-provenance', version: 1, files: {} };
}

export interface LoadedProvenance {
  data: StoredProvenance;
  /** What was wrong with the file, naming it. */
  error?: string;
  /** Where the file that could not be (completely) read was kept. */
  keptAt?: string;
}

export class ProvenanceStore {
  /** Set when an unreadable file could not be moved aside: saving would overwrite it. */
  private saveRefused: string | undefined;

  constructor(readonly file: string) {}

  load(): LoadedProvenance {
    this.removeStaleTemps(path.dirname(this.file), true);
    try {
      fs.lstatSync(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { data: emptyProvenance() };
    }
    const read = readRegularFile(this.file, MAX_STORE_BYTES);
    if (!read.ok) return this.setAside(`cannot read it: ${read.reason}`);
    let raw: string;
    try {
      raw = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    } catch {
      return this.setAside('not UTF-8 text');
    }
    const parsed = parseStoredProvenance(raw);
    if (parsed.error === undefined) return { data: parsed.data };
    if (parsed.unusable) return this.setAside(parsed.error);
    // Some entries were dropped: keep the file as read, since the next save writes only the valid ones.
    const keptAt = this.keep((kept) => fs.writeFileSync(kept, read.bytes, { flag: 'wx', mode: 0o600 }), parsed.error);
    return { data: parsed.data, error: `${this.file}: ${parsed.error}`, ...(keptAt ? { keptAt } : {}) };
  }

  /** Moves the unreadable file out of the way (the file itself, even a link or a FIFO: rename never opens it). */
  private setAside(reason: string): LoadedProvenance {
    const keptAt = this.keep((kept) => fs.renameSync(this.file, kept), reason);
    if (!keptAt) {
      this.saveRefused = `${this.file} could not be read (${reason}) nor moved aside, so it is not overwritten`;
      return {
        data: emptyProvenance(),
        error: `${this.file}: ${reason}; it could not be moved aside either, so provenance will not be saved this session`,
      };
    }
    return { data: emptyProvenance(), error: `${this.file}: ${reason}`, keptAt };
  }

  /** Puts the file at a fresh `<file>.unreadable-<timestamp>` with `keepAt`, and the reason beside it; undefined if that failed. */
  private keep(keepAt: (kept: string) => void, reason: string): string | undefined {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (let n = 0; n < 100; n++) {
      const kept = `${this.file}.unreadable-${stamp}${n ? `-${n}` : ''}`;
      if (fs.existsSync(kept)) continue;
      try {
        keepAt(kept);
      } catch {
        return undefined;
      }
      try {
        fs.writeFileSync(`${kept}.reason.txt`, `${reason}\n`, { mode: 0o600 });
      } catch {
        // the file is kept; the reason is also in the warning
      }
      return kept;
    }
    return undefined;
  }

  /**
   * Reads the store as it is now, lets `change` modify that, and writes the result, all under the
   * store's lock (see storeLock.ts): what another writer saved meanwhile is the starting point and
   * is never replaced by an older copy. Returns what was read (modified) and any problem reading it.
   * A store that does not exist is not created for nothing.
   * @throws StoreBusyError when another writer holds the lock too long; nothing is written then.
   */
  update(change: (data: StoredProvenance) => void): LoadedProvenance {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    return withStoreLock(this.file, () => {
      const loaded = this.load();
      change(loaded.data);
      if (Object.keys(loaded.data.files).length > 0 || fs.existsSync(this.file)) this.save(loaded.data);
      return loaded;
    });
  }

  /** Write `data` atomically (temp file, fsync, rename). Throws if the write fails; the previous file is then intact. */
  save(data: StoredProvenance): void {
    if (this.saveRefused) throw new Error(this.saveRefused);
    const dir = path.dirname(this.file);
    fs.mkdirSync(dir, { recursive: true });
    writeFileAtomically(this.file, JSON.stringify(data, null, 2) + '\n');
    this.removeStaleTemps(dir);
  }

  /**
   * Removes temp files of interrupted saves: any an hour old, and at start (`atStart`) also those
   * whose writing process (the pid in the name) no longer runs.
   */
  private removeStaleTemps(dir: string, atStart = false): void {
    const prefix = `${path.basename(this.file)}${TEMP_INFIX}`;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    const now = Date.now();
    for (const name of names) {
      if (!name.startsWith(prefix)) continue;
      const full = path.join(dir, name);
      try {
        const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
        const orphaned = atStart && Number.isInteger(pid) && pid !== process.pid && !processRuns(pid);
        if (orphaned || now - fs.lstatSync(full).mtimeMs > STALE_TEMP_MS) fs.unlinkSync(full);
      } catch {
        // another writer may have renamed or removed it meanwhile
      }
    }
  }
}

export { sha256 };

/**
 * The stored form of one file's regions: each region with its text and the text's hash, plus the
 * hash of the whole file. `previous.lost` and `previous.cleared` are carried over.
 * @throws RangeError if a region lies outside `text`.
 */
export function toStored(
  path: string,
  text: string,
  regions: readonly ProvenanceRegion[],
  previous?: StoredFileProvenance,
): StoredFileProvenance {
  const stored: StoredRegion[] = regions.map((r) => {
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= text.length)) {
      throw new RangeError(`toStored(${path}): region ${r.id} [${r.start}, ${r.end}) outside the text (length ${text.length})`);
    }
    const regionText = text.slice(r.start, r.end);
    return { ...plainRegion(r), text: regionText, textHash: sha256(regionText) };
  });
  const out: StoredFileProvenance = {
    path,
    contentHash: sha256(text),
    regions: stored,
    lost: previous ? previous.lost.map((l) => ({ ...l })) : [],
  };
  if (previous?.cleared !== undefined) out.cleared = previous.cleared.map((c) => ({ ...c }));
  return out;
}

/**
 * Place stored regions on `currentText`.
 * - Unchanged file (sha256 equals `contentHash`): regions exactly as stored.
 * - Otherwise each region is searched by its stored text: exactly one occurrence → moved there
 *   (counted in `reanchored`); zero or several occurrences → `lost`.
 * - A region whose stored text does not hash to its `textHash` is `lost` (corrupt record).
 * - Re-anchored regions that would overlap each other are all `lost` (never guess).
 * `lost` holds only the regions lost by this call (as stored, old coordinates); the caller appends
 * them to `stored.lost`. The returned regions are sorted by start and non-overlapping.
 */
export function restore(
  stored: StoredFileProvenance,
  currentText: string,
): { regions: ProvenanceRegion[]; lost: StoredRegion[]; reanchored: number } {
  const lost: StoredRegion[] = [];
  const unchanged = sha256(currentText) === stored.contentHash;
  const placed: { region: ProvenanceRegion; source: StoredRegion; moved: boolean }[] = [];
  for (const s of stored.regions) {
    if (typeof s.text !== 'string' || s.text.length === 0 || sha256(s.text) !== s.textHash) {
      lost.push(s);
      continue;
    }
    if (unchanged && s.start >= 0 && s.end <= currentText.length && currentText.slice(s.start, s.end) === s.text) {
      placed.push({ region: plainRegion(s), source: s, moved: false });
      continue;
    }
    const found = uniqueOccurrence(currentText, s.text);
    const at = typeof found === 'number' ? found : undefined;
    if (at === undefined) {
      lost.push(s);
      continue;
    }
    placed.push({ region: { ...plainRegion(s), start: at, end: at + s.text.length }, source: s, moved: true });
  }
  placed.sort((a, b) => a.region.start - b.region.start || a.region.end - b.region.end);
  // Drop every region that overlaps another one.
  const overlapping = new Set<number>();
  let maxEnd = -1;
  let maxEndIndex = -1;
  for (let i = 0; i < placed.length; i++) {
    const r = placed[i].region;
    if (r.start < maxEnd) {
      overlapping.add(i);
      overlapping.add(maxEndIndex);
    }
    if (r.end > maxEnd) {
      maxEnd = r.end;
      maxEndIndex = i;
    }
  }
  const regions: ProvenanceRegion[] = [];
  let reanchored = 0;
  placed.forEach((p, i) => {
    if (overlapping.has(i)) {
      lost.push(p.source);
      return;
    }
    regions.push(p.region);
    if (p.moved) reanchored++;
  });
  return { regions, lost, reanchored };
}

/** The region's own fields (a stored region also has text and hash), id and geometry first. */
function plainRegion(r: ProvenanceRegion): ProvenanceRegion {
  const { id, ...tag } = regionTag(r);
  return { id, start: r.start, end: r.end, ...tag };
}

// ---- validation of loaded data ----

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Parse and validate the JSON of a provenance file against the shared schema (the CLI reads the
 * same file with it). Never throws: a file that is wrong as a whole gives empty data and an error;
 * invalid file entries are dropped and named in the error, valid ones kept.
 */
export function parseStoredProvenance(raw: string): { data: StoredProvenance; error?: string; unusable?: true } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { data: emptyProvenance(), error: `invalid JSON (${(err as Error).message})`, unusable: true };
  }
  if (isObject(json) && json.format === 'vetted-provenance' && typeof json.version === 'number' && json.version > 1) {
    return {
      data: emptyProvenance(),
      error: `written by a newer version of Vetted (format version ${json.version}; this one reads 1)`,
      unusable: true,
    };
  }
  const problems = storedProvenanceProblems(json);
  const whole = problems.filter((p) => fileEntryOf(p) === undefined);
  if (whole.length > 0 || !isObject(json) || !isObject(json.files)) {
    const first = whole[0];
    return {
      data: emptyProvenance(),
      error: `not a valid vetted-provenance file (${first ? `${first.instancePath || 'the file'} ${first.message}` : 'invalid'})`,
      unusable: true,
    };
  }
  const bad = new Set(problems.map(fileEntryOf) as string[]);
  const data = emptyProvenance();
  for (const [key, value] of Object.entries(json.files)) {
    if (!bad.has(key)) setFileEntry(data, key, value as StoredFileProvenance);
  }
  return bad.size === 0
    ? { data }
    : { data, error: `dropped ${bad.size} invalid file entr${bad.size === 1 ? 'y' : 'ies'}: ${[...bad].join(', ')}` };
}
