import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/explanation';
import type { Finding } from '../engine/finding';
import { escalate, Severity } from '../engine/rule';
import type { DiagnosticData } from '../protocol';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

/** How a finding in AI-accepted code is shown. */
export interface AiTag {
  regionId: string;
  escalate: boolean;
  /** Only a heuristic says this may be AI-written (low confidence). */
  possibly: boolean;
}

export function toDiagnostic(finding: Finding, version: number, ai?: AiTag): Diagnostic {
  let message = finding.message;
  if (finding.expiredSuppression) message += ` (suppression expired on ${finding.expiredSuppression.until})`;
  if (ai) message = `${ai.possibly ? '[possibly AI-written]' : '[AI-accepted]'} ${message}`;
  const data: DiagnosticData = { ruleId: finding.rule.id, version, aiRegion: ai?.regionId };
  const severity = ai?.escalate ? escalate(finding.severity) : finding.severity;
  return {
    range: { start: finding.range.start, end: finding.range.end },
    severity: LSP_SEVERITY[severity],
    source: 'vetted',
    code: finding.rule.id,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    message,
    data,
  };
}
