import { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import { grammarForPath } from '../../server/src/engine/languages';
import { SkippedFile, walkSources } from './fileWalker';
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
}

/** Runs the engine over every source file under the targets. */
export async function scan(engine: VettedEngine, options: ScanOptions): Promise<ScanResult> {
  const result: ScanResult = { root: options.root, filesScanned: 0, scanned: [], skipped: [], findings: [], suppressedCount: 0 };
  for (const file of walkSources(options.root, options.targets, { maxFileBytes: options.maxFileBytes }, result.skipped)) {
    const grammar = grammarForPath(file.path)!;
    const analysis = await engine.analyzeText(file.text, grammar, { relativePath: file.relative, timeBudgetMs: options.timeBudgetMs });
    result.filesScanned++;
    result.scanned.push(file.relative);
    result.suppressedCount += analysis.suppressed.length;
    if (analysis.timedOut) result.skipped.push({ relative: file.relative, reason: `analysis stopped after ${options.timeBudgetMs} ms; findings may be incomplete` });
    for (const finding of analysis.findings) result.findings.push({ file: file.relative, finding });
  }
  return result;
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
