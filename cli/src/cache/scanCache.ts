import type { AnalysisReply } from '../workerProtocol';
import { fileKey } from './fileKey';
import { isTrackedByGit } from './committedCache';
import { CacheContents, CachedResult, readCacheFile, writeCacheFile } from './store';

/**
 * The results of earlier scans under one rule set (`vetted scan --cache`): a file whose path and
 * key are unchanged is not analysed again. Loaded once before the scan and written once after it.
 */
export class ScanCache {
  /** Keys of this scan's files, computed once for the lookup and reused when the result is kept. */
  private readonly keys = new Map<string, string>();
  private changed = false;
  /** False for a cache file that is committed: it is neither believed nor written. */
  private writable = true;

  private constructor(
    /** The cache file. */
    readonly file: string,
    private readonly ruleSet: string,
    private readonly contents: CacheContents,
    private readonly today: Date,
  ) {}

  private get entries() {
    return this.contents.entries;
  }

  /**
   * The cache in `file` for `ruleSet`; a file that is damaged or of another Vetted version is
   * `warn`ed about once and the scan starts with an empty cache, which then replaces it. A file
   * git tracks is `warn`ed about and left alone (see committedCache.ts).
   */
  static open(file: string, ruleSet: string, warn: (message: string) => void, today = new Date()): ScanCache {
    if (isTrackedByGit(file)) {
      warn(`not using the scan cache ${file}: it is committed, and a commit could plant results in it; keep it out of git (.gitignore)`);
      const unused = new ScanCache(file, ruleSet, { entries: new Map(), queriesCompile: false }, today);
      unused.writable = false;
      return unused;
    }
    const read = readCacheFile(file, ruleSet);
    if (read.problem) warn(`ignoring the scan cache ${file}: ${read.problem}; it will be rewritten`);
    const cache = new ScanCache(file, ruleSet, read.contents, today);
    cache.changed = read.problem !== undefined;
    return cache;
  }

  /** Whether every rule query of this rule set is known to compile (from an earlier scan that compiled them all). */
  get queriesCompile(): boolean {
    return this.contents.queriesCompile;
  }

  /** Notes that every rule query compiled, so the next scan with these rules need not compile them to find out. */
  noteQueriesCompile(): void {
    if (this.contents.queriesCompile) return;
    this.contents.queriesCompile = true;
    this.changed = true;
  }

  /** The result of an earlier scan of this text at this path, if there is one. */
  lookup(relative: string, text: string): CachedResult | undefined {
    const entry = this.entries.get(relative);
    if (!entry) return undefined;
    return entry.key === this.keyOf(relative, text) ? entry : undefined;
  }

  /** Keeps a file's result for the next scan; one that timed out or failed is incomplete and is left out. */
  remember(relative: string, text: string, reply: AnalysisReply): void {
    if ('error' in reply || reply.timedOut) {
      if (this.entries.delete(relative)) this.changed = true;
      return;
    }
    this.entries.set(relative, { key: this.keyOf(relative, text), findings: reply.findings, suppressedCount: reply.suppressedCount });
    this.changed = true;
  }

  /** Drops the entries `isGone` says belong to files no longer there. */
  prune(isGone: (relative: string) => boolean): void {
    for (const relative of [...this.entries.keys()]) {
      if (!isGone(relative)) continue;
      this.entries.delete(relative);
      this.changed = true;
    }
  }

  /** Writes the cache if this scan changed it; a cache that cannot be written is `warn`ed about, never fatal. */
  save(warn: (message: string) => void): void {
    if (!this.changed || !this.writable) return;
    try {
      writeCacheFile(this.file, this.ruleSet, this.contents);
      this.changed = false;
    } catch (error) {
      warn(`could not write the scan cache ${this.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private keyOf(relative: string, text: string): string {
    let key = this.keys.get(relative);
    if (key === undefined) {
      key = fileKey(text, this.today);
      this.keys.set(relative, key);
    }
    return key;
  }
}
