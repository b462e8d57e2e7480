import type * as Sarif from 'sarif';
import { explanationMarkdown, ruleDocsUrl } from '../../../server/src/engine/explanation';
import type { Rule, Severity } from '../../../server/src/engine/rule';
import type { Finding } from '../../../server/src/engine/finding';
import { sinkStepMessage, stepText } from '../../../server/src/engine/dataflow/traceText';
import type { ScanResult } from '../scan';
import { VERSION } from '../../../server/src/version';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** Result tag of findings in AI-accepted lines. */
export const AI_ACCEPTED_TAG = 'ai-accepted';

/** GitHub code scanning reads `security-severity` (0–10) to rank alerts as critical/high/medium/low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

export function toSarif(result: ScanResult, rules: Rule[]): Sarif.Log {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Vetted',
            semanticVersion: VERSION,
            version: VERSION,
            informationUri: 'https://github.com/vetted-dev/vetted',
            rules: rules.map(toReportingDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: result.findings.map(({ file, finding, aiProvenance, fingerprint }) => ({
          ruleId: finding.rule.id,
          ruleIndex: index.get(finding.rule.id),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: finding.range.start.line + 1,
                  startColumn: finding.range.start.character + 1,
                  endLine: finding.range.end.line + 1,
                  endColumn: finding.range.end.character + 1,
                },
              },
            },
          ],
          ...(finding.trace?.length ? { codeFlows: [codeFlowOf(file, finding)] } : {}),
          // Stable across line shifts, so code scanning keeps one alert per finding as code moves.
          ...(fingerprint ? { partialFingerprints: { 'vettedFinding/v1': fingerprint } } : {}),
          properties: {
            severity: finding.severity,
            confidence: finding.rule.confidence,
            // In lines accepted from an AI assistant (Agent Trace record given with --provenance).
            ...(aiProvenance ? { tags: [AI_ACCEPTED_TAG], aiProvenance: { ...aiProvenance } } : {}),
          },
        })),
        invocations: [
          {
            executionSuccessful: true,
            // Skipped paths are notes; a file whose analysis failed is an error (its code went unchecked).
            toolExecutionNotifications: result.skipped.map((s) => ({
              level: s.failed ? ('error' as const) : ('note' as const),
              message: { text: `skipped ${s.relative}: ${s.reason}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(s.relative), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
      },
    ],
  };
}

/**
 * A taint finding's path as one thread flow: the source, each step, then the sink (the result's
 * own location), in execution order. GitHub shows it under "Show paths".
 */
function codeFlowOf(file: string, finding: Finding): Sarif.CodeFlow {
  const uri = encodeURI(file);
  const at = (
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
    kinds: string[],
    importance: 'essential' | 'important',
  ): Sarif.ThreadFlowLocation => ({
    location: {
      physicalLocation: {
        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
        region: {
          startLine: range.start.line + 1,
          startColumn: range.start.character + 1,
          endLine: range.end.line + 1,
          endColumn: range.end.character + 1,
        },
      },
      message: { text },
    },
    kinds,
    importance,
  });
  const trace = finding.trace ?? [];
  const steps = trace.map((step, i) =>
    at(
      step,
      stepText(trace, i),
      step.kind === 'source' ? ['taint', 'source'] : ['taint'],
      step.kind === 'source' ? 'essential' : 'important',
    ),
  );
  const locations = [...steps, at(finding.range, sinkStepMessage(finding), ['taint', 'sink'], 'essential')].map((l, i) => ({
    ...l,
    executionOrder: i + 1,
  }));
  return { message: { text: `${finding.trace?.[0]?.message ?? 'untrusted input'} and reaches the sink` }, threadFlows: [{ locations }] };
}

function toReportingDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id
      .split(/[.-]/)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(''),
    shortDescription: { text: rule.title },
    fullDescription: { text: firstParagraph(rule.explanation) },
    helpUri: ruleDocsUrl(rule),
    help: { text: rule.explanation.trim(), markdown: explanationMarkdown(rule) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', ...rule.cwe.map((id) => `CWE-${id}`), `OWASP-${rule.owasp.split(':')[0]}`, ...(rule.tags ?? [])],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: rule.confidence === 'high' ? 'high' : rule.confidence === 'medium' ? 'medium' : 'low',
      'problem.severity': LEVEL[rule.severity] === 'note' ? 'recommendation' : LEVEL[rule.severity],
    },
  };
}

function firstParagraph(markdown: string): string {
  return markdown
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ');
}
