import { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import { grammarForPath } from '../../server/src/engine/languages';
import { SkippedFile, walkSources } from './fileWalker';
import { ScanPool, workerScript } from './scanPool';
import { AnalysisJob, AnalysisReply, fromWireFinding, toWireFinding } from './workerProtocol';
import type { AiLineRange, AiProvenance } from './provenance/agentTrace';
import { aiRangeAt } from './provenance/agentTrace';

export interface FileFinding {
  /** Path relative to the scan root, forward slashes. */
  file: string;
  finding: Finding;
  /** Set when the finding's start line lies in an AI range of an Agent Trace record (`--provenance`). */
  aiProvenance?: AiProvenance;
}

export interface ScanResult {
  root: string;
  filesScanned: number;
  /** Relative paths (forward slashes) of the files scanned. */
  scanned: string[];
  skipped: SkippedFile[];
  findings: FileFinding[];
  suppressedCount: number;
}

export interface ScanOptions {
  root: string;
  targets: string[];
  maxFileBytes: number;
  /** Per-file time budget for matching. */
  timeBudgetMs: number;
  /** Threads to analyse in; 1 analyses in this thread. */
  jobs?: number;
}

/**
 * Below this much source, starting worker threads (each loads the rules and compiles the
 * queries again) costs more than it saves.
 */
const PARALLEL_MIN_BYTES = 512 * 1024;

/** Runs the engine over every source file under the targets. */
export async function scan(engine: VettedEngine, options: ScanOptions): Promise<ScanResult> {
  const result: ScanResult = { root: options.root, filesScanned: 0, scanned: [], skipped: [], findings: [], suppressedCount: 0 };
  const jobs: AnalysisJob[] = [];
  for (const file of walkSources(options.root, options.targets, { maxFileBytes: options.maxFileBytes }, result.skipped)) {
    jobs.push({ id: jobs.length, relative: file.relative, text: file.text, grammar: grammarForPath(file.path)!, timeBudgetMs: options.timeBudgetMs });
  }
  for (const [job, reply] of zip(jobs, await analyzeAll(engine, jobs, options.jobs ?? 1))) {
    if ('error' in reply) throw new Error(`analysis of ${job.relative} failed: ${reply.error}`);
    result.filesScanned++;
    result.scanned.push(job.relative);
    result.suppressedCount += reply.suppressedCount;
    if (reply.timedOut) result.skipped.push({ relative: job.relative, reason: `analysis stopped after ${options.timeBudgetMs} ms; findings may be incomplete` });
    for (const finding of reply.findings) result.findings.push({ file: job.relative, finding: fromWireFinding(finding, engine.ruleSet) });
  }
  return result;
}

async function analyzeAll(engine: VettedEngine, jobs: AnalysisJob[], threads: number): Promise<AnalysisReply[]> {
  const script = workerScript();
  const bytes = jobs.reduce((n, j) => n + j.text.length, 0);
  if (threads > 1 && script && jobs.length > 1 && bytes >= PARALLEL_MIN_BYTES) {
    const pool = new ScanPool(script, Math.min(threads, jobs.length), engine.ruleSources);
    try {
      return await pool.analyze(jobs);
    } finally {
      await pool.close();
    }
  }
  const replies: AnalysisReply[] = [];
  for (const job of jobs) {
    const analysis = await engine.analyzeText(job.text, job.grammar, { relativePath: job.relative, timeBudgetMs: job.timeBudgetMs });
    replies.push({ id: job.id, findings: analysis.findings.map(toWireFinding), suppressedCount: analysis.suppressed.length, timedOut: analysis.timedOut });
  }
  return replies;
}

function zip<A, B>(a: A[], b: B[]): [A, B][] {
  return a.map((x, i) => [x, b[i]]);
}

/** Marks the findings whose start line lies in an AI range of their file; returns how many. */
export function markAiProvenance(result: ScanResult, lines: Map<string, AiLineRange[]>): number {
  let marked = 0;
  for (const entry of result.findings) {
    const range = aiRangeAt(lines, entry.file, entry.finding.range.start.line + 1);
    if (!range) continue;
    entry.aiProvenance = { contributor: range.contributor, traceId: range.traceId, startLine: range.start_line, endLine: range.end_line };
    marked++;
  }
  return marked;
}
