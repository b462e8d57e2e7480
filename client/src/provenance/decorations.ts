import * as vscode from 'vscode';
import type { ProvenanceRegion } from '../../../server/src/provenance/format';
import { readSetting } from '../settings';
import type { ProvenanceTracker } from './provenanceTracker';

const SIGNAL_TEXT: Record<string, string> = {
  'inline-accept': 'accepted from an inline suggestion (Tab)',
  'inline-accept-word': 'accepted word by word from an inline suggestion',
  'inline-accept-line': 'accepted line by line from an inline suggestion',
  'change-reason': 'applied by an AI feature of the editor',
  'paste-of-ai-text': 'pasted from AI-accepted text',
  'chat-edit': 'applied from a chat or agent edit',
  'agent-hook': 'written by an agent (recorded by its hook)',
  imported: 'attributed to AI by another tool (git notes or Agent Trace)',
  heuristic: 'possibly AI (large insertion)',
};

/** A bar in the gutter and a mark in the overview ruler on AI-accepted lines; hover says when and how. */
export class ProvenanceDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    borderWidth: '0 0 0 3px',
    borderStyle: 'solid',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly tracker: ProvenanceTracker) {
    this.subscriptions = [
      tracker.onDidChangeRegions(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('vetted.provenance')) this.refresh();
      }),
    ];
    this.refresh();
  }

  refresh(): void {
    const show = readSetting('provenance.enabled') && readSetting('provenance.decorations');
    for (const editor of vscode.window.visibleTextEditors) {
      const regions = show ? this.tracker.regions(editor.document.uri) : [];
      editor.setDecorations(
        this.type,
        regions.map((r) => decorationFor(editor.document, r)),
      );
    }
  }

  dispose(): void {
    this.type.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** How the region's text arrived, for the hover; chat and agent edits say which (and the model, when known). */
export function signalText(region: Pick<ProvenanceRegion, 'signal' | 'kind' | 'agent'>): string {
  const by = region.agent ? ` (${region.agent})` : '';
  if (region.signal === 'chat-edit' && region.kind === 'agent') return `written by an agent in the editor's chat${by}`;
  if (region.signal === 'chat-edit' && region.kind === 'chat') return `applied from a chat edit${by}`;
  return (SIGNAL_TEXT[region.signal] ?? region.signal) + by;
}

function decorationFor(document: vscode.TextDocument, region: ProvenanceRegion): vscode.DecorationOptions {
  const range = new vscode.Range(document.positionAt(region.start), document.positionAt(region.end));
  const when = new Date(region.acceptedAt).toLocaleString();
  const how = signalText(region);
  const modified = region.state === 'ai-modified' ? ' Edited by you since.' : '';
  const hover = new vscode.MarkdownString(
    `**AI-accepted code** — ${how}, ${when}.${modified}\n\nVetted reports findings here one step more severe.`,
  );
  return { range, hoverMessage: hover };
}
