import * as vscode from 'vscode';
import type { DocumentStatuses } from './documentStatus';
import type { ProvenanceTracker } from './provenance/provenanceTracker';
import { REVIEW_REQUIRED_CODE } from '../../server/src/protocol';

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
      this.item.command = 'vetted.showOutput';
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    const partial = status?.state === 'partial' ? ' (partial)' : '';
    const vetted = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'vetted');
    const isReviewNote = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code) === REVIEW_REQUIRED_CODE;
    const findings = vetted.filter((d) => !isReviewNote(d));
    const reviewNotes = vetted.length - findings.length;
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
    this.item.text = (count === 0 ? '$(shield) Vetted' : `$(shield) Vetted: ${count}`) + partial + ai;
    this.item.tooltip =
      (count === 0 ? 'Vetted: no security findings in this file' : `Vetted: ${count} security finding(s) in this file — click to open Problems`) +
      (ai ? `\n${aiLines.size} AI-accepted line(s) with ${aiFindings} finding(s)` : '') +
      (reviewNotes > 0 ? `\n${reviewNotes} AI-accepted area(s) in security-sensitive code to review` : '') +
      (partial ? `\nAnalysis ${status?.reason ?? 'stopped early'}` : '');
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
