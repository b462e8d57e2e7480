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
  /** Files larger than this are not analysed (a note is logged). */
  maxFileSizeKb: number;
  /** Whether the workspace is trusted (VS Code Workspace Trust); set by the client. */
  workspaceTrusted: boolean;
}

export const DEFAULT_SETTINGS: VettedSettings = {
  enable: true,
  minimumSeverity: 'low',
  disabledRules: [],
  extraRuleFolders: [],
  debounceMs: 150,
  maxFileSizeKb: 1024,
  workspaceTrusted: true,
};

/** `vetted/explain`: the full explanation of a rule, as Markdown. */
export const ExplainRequest = 'vetted/explain';
export interface ExplainParams {
  ruleId: string;
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
}
