/**
 * Provenance data formats shared by the extension (which records them), the language server
 * (which tags findings) and the CLI (which reads them in CI). No runtime dependencies.
 */

export type RegionState = 'ai' | 'ai-modified';
export type Confidence = 'high' | 'low';

/** How an acceptance was detected. */
export type ProvenanceSignal =
  | 'inline-accept' // Tab on ghost text (Vetted's keybinding)
  | 'inline-accept-word' // Ctrl+Right word accept
  | 'inline-accept-line'
  | 'change-reason' // proposed API textDocumentChangeReason (inlineCompletionAccept, Chat.applyEdits, …)
  | 'paste-of-ai-text' // text copied out of an AI region and pasted
  | 'chat-edit' // applied from a chat or agent editing session inside the editor
  | 'agent-hook' // written by an agent outside the editor, recorded by `vetted hook` from the file before and after
  | 'imported' // attributed by another tool (git-ai notes, Agent Trace) and imported
  | 'heuristic'; // large single insertion; low confidence, never escalates on its own

/** How the AI text arrived: an inline suggestion, a chat edit, or an agent's edit. */
export type ProvenanceKind = 'completion' | 'chat' | 'agent';

/** A span of AI-accepted text in one document, in UTF-16 offsets of the current text. */
export interface ProvenanceRegion {
  id: string;
  start: number;
  end: number;
  state: RegionState;
  signal: ProvenanceSignal;
  confidence: Confidence;
  /** ISO 8601 time of acceptance. */
  acceptedAt: string;
  /** Free-form detail of the source, e.g. the change reason's `source` string. */
  source?: string;
  /** How it arrived, when known (regions recorded before this field existed have none). */
  kind?: ProvenanceKind;
  /** The agent or model that wrote it, when the evidence names one (e.g. `claude-code`). */
  agent?: string;
}

/** What the extension keeps per file in its storage (local only: region text enables re-anchoring). */
export interface StoredRegion extends ProvenanceRegion {
  /** The region's text when stored, to find it again after an external edit. */
  text: string;
  /** sha256 of `text`, hex. */
  textHash: string;
}

export interface StoredFileProvenance {
  /** Path relative to the workspace folder, forward slashes. */
  path: string;
  /** sha256 of the whole file text when stored, hex. */
  contentHash: string;
  regions: StoredRegion[];
  /** Regions that could not be placed again after the file changed outside the editor. */
  lost: StoredRegion[];
  /** Clearing is recorded, not silent. */
  cleared?: { at: string; regions: number }[];
}

export interface StoredProvenance {
  format: 'vetted-provenance';
  version: 1;
  files: Record<string, StoredFileProvenance>;
}

// ---- Agent Trace (https://github.com/cursor/agent-trace, version 0.1.0) ----

export interface AgentTraceRange {
  start_line: number;
  end_line: number;
  /** sha256 of the lines' text ("sha256:<hex>"); never the text itself. */
  content_hash: string;
}

export interface AgentTraceConversation {
  contributor: { type: 'ai' | 'mixed' | 'human' };
  ranges: AgentTraceRange[];
}

export interface AgentTraceFile {
  path: string;
  conversations: AgentTraceConversation[];
}

export interface AgentTraceRecord {
  version: string;
  id: string;
  timestamp: string;
  vcs?: { type: 'git'; revision: string };
  tool?: { name: string; version?: string };
  files: AgentTraceFile[];
  metadata?: Record<string, unknown>;
}

/** Reverse-DNS key under which Vetted puts its detector details in Agent Trace metadata. */
export const AGENT_TRACE_METADATA_KEY = 'dev.vetted';
export const AGENT_TRACE_VERSION = '0.1.0';
