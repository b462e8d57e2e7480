/**
 * Every command the extension contributes, described once: the extension registers each from
 * here (its handlers are a record keyed by this table, so none can be missing), the server names
 * `explain` in its code actions, and a test holds package.json's `contributes.commands`, menus and
 * keybindings to this table.
 */

/** The category VS Code shows before each title in the Command Palette. */
export const COMMAND_CATEGORY = 'Vetted';

export const COMMANDS = {
  /** Arguments: [ruleId?, documentUri?, position?] (asks for a rule id when there is none). */
  explain: { id: 'vetted.explain', title: 'Explain a Rule' },
  restartServer: { id: 'vetted.restartServer', title: 'Restart Language Server' },
  showOutput: { id: 'vetted.showOutput', title: 'Show Output' },
  toggleProvenance: { id: 'vetted.toggleProvenance', title: 'Toggle AI Provenance Tagging' },
  clearProvenanceForFile: { id: 'vetted.clearProvenanceForFile', title: 'Clear AI Provenance for This File' },
  clearProvenanceForWorkspace: { id: 'vetted.clearProvenanceForWorkspace', title: 'Clear AI Provenance for the Workspace' },
  showProvenanceReport: { id: 'vetted.showProvenanceReport', title: 'Show AI Provenance Report' },
  acceptInlineSuggestion: { id: 'vetted.acceptInlineSuggestion', title: 'Accept Inline Suggestion (recording AI provenance)' },
  acceptInlineSuggestionWord: {
    id: 'vetted.acceptInlineSuggestionWord',
    title: 'Accept Next Word of Inline Suggestion (recording AI provenance)',
  },
  acceptInlineSuggestionLine: {
    id: 'vetted.acceptInlineSuggestionLine',
    title: 'Accept Next Line of Inline Suggestion (recording AI provenance)',
  },
  exportProvenance: { id: 'vetted.exportProvenance', title: 'Export AI Provenance (Agent Trace)' },
} as const satisfies Record<string, { id: `vetted.${string}`; title: string }>;

export type CommandName = keyof typeof COMMANDS;
