import * as os from 'os';
import type { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import { grammarForPath } from '../../server/src/engine/languages';
import { SkippedFile, walkSources } from './fileWalker';
import { needsMet, ScannedText } from '../../server/src/engine/requiredText';
import { ScanPool, workerScript } from './scanPool';
import { AnalysisJob, AnalysisReply, analysisError, fromWireFinding, toWireFinding } from './workerProtocol';
import type { AiLineRange, AiProvenance } from './provenance/agentTrace';
import { aiRangeAt } from './provenance/agentTrace';
import { escalate } from '../../server/src/engine/rule';
import { fingerprintsOf } from './baseline/fingerprint';
import type { ScanCache } from './cache/scanCache';
import { goneFiles } from './cache/pruning';

export interface FileFinding {
  /** Path relative to the scan root, forward slashes. */
  file: string;
  finding: Finding;
  /** Set when the finding's start line lies in an AI range of an Agent Trace record (`--provenance`). */
  aiProvenance?: AiProvenance;
  /** Identifies the finding across line shifts (baselines, SARIF partialFingerprints). */
  fingerprint?: string;
}

export interface ScanResult {
  root: string;
  filesScanned: number;
  /** Relative paths (forward slashes) of the files scanned. */
  scanned: string[];
  skipped: SkippedFile[];
  findings: FileFinding[];
  suppressedCount: number;
  /** With --diff: the ref compared against and the merge base used. */
  diff?: { base: string; mergeBase: string };
  /** With --baseline: findings left out because the baseline accepts them. */
  inBaseline?: number;
  /** With --cache: how many of the files scanned were not analysed again (their cached result was used). */
  fromCache?: number;
}

export interface ScanOptions {
  root: string;
  targets: string[];
  maxFileBytes: number;
  /** Scan files that look minified or generated too. */
  includeMinified?: boolean;
  /** Read and scan only these files (relative to the root, forward slashes): the files a diff touched. */
  onlyFiles?: Set<string>;
  /** Per-file time budget for matching. */
  timeBudgetMs: number;
  /** Threads to analyse in; 1 analyses in this thread; undefined: decided by the amount of source. */
  jobs?: number;
  /** Results of earlier scans: unchanged files are not analysed; the others' results are added (not written). */
  cache?: ScanCache;
}

/**
 * Below this much source, starting worker threads (each loads the rules and the grammars again)
 * costs more than splitting the rules' compilation saves. Measured on two cores with rules split
 * between threads: one 10 KB file took 1.35 s with two threads against 1.14 s with one; the
 * examples (190 KB) 3.35 s against 4.3 s; ESLint's lib (3.5 MB) 4.5–5.5 s against 6.0–7.0 s.
 * Applies when the number of threads was not asked for.
 */
const PARALLEL_MIN_BYTES = 100 * 1024;
/** Threads used when not asked for: more rule shares than cores only adds parsing. */
const MAX_DEFAULT_THREADS = 4;

/** The source files under the targets, read, as analysis jobs; and the files skipped. */
interface CollectedFiles {
  jobs: AnalysisJob[];
  skipped: SkippedFile[];
}

function collectFiles(options: ScanOptions): CollectedFiles {
  const skipped: SkippedFile[] = [];
  const jobs: AnalysisJob[] = [];
  for (const file of walkSources(
    options.root,
    options.targets,
    { maxFileBytes: options.maxFileBytes, includeMinified: options.includeMinified, onlyFiles: options.onlyFiles },
    skipped,
  )) {
    jobs.push({
      id: jobs.length,
      relative: file.relative,
      text: file.text,
      grammar: grammarForPath(file.relative)!,
      timeBudgetMs: options.timeBudgetMs,
    });
  }
  return { jobs, skipped };
}

/**
 * The ids of the rules that could match one of the collected files (see requiredText.ts); the
 * others need not be compiled for this scan.
 */
function rulesThatCouldMatch(engine: VettedEngine, files: CollectedFiles): string[] {
  const scanned = new ScannedText(files.jobs.map((j) => j.text));
  return engine.ruleSet.rules.filter((rule) => needsMet(engine.ruleSet.needsOf(rule), (l) => scanned.contains(l))).map((rule) => rule.id);
}

/**
 * Worker threads for a scan large enough to gain from them (or when asked for), or undefined
 * to analyse in this thread.
 */
function startWorkers(engine: VettedEngine, files: CollectedFiles, jobs: number | undefined, ruleIds: string[]): ScanPool | undefined {
  const script = workerScript();
  const bytes = files.jobs.reduce((n, j) => n + j.text.length, 0);
  const threads = jobs ?? (bytes >= PARALLEL_MIN_BYTES ? Math.min(MAX_DEFAULT_THREADS, os.availableParallelism()) : 1);
  if (threads < 2 || !script || ruleIds.length < 2) return undefined;
  return new ScanPool(script, shareRules(engine, ruleIds, Math.min(threads, ruleIds.length)), engine.ruleSources);
}

/**
 * The rules split into `count` shares of about equal cost (compiling and matching grow with the
 * number of query patterns). Taint rules stay together: their sources and sanitizers are compiled
 * once per engine, whichever of them it runs.
 */
export function shareRules(engine: VettedEngine, ruleIds: string[], count: number): string[][] {
  const rules = ruleIds.map((id) => engine.ruleSet.rule(id)!);
  const cost = (rule: (typeof rules)[number]) => engine.ruleSet.needsOf(rule).length;
  const shares = Array.from({ length: count }, () => ({ ids: [] as string[], cost: 0 }));
  const taint = rules.filter((r) => r.taint);
  shares[0].ids.push(...taint.map((r) => r.id));
  shares[0].cost += taint.reduce((n, r) => n + cost(r), 0);
  for (const rule of rules.filter((r) => !r.taint).sort((a, b) => cost(b) - cost(a) || a.id.localeCompare(b.id))) {
    const least = shares.reduce((min, s) => (s.cost < min.cost ? s : min));
    least.ids.push(rule.id);
    least.cost += cost(rule);
  }
  return shares.map((s) => s.ids).filter((ids) => ids.length > 0);
}

/** Runs the engine over every source file under the targets (with a cache, over those that changed). */
export async function scan(engine: VettedEngine, options: ScanOptions): Promise<ScanResult> {
  const files = collectFiles(options);
  const cached = lookUp(engine, files.jobs, options.cache);
  const toAnalyze: CollectedFiles = { jobs: files.jobs.filter((job) => !cached.has(job.id)), skipped: files.skipped };
  const ruleIds = rulesThatCouldMatch(engine, toAnalyze);
  // With every file in the cache, nothing is compiled and no thread started.
  const workers = toAnalyze.jobs.length > 0 ? startWorkers(engine, toAnalyze, options.jobs, ruleIds) : undefined;
  if (!workers) restrictToRules(engine, ruleIds);
  const result = await scanFiles(engine, options.root, files, cached, workers, options.cache);
  if (options.cache) {
    result.fromCache = cached.size;
    const read = new Set(files.jobs.map((job) => job.relative));
    options.cache.prune(goneFiles({ root: options.root, targets: options.targets, read, onlyFiles: options.onlyFiles }));
  }
  return result;
}

/** The cached results of unchanged files, by job id. */
function lookUp(engine: VettedEngine, jobs: AnalysisJob[], cache: ScanCache | undefined): Map<number, AnalysisReply> {
  const found = new Map<number, AnalysisReply>();
  if (!cache) return found;
  for (const job of jobs) {
    const hit = cache.lookup(job.relative, job.text);
    // The rule-set hash makes an unknown rule impossible, short of a hand-edited cache: then analyse.
    if (!hit || hit.findings.some((f) => !engine.ruleSet.rule(f.ruleId))) continue;
    found.set(job.id, { id: job.id, findings: hit.findings, suppressedCount: hit.suppressedCount, timedOut: false });
  }
  return found;
}

/** Compile only these rules in `engine` (grammars compiled already, e.g. to check custom rules, stay whole). */
function restrictToRules(engine: VettedEngine, ruleIds: string[]): void {
  const keep = new Set(ruleIds);
  engine.ruleSet.restrictCompilation((rule) => keep.has(rule.id));
}

/**
 * Analyses the collected files not in `cached`, in the given workers (closed afterwards) or in this
 * thread, and reports all of them in the order collected; the new results go into `cache`.
 */
async function scanFiles(
  engine: VettedEngine,
  root: string,
  files: CollectedFiles,
  cached: Map<number, AnalysisReply>,
  pool?: ScanPool,
  cache?: ScanCache,
): Promise<ScanResult> {
  const result: ScanResult = { root, filesScanned: 0, scanned: [], skipped: files.skipped, findings: [], suppressedCount: 0 };
  const toAnalyze = files.jobs.filter((job) => !cached.has(job.id));
  let analyzed: AnalysisReply[];
  try {
    analyzed = pool ? await pool.analyze(toAnalyze) : await analyzeHere(engine, toAnalyze);
  } finally {
    await pool?.close();
  }
  const replies = new Map(cached);
  for (const [job, reply] of zip(toAnalyze, analyzed)) {
    replies.set(job.id, reply);
    cache?.remember(job.relative, job.text, reply);
  }
  for (const job of files.jobs) {
    const reply = replies.get(job.id)!;
    // One file whose analysis fails (an engine error, a crashed worker) is a note; the others are reported.
    if ('error' in reply) {
      result.skipped.push({ relative: job.relative, reason: `analysis failed: ${reply.error}`, failed: true });
      continue;
    }
    result.filesScanned++;
    result.scanned.push(job.relative);
    result.suppressedCount += reply.suppressedCount;
    if (reply.timedOut)
      result.skipped.push({ relative: job.relative, reason: `analysis stopped after ${job.timeBudgetMs} ms; findings may be incomplete` });
    const findings = reply.findings.map((finding) => fromWireFinding(finding, engine.ruleSet));
    const fingerprints = fingerprintsOf(job.relative, job.text, findings);
    findings.forEach((finding, i) => result.findings.push({ file: job.relative, finding, fingerprint: fingerprints[i] }));
  }
  return result;
}

async function analyzeHere(engine: VettedEngine, jobs: AnalysisJob[]): Promise<AnalysisReply[]> {
  const replies: AnalysisReply[] = [];
  for (const job of jobs) {
    try {
      const analysis = await engine.analyzeText(job.text, job.grammar, { relativePath: job.relative, timeBudgetMs: job.timeBudgetMs });
      replies.push({
        id: job.id,
        findings: analysis.findings.map(toWireFinding),
        suppressedCount: analysis.suppressed.length,
        timedOut: analysis.timedOut,
      });
    } catch (error) {
      replies.push({ id: job.id, error: analysisError(error) });
    }
  }
  return replies;
}

function zip<A, B>(a: A[], b: B[]): [A, B][] {
  return a.map((x, i) => [x, b[i]]);
}

/**
 * Marks the findings whose start line lies in an AI range of their file, and (with `escalateSeverity`)
 * reports them one severity step higher, as the editor does; returns how many were marked.
 */
export function markAiProvenance(result: ScanResult, lines: Map<string, AiLineRange[]>, escalateSeverity = true): number {
  let marked = 0;
  for (const entry of result.findings) {
    const range = aiRangeAt(lines, entry.file, entry.finding.range.start.line + 1);
    if (!range) continue;
    entry.aiProvenance = { contributor: range.contributor, traceId: range.traceId, startLine: range.start_line, endLine: range.end_line };
    const raised = escalate(entry.finding.severity);
    if (escalateSeverity && raised !== entry.finding.severity) {
      entry.aiProvenance.escalatedFrom = entry.finding.severity;
      entry.finding = { ...entry.finding, severity: raised };
    }
    marked++;
  }
  return marked;
}
