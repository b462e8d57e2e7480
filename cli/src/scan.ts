import { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import { grammarForPath } from '../../server/src/engine/languages';
import { SkippedFile, walkSources } from './fileWalker';

export interface FileFinding {
  /** Path relative to the scan root, forward slashes. */
  file: string;
  finding: Finding;
}

export interface ScanResult {
  root: string;
  filesScanned: number;
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
  const result: ScanResult = { root: options.root, filesScanned: 0, skipped: [], findings: [], suppressedCount: 0 };
  for (const file of walkSources(options.root, options.targets, { maxFileBytes: options.maxFileBytes }, result.skipped)) {
    const grammar = grammarForPath(file.path)!;
    const analysis = await engine.analyzeText(file.text, grammar, { relativePath: file.relative, timeBudgetMs: options.timeBudgetMs });
    result.filesScanned++;
    result.suppressedCount += analysis.suppressed.length;
    if (analysis.timedOut) result.skipped.push({ relative: file.relative, reason: `analysis stopped after ${options.timeBudgetMs} ms; findings may be incomplete` });
    for (const finding of analysis.findings) result.findings.push({ file: file.relative, finding });
  }
  return result;
}
