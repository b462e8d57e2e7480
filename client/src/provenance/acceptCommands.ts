import * as vscode from 'vscode';
import type { ProvenanceSignal } from '../../../server/src/provenance/format';
import type { ProvenanceTracker } from './provenanceTracker';

/**
 * Vetted's Tab / Ctrl+Right bindings (see package.json) run these commands instead of VS Code's:
 * they note "an acceptance is coming" for the active editor, then run the built-in accept command,
 * whose document change the tracker then tags. With provenance off the bindings do not apply.
 */
const ACCEPTS: { command: string; builtin: string; signal: ProvenanceSignal }[] = [
  { command: 'vetted.acceptInlineSuggestion', builtin: 'editor.action.inlineSuggest.commit', signal: 'inline-accept' },
  { command: 'vetted.acceptInlineSuggestionWord', builtin: 'editor.action.inlineSuggest.acceptNextWord', signal: 'inline-accept-word' },
  { command: 'vetted.acceptInlineSuggestionLine', builtin: 'editor.action.inlineSuggest.acceptNextLine', signal: 'inline-accept-line' },
];

export function registerAcceptCommands(tracker: ProvenanceTracker): vscode.Disposable[] {
  return ACCEPTS.map(({ command, builtin, signal }) =>
    vscode.commands.registerCommand(command, async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && tracker.enabled) tracker.expectAccept(editor, signal);
      await vscode.commands.executeCommand(builtin);
    }),
  );
}
