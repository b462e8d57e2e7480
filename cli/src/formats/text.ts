import type { Severity } from '../../../server/src/engine/rule';
import { SEVERITIES } from '../../../server/src/engine/rule';
import type { ScanResult } from '../scan';

const COLOR: Record<Severity, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const AI = '\x1b[35m';

/** Terminal output: one line per finding (`file:line:col severity rule-id message`), then a summary. */
export function toText(result: ScanResult, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const { file, finding, aiProvenance } of result.findings) {
    const where = `${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
    const fix = finding.fix ? paint(DIM, ' [fix available]') : '';
    const ai = aiProvenance
      ? paint(AI, aiProvenance.escalatedFrom ? ` [AI-accepted, escalated from ${aiProvenance.escalatedFrom}]` : ' [AI-accepted]')
      : '';
    const severity = paint(COLOR[finding.severity], finding.severity.padEnd(8));
    lines.push(`${where}  ${severity} ${paint(DIM, finding.rule.id)}  ${finding.message}${fix}${ai}`);
  }
  for (const s of result.skipped) lines.push(paint(DIM, `note: skipped ${s.relative}: ${s.reason}`));
  const counts = SEVERITIES.map((s) => [s, result.findings.filter((f) => f.finding.severity === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const breakdown = counts.length ? ` (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})` : '';
  const suppressed = result.suppressedCount ? `, ${result.suppressedCount} suppressed` : '';
  const aiCount = result.findings.filter((f) => f.aiProvenance).length;
  const ai = aiCount ? `, ${aiCount} in AI-accepted code` : '';
  const failed = result.skipped.filter((s) => s.failed).length;
  const notAnalyzed = failed ? `; ${failed} file(s) could not be analysed (see the notes)` : '';
  const baseline = result.inBaseline ? `, ${result.inBaseline} in the baseline` : '';
  const changed = result.diff ? ` on lines changed since ${result.diff.base}` : '';
  const fromCache = result.fromCache !== undefined ? ` (${result.fromCache} from cache)` : '';
  lines.push(
    `${result.findings.length} finding(s)${breakdown}${changed} in ${result.filesScanned} file(s) scanned${fromCache}${suppressed}${baseline}${ai}${notAnalyzed}.`,
  );
  return lines.join('\n') + '\n';
}
