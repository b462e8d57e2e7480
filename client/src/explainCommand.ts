import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExplainParams, ExplainRequest } from '../../server/src/protocol';
import type { CommandHandlers } from './commands';

/** Read-only documents `vetted-rule:/<rule-id>.md` whose text the server supplies. */
export const EXPLANATION_SCHEME = 'vetted-rule';

/** The explanation documents' text, asked of the server. */
export function registerExplanationDocuments(client: LanguageClient): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const ruleId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      // Opened for one finding: the query names it, so its data-flow path is shown too.
      const at = uri.query ? (JSON.parse(uri.query) as Pick<ExplainParams, 'uri' | 'position'>) : {};
      const result = await client.sendRequest(ExplainRequest, { ruleId, ...at });
      return result ? result.markdown : `Vetted has no rule named \`${ruleId}\`.`;
    },
  };
  return vscode.workspace.registerTextDocumentContentProvider(EXPLANATION_SCHEME, provider);
}

/** "Explain": opens the rule's explanation as rendered Markdown in an editor tab. */
export const explainCommandHandlers: Pick<CommandHandlers, 'explain'> = {
  explain: async (ruleId?: string, documentUri?: string, position?: ExplainParams['position']) => {
    const id = ruleId ?? (await vscode.window.showInputBox({ prompt: 'Rule id to explain, e.g. js.crypto.weak-hash' }));
    if (!id) return;
    const query = documentUri && position ? JSON.stringify({ uri: documentUri, position }) : '';
    const uri = vscode.Uri.from({ scheme: EXPLANATION_SCHEME, path: `/${id}.md`, query });
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  },
};
