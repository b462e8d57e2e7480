/**
 * The small, typed protocol between the Vetted client and server, beyond standard LSP.
 * Both sides import this file; keep it free of runtime dependencies.
 */
import type { Severity } from './engine/rule';

export interface VettedSettings {
  enable: boolean;
  /** Findings below this severity are not shown. */
  minimumSeverity: Severity;
  /** Rule ids that never report. */
  disabledRules: string[];
  /** Extra rule folders (absolute, or relative to the first workspace folder). Ignored in untrusted workspaces. */
  extraRuleFolders: string[];
  /** Milliseconds of quiet after a change before it is analysed. */
  debounceMs: number;
  /** Files larger than this are not analysed (the status bar says so). */
  maxFileSizeKb: number;
  /** Minified or generated files (very long lines) are not analysed. */
  skipMinified: boolean;
  /** Upper bound on one analysis of one document; a run that hits it reports what it found so far. */
  analysisTimeBudgetMs: number;
  /**
   * Whether the workspace is trusted (VS Code Workspace Trust); set by the client with every
   * settings message. Only an explicit `true` trusts: a missing or malformed value means untrusted.
   */
  workspaceTrusted: boolean;
  provenance: {
    /** Track and tag AI-accepted code. */
    enabled: boolean;
    /** Findings in AI-accepted code are reported one severity step higher. */
    escalateSeverity: boolean;
    /** AI-accepted code in auth, crypto, session or payment logic gets a "review required" note. */
    reviewSensitiveAreas: boolean;
  };
}

export const DEFAULT_SETTINGS: VettedSettings = {
  enable: true,
  minimumSeverity: 'low',
  disabledRules: [],
  extraRuleFolders: [],
  debounceMs: 150,
  maxFileSizeKb: 4096,
  skipMinified: true,
  analysisTimeBudgetMs: 3000,
  // Fail closed: until a client says the workspace is trusted, workspace rules are not loaded.
  workspaceTrusted: false,
  provenance: { enabled: true, escalateSeverity: true, reviewSensitiveAreas: true },
};

/**
 * The allowed range of each numeric setting: the server clamps to it, and package.json's
 * `minimum`/`maximum` must say the same (a test checks).
 */
export const NUMERIC_SETTING_BOUNDS = {
  debounceMs: { min: 0, max: 5000 },
  maxFileSizeKb: { min: 1, max: 102400 },
  analysisTimeBudgetMs: { min: 50, max: 60000 },
} as const satisfies Partial<Record<keyof VettedSettings, { min: number; max: number }>>;

/** `vetted/explain`: the full explanation of a rule, as Markdown. */
export const ExplainRequest = 'vetted/explain';
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

/** The client command that shows a rule's explanation (arguments: [ruleId]). */
export const EXPLAIN_COMMAND = 'vetted.explain';

/** `data` attached to every Vetted diagnostic. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
  /** Set when the finding lies in AI-accepted code: the region's id. */
  aiRegion?: string;
}

/**
 * `vetted/provenance` (client → server): the AI-accepted regions of a document at a version,
 * in UTF-16 offsets of that version's text. An empty list clears them.
 */
export const ProvenanceNotification = 'vetted/provenance';
export interface ProvenanceParams {
  uri: string;
  version: number;
  regions: import('./provenance/format').ProvenanceRegion[];
}

/**
 * `vetted/acceptNotice` (server → client): findings introduced by one acceptance, sent once per
 * acceptance, after the first analysis that covers it.
 */
export const AcceptNoticeNotification = 'vetted/acceptNotice';
export interface AcceptNoticeParams {
  uri: string;
  regionId: string;
  findings: { ruleId: string; title: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; hasFix: boolean }[];
}

/**
 * `vetted/documentStatus` (server → client): how the last analysis of a document went, so the
 * status bar can say when a file was skipped or only partly analysed.
 */
export const DocumentStatusNotification = 'vetted/documentStatus';
export interface DocumentStatusParams {
  uri: string;
  version: number;
  state: 'analysed' | 'partial' | 'skipped' | 'disabled';
  /** Why the file was skipped or the analysis stopped early, in words for the user. */
  reason?: string;
  /** Time the analysis took, in milliseconds. */
  durationMs?: number;
}

/** Rule id of the information-level note on AI-accepted code in sensitive areas. */
export const REVIEW_REQUIRED_CODE = 'vetted.provenance.review-required';
