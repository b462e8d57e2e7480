import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentStatusNotification, DocumentStatusParams } from '../../server/src/protocol';

/** The server's word on each document's last analysis: analysed, partial or skipped (and why). */
export class DocumentStatuses implements vscode.Disposable {
  private readonly statuses = new Map<string, DocumentStatusParams>();
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(client: LanguageClient) {
    this.subscriptions = [
      client.onNotification(DocumentStatusNotification, (status: DocumentStatusParams) => {
        this.statuses.set(status.uri, status);
        this.changed.fire(status.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.statuses.delete(document.uri.toString())),
    ];
  }

  get(uri: vscode.Uri): DocumentStatusParams | undefined {
    return this.statuses.get(uri.toString());
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
