import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPLAIN_COMMAND, ExplainParams, ExplainRequest, ExplainResult } from '../../server/src/protocol';

/** Read-only documents `vetted-rule:/<rule-id>.md` whose text the server supplies. */
export const EXPLANATION_SCHEME = 'vetted-rule';

/** "Explain": opens the rule's explanation as rendered Markdown in an editor tab. */
export function registerExplainCommand(client: LanguageClient): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const ruleId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const result = await client.sendRequest<ExplainResult | null>(ExplainRequest, { ruleId } satisfies ExplainParams);
      return result ? result.markdown : `Vetted has no rule named \`${ruleId}\`.`;
    },
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(EXPLANATION_SCHEME, provider),
    vscode.commands.registerCommand(EXPLAIN_COMMAND, async (ruleId?: string) => {
      const id = ruleId ?? (await vscode.window.showInputBox({ prompt: 'Rule id to explain, e.g. js.crypto.weak-hash' }));
      if (!id) return;
      const uri = vscode.Uri.from({ scheme: EXPLANATION_SCHEME, path: `/${id}.md` });
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  ];
}
