import * as vscode from 'vscode';
import type { ProvenanceTracker } from './provenance/provenanceTracker';

/** Shows the number of Vetted findings in the active file; clicking opens the Problems panel. */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vetted.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly tracker?: ProvenanceTracker) {
    this.item.name = 'Vetted findings';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      ...(tracker ? [tracker.onDidChangeRegions(() => this.update())] : []),
    ];
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      this.item.hide();
      return;
    }
    const findings = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'vetted');
    const count = findings.length;
    const regions = this.tracker?.regions(editor.document.uri) ?? [];
    const aiLines = new Set<number>();
    for (const r of regions) {
      const first = editor.document.positionAt(r.start).line;
      const last = editor.document.positionAt(Math.max(r.start, r.end - 1)).line;
      for (let line = first; line <= last; line++) aiLines.add(line);
    }
    const aiFindings = findings.filter((d) => d.message.startsWith('[AI-accepted]')).length;
    const ai = aiLines.size > 0 ? ` · AI: ${aiLines.size} line${aiLines.size === 1 ? '' : 's'}, ${aiFindings} finding${aiFindings === 1 ? '' : 's'}` : '';
    this.item.text = (count === 0 ? '$(shield) Vetted' : `$(shield) Vetted: ${count}`) + ai;
    this.item.tooltip =
      (count === 0 ? 'Vetted: no security findings in this file' : `Vetted: ${count} security finding(s) in this file — click to open Problems`) +
      (ai ? `\n${aiLines.size} AI-accepted line(s) with ${aiFindings} finding(s)` : '');
    this.item.backgroundColor = findings.some((d) => d.severity === vscode.DiagnosticSeverity.Error)
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
