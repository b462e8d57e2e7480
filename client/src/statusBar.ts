import * as vscode from 'vscode';

/** Shows the number of Vetted findings in the active file; clicking opens the Problems panel. */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vetted.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'Vetted findings';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
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
    this.item.text = count === 0 ? '$(shield) Vetted' : `$(shield) Vetted: ${count}`;
    this.item.tooltip = count === 0 ? 'Vetted: no security findings in this file' : `Vetted: ${count} security finding(s) in this file — click to open Problems`;
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
