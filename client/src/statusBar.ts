import * as vscode from 'vscode';
import type { DocumentStatuses } from './documentStatus';
import type { ProvenanceTracker } from './provenance/provenanceTracker';
import { COMMANDS } from '../../server/src/commandTable';
import { linesCovered, statusBarText, summarize } from './findingSummary';

/**
 * Shows the number of Vetted findings in the active file (clicking opens the Problems panel), or
 * that the file was skipped or only partly analysed, and why. "Review required" notes on AI code
 * are not findings: they are counted apart, in the tooltip.
 */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vetted.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly tracker?: ProvenanceTracker,
    private readonly statuses?: DocumentStatuses,
  ) {
    this.item.name = 'Vetted findings';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      ...(tracker ? [tracker.onDidChangeRegions(() => this.update())] : []),
      ...(statuses ? [statuses.onDidChange(() => this.update())] : []),
    ];
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      this.item.hide();
      return;
    }
    const status = this.statuses?.get(editor.document.uri);
    if (status?.state === 'skipped') {
      this.item.text = '$(shield) Vetted: skipped';
      this.item.tooltip = `Vetted did not analyse this file: ${status.reason ?? 'see the Vetted output'}`;
      this.item.command = COMMANDS.showOutput.id;
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    const summary = summarize(vscode.languages.getDiagnostics(editor.document.uri));
    const aiLines = linesCovered(this.tracker?.regions(editor.document.uri) ?? [], (offset) => editor.document.positionAt(offset).line);
    const { text, tooltip } = statusBarText(summary, aiLines, status?.state === 'partial' ? status : undefined);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = summary.findings.some((d) => d.severity === vscode.DiagnosticSeverity.Error)
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
