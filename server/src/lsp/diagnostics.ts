import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/explanation';
import type { Finding } from '../engine/finding';
import type { Severity } from '../engine/rule';
import type { DiagnosticData } from '../protocol';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, version: number): Diagnostic {
  let message = finding.message;
  if (finding.expiredSuppression) message += ` (suppression expired on ${finding.expiredSuppression.until})`;
  const data: DiagnosticData = { ruleId: finding.rule.id, version };
  return {
    range: { start: finding.range.start, end: finding.range.end },
    severity: LSP_SEVERITY[finding.severity],
    source: 'vetted',
    code: finding.rule.id,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    message,
    data,
  };
}
