import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/explanation';
import type { Finding } from '../engine/finding';
import { stepText } from '../engine/dataflow/traceText';
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

/**
 * The LSP diagnostic of a finding. A taint finding sits on the sink and lists its path, source
 * first, as related information (VS Code shows it under the problem, in the hover and the peek).
 */
export function toDiagnostic(finding: Finding, version: number, ai?: AiTag, uri?: string): Diagnostic {
  let message = finding.message;
  if (finding.expiredSuppression) message += ` (suppression expired on ${finding.expiredSuppression.until})`;
  if (ai) message = `${ai.possibly ? '[possibly AI-written]' : '[AI-accepted]'} ${message}`;
  const severity = ai?.escalate ? escalate(finding.severity) : finding.severity;
  const data: DiagnosticData = {
    kind: 'finding',
    ruleId: finding.rule.id,
    version,
    ...(ai ? { ai: ai.possibly ? 'possibly' : 'accepted', aiRegion: ai.regionId } : {}),
    ...(severity !== finding.severity ? { escalatedFrom: finding.severity } : {}),
  };
  return {
    range: { start: finding.range.start, end: finding.range.end },
    severity: LSP_SEVERITY[severity],
    source: 'vetted',
    code: finding.rule.id,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    message,
    data,
    ...(uri && finding.trace?.length ? { relatedInformation: relatedInformationOf(finding, uri) } : {}),
  };
}

function relatedInformationOf(finding: Finding, uri: string): DiagnosticRelatedInformation[] {
  const trace = finding.trace ?? [];
  return trace.map((step, i) => ({
    location: { uri, range: { start: step.start, end: step.end } },
    message: `${i + 1}. ${stepText(trace, i)}`,
  }));
}
