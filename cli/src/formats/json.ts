import type { Rule } from '../../../server/src/engine/rule';
import { stepText } from '../../../server/src/engine/dataflow/traceText';
import type { ScanResult } from '../scan';
import { VERSION } from '../../../server/src/version';

export function toJson(result: ScanResult): object {
  return {
    tool: 'vetted',
    version: VERSION,
    filesScanned: result.filesScanned,
    suppressed: result.suppressedCount,
    ...(result.diff ? { diff: result.diff } : {}),
    ...(result.inBaseline !== undefined ? { inBaseline: result.inBaseline } : {}),
    findings: result.findings.map(({ file, finding, aiProvenance, fingerprint }) => ({
      file,
      line: finding.range.start.line + 1,
      column: finding.range.start.character + 1,
      endLine: finding.range.end.line + 1,
      endColumn: finding.range.end.character + 1,
      ruleId: finding.rule.id,
      severity: finding.severity,
      confidence: finding.rule.confidence,
      cwe: finding.rule.cwe.map((id) => `CWE-${id}`),
      owasp: finding.rule.owasp,
      message: finding.message,
      fix: finding.fix
        ? {
            title: finding.fix.title,
            edits: finding.fix.edits.map((e) => ({
              startLine: e.range.start.line + 1,
              startColumn: e.range.start.character + 1,
              endLine: e.range.end.line + 1,
              endColumn: e.range.end.character + 1,
              newText: e.newText,
            })),
          }
        : undefined,
      // Taint findings: how untrusted input reaches the sink, source first.
      trace: finding.trace?.map((step, i, trace) => ({
        line: step.start.line + 1,
        column: step.start.character + 1,
        endLine: step.end.line + 1,
        endColumn: step.end.character + 1,
        kind: step.kind,
        message: stepText(trace, i),
      })),
      aiProvenance,
      fingerprint,
    })),
    skipped: result.skipped.map((s) => ({ file: s.relative, reason: s.reason, ...(s.failed ? { failed: true } : {}) })),
  };
}

/** `vetted rules --format json`: every rule with its metadata. */
export function rulesToJson(rules: Rule[], fixturesOf: (rule: Rule) => string[]): object[] {
  return rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    confidence: rule.confidence,
    languages: rule.languages,
    cwe: rule.cwe.map((id) => `CWE-${id}`),
    owasp: rule.owasp,
    message: rule.message,
    explanation: rule.explanation,
    references: rule.references,
    fix: rule.fix ? { title: rule.fix.title } : undefined,
    manualFix: rule['manual-fix'],
    file: rule.file,
    fixtures: fixturesOf(rule),
    bundled: rule.bundled,
  }));
}
