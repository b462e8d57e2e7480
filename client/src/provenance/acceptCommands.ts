import * as vscode from 'vscode';
import type { ProvenanceSignal } from '../../../server/src/provenance/format';
import type { CommandHandlers } from '../commands';
import type { ProvenanceTracker } from './provenanceTracker';

type AcceptCommand = 'acceptInlineSuggestion' | 'acceptInlineSuggestionWord' | 'acceptInlineSuggestionLine';

/**
 * Vetted's Tab / Ctrl+Right bindings (see package.json) run these commands instead of VS Code's:
 * they note "an acceptance is coming" for the active editor, then run the built-in accept command,
 * whose document change the tracker then tags. With provenance off the bindings do not apply.
 */
const ACCEPTS: Record<AcceptCommand, { builtin: string; signal: ProvenanceSignal }> = {
  acceptInlineSuggestion: { builtin: 'editor.action.inlineSuggest.commit', signal: 'inline-accept' },
  acceptInlineSuggestionWord: { builtin: 'editor.action.inlineSuggest.acceptNextWord', signal: 'inline-accept-word' },
  acceptInlineSuggestionLine: { builtin: 'editor.action.inlineSuggest.acceptNextLine', signal: 'inline-accept-line' },
};

export function acceptCommandHandlers(tracker: ProvenanceTracker): Pick<CommandHandlers, AcceptCommand> {
  const handler =
    ({ builtin, signal }: (typeof ACCEPTS)[AcceptCommand]) =>
    async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && tracker.enabled) tracker.expectAccept(editor, signal);
      await vscode.commands.executeCommand(builtin);
      if (editor) tracker.acceptFinished(editor.document);
    };
  return {
    acceptInlineSuggestion: handler(ACCEPTS.acceptInlineSuggestion),
    acceptInlineSuggestionWord: handler(ACCEPTS.acceptInlineSuggestionWord),
    acceptInlineSuggestionLine: handler(ACCEPTS.acceptInlineSuggestionLine),
  };
}
