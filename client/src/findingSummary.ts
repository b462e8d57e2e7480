import { diagnosticDataOf } from '../../server/src/protocol';

/** What the status bar shows for a file that was analysed: counts of Vetted diagnostics, from their data. */
export interface FindingSummary<D> {
  /** Vetted diagnostics that are findings (review notes are not). */
  findings: D[];
  /** Findings in AI-accepted code (not those only "possibly AI"). */
  aiFindings: number;
  /** "Review required" notes on AI-accepted code in security-sensitive logic. */
  reviewNotes: number;
}

/**
 * Splits a file's diagnostics as the status bar counts them. It reads the typed `data` the server
 * puts on each diagnostic, never the message: a reworded message cannot change the counts.
 */
export function summarize<D extends { source?: string; data?: unknown }>(diagnostics: readonly D[]): FindingSummary<D> {
  const vetted = diagnostics.filter((d) => d.source === 'vetted');
  const findings = vetted.filter((d) => diagnosticDataOf(d)?.kind !== 'review-note');
  return {
    findings,
    aiFindings: findings.filter((d) => diagnosticDataOf(d)?.ai === 'accepted').length,
    reviewNotes: vetted.length - findings.length,
  };
}

/** How many lines the regions (UTF-16 offsets) touch, each line counted once. */
export function linesCovered(regions: readonly { start: number; end: number }[], lineAt: (offset: number) => number): number {
  const lines = new Set<number>();
  for (const r of regions) {
    const last = lineAt(Math.max(r.start, r.end - 1));
    for (let line = lineAt(r.start); line <= last; line++) lines.add(line);
  }
  return lines.size;
}

/** The status bar's text and tooltip for an analysed file (`partial`: why the analysis stopped early). */
export function statusBarText(
  summary: FindingSummary<unknown>,
  aiLines: number,
  partial?: { reason?: string },
): { text: string; tooltip: string } {
  const count = summary.findings.length;
  const { aiFindings, reviewNotes } = summary;
  const ai = aiLines > 0 ? ` · AI: ${aiLines} line${aiLines === 1 ? '' : 's'}, ${aiFindings} finding${aiFindings === 1 ? '' : 's'}` : '';
  return {
    text: (count === 0 ? '$(shield) Vetted' : `$(shield) Vetted: ${count}`) + (partial ? ' (partial)' : '') + ai,
    tooltip:
      (count === 0
        ? 'Vetted: no security findings in this file'
        : `Vetted: ${count} security finding(s) in this file — click to open Problems`) +
      (ai ? `\n${aiLines} AI-accepted line(s) with ${aiFindings} finding(s)` : '') +
      (reviewNotes > 0 ? `\n${reviewNotes} AI-accepted area(s) in security-sensitive code to review` : '') +
      (partial ? `\nAnalysis ${partial.reason ?? 'stopped early'}` : ''),
  };
}
