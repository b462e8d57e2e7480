/**
 * Every message between the Vetted client and server beyond standard LSP, declared once as a typed
 * descriptor: the server handles it with `connection.onRequest(ExplainRequest, …)`, the client and
 * the tests send it with `sendRequest(ExplainRequest, …)`, and the compiler holds both sides to
 * the same parameter and result types. Method names appear nowhere else (a test checks).
 * `vscode-jsonrpc`'s descriptors carry no LSP: the engine and the CLI stay free of it.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { Severity } from './engine/rule';
import type { ProvenanceRegion } from './provenance/format';

/** `vetted/explain`: the full explanation of a rule, as Markdown (null for an unknown rule). */
export const ExplainRequest = new RequestType<ExplainParams, ExplainResult | null, void>('vetted/explain');
export interface ExplainParams {
  ruleId: string;
  /** The finding asked about (optional): its data-flow path is shown before the explanation. */
  uri?: string;
  position?: { line: number; character: number };
}
export interface ExplainResult {
  title: string;
  markdown: string;
}

/**
 * `vetted/provenance` (client → server): the AI-accepted regions of a document at a version,
 * in UTF-16 offsets of that version's text. An empty list clears them.
 */
export const ProvenanceNotification = new NotificationType<ProvenanceParams>('vetted/provenance');
export interface ProvenanceParams {
  uri: string;
  version: number;
  regions: ProvenanceRegion[];
}

/**
 * `vetted/acceptNotice` (server → client): findings introduced by one acceptance, sent once per
 * acceptance, after the first analysis that covers it.
 */
export const AcceptNoticeNotification = new NotificationType<AcceptNoticeParams>('vetted/acceptNotice');
export interface AcceptNoticeParams {
  uri: string;
  regionId: string;
  findings: {
    ruleId: string;
    title: string;
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    hasFix: boolean;
  }[];
}

/**
 * `vetted/documentStatus` (server → client): how the last analysis of a document went, so the
 * status bar can say when a file was skipped or only partly analysed.
 */
export const DocumentStatusNotification = new NotificationType<DocumentStatusParams>('vetted/documentStatus');
export interface DocumentStatusParams {
  uri: string;
  version: number;
  state: 'analysed' | 'partial' | 'skipped' | 'disabled';
  /** Why the file was skipped or the analysis stopped early, in words for the user. */
  reason?: string;
  /** Time the analysis took, in milliseconds. */
  durationMs?: number;
}

/**
 * `data` on every diagnostic the server publishes for a document. The client counts and acts on
 * this, never on the message text (whose wording is for people and may change).
 */
export interface DiagnosticData {
  /** `finding`: a rule matched. `review-note`: AI-accepted code in security-sensitive logic, no rule matched. */
  kind: 'finding' | 'review-note';
  /** The rule id (for a review note, REVIEW_REQUIRED_CODE). */
  ruleId: string;
  /** The document version the diagnostic was computed for. */
  version: number;
  /** Set when the diagnostic lies in AI-written code: `accepted` (recorded acceptance) or `possibly` (heuristic, never escalated). */
  ai?: 'accepted' | 'possibly';
  /** The AI region the diagnostic lies in. */
  aiRegion?: string;
  /** The rule's own severity, when the finding is reported one step higher because the code is AI-accepted. */
  escalatedFrom?: Severity;
}

/** The diagnostic's Vetted data, if it has data of that shape (other sources' diagnostics do not). */
export function diagnosticDataOf(diagnostic: { data?: unknown }): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | null | undefined;
  return data && (data.kind === 'finding' || data.kind === 'review-note') && typeof data.ruleId === 'string'
    ? (data as DiagnosticData)
    : undefined;
}

/** Rule id of the information-level note on AI-accepted code in sensitive areas. */
export const REVIEW_REQUIRED_CODE = 'vetted.provenance.review-required';
