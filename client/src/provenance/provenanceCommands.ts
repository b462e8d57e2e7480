import * as fs from 'fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportAgentTrace } from '../../../server/src/provenance/export';
import { COMMANDS } from '../../../server/src/commandTable';
import { AcceptNoticeNotification, AcceptNoticeParams } from '../../../server/src/protocol';
import type { CommandHandlers } from '../commands';
import { readSetting } from '../settings';
import type { ProvenanceTracker } from './provenanceTracker';

type ProvenanceCommand =
  'toggleProvenance' | 'clearProvenanceForFile' | 'clearProvenanceForWorkspace' | 'showProvenanceReport' | 'exportProvenance';

/** Toggle, clear, report and export commands. */
export function provenanceCommandHandlers(
  tracker: ProvenanceTracker,
  storeFile: string | undefined,
): Pick<CommandHandlers, ProvenanceCommand> {
  return {
    toggleProvenance: async () => {
      const next = !readSetting('provenance.enabled');
      await vscode.workspace.getConfiguration('vetted').update('provenance.enabled', next, vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(`Vetted: AI provenance tagging is ${next ? 'on' : 'off'}.`);
    },
    clearProvenanceForFile: async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const answer = await vscode.window.showWarningMessage(
        'Forget which code in this file was AI-accepted? The clearing itself is recorded.',
        { modal: true },
        'Clear',
      );
      if (answer === 'Clear') tracker.clear(editor.document.uri);
    },
    clearProvenanceForWorkspace: async () => {
      const answer = await vscode.window.showWarningMessage(
        'Forget which code in this workspace was AI-accepted? The clearing itself is recorded.',
        { modal: true },
        'Clear',
      );
      if (answer === 'Clear') tracker.clear();
    },
    showProvenanceReport: async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: report(tracker, storeFile) });
      await vscode.window.showTextDocument(document, { preview: true });
    },
    exportProvenance: async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder || folder.uri.scheme !== 'file') {
        void vscode.window.showWarningMessage('Vetted: open a folder to export its AI provenance.');
        return;
      }
      tracker.saveNow();
      const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder.uri, 'agent-trace.json'),
        filters: { 'Agent Trace': ['json'] },
      });
      if (!target) return;
      // Line numbers refer to the files as saved on disk; the record holds hashes, never code.
      const result = exportAgentTrace(tracker.storedData(), { root: folder.uri.fsPath });
      fs.writeFileSync(target.fsPath, JSON.stringify(result.record, null, 2) + '\n');
      const { exported, skipped } = result.metadata.counts;
      const alsoSkipped = skipped ? `, ${skipped} skipped` : '';
      void vscode.window.showInformationMessage(
        `Vetted: exported ${exported} AI-accepted region(s)${alsoSkipped} to ${vscode.workspace.asRelativePath(target)}.`,
      );
    },
  };
}

/** The notice shown when an acceptance introduced findings. */
export function showAcceptNotices(client: LanguageClient): vscode.Disposable {
  return client.onNotification(AcceptNoticeNotification, (notice) => void showAcceptNotice(notice));
}

async function showAcceptNotice(notice: AcceptNoticeParams): Promise<void> {
  const n = notice.findings.length;
  const list = notice.findings.map((f) => `${f.title} (${f.ruleId})`).join('; ');
  const actions = ['Show', 'Explain', ...(notice.findings.some((f) => f.hasFix) ? ['Fix'] : [])];
  const choice = await vscode.window.showWarningMessage(
    `This suggestion introduced ${n} security issue${n === 1 ? '' : 's'}: ${list}`,
    ...actions,
  );
  const first = notice.findings[0];
  const uri = vscode.Uri.parse(notice.uri);
  const range = new vscode.Range(first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character);
  if (choice === 'Show' || choice === 'Fix') {
    const editor = await vscode.window.showTextDocument(uri, { selection: range });
    if (choice === 'Fix') {
      editor.selection = new vscode.Selection(range.start, range.start);
      await vscode.commands.executeCommand('editor.action.quickFix');
    }
  } else if (choice === 'Explain') {
    await vscode.commands.executeCommand(COMMANDS.explain.id, first.ruleId);
  }
}

function report(tracker: ProvenanceTracker, storeFile: string | undefined): string {
  tracker.saveNow(); // bring the stored record up to date with open documents
  const data = tracker.storedData();
  const lines = ['# Vetted: AI-accepted code in this workspace', ''];
  const open = new Map(vscode.workspace.textDocuments.map((d) => [vscode.workspace.asRelativePath(d.uri, false), d]));
  const files = Object.values(data.files).filter((f) => f.regions.length > 0 || f.lost.length > 0 || f.cleared?.length);
  if (files.length === 0) lines.push('No AI-accepted code recorded yet.');
  for (const file of files) {
    lines.push(`## ${file.path}`, '');
    const document = open.get(file.path);
    const regions = document ? tracker.regions(document.uri) : file.regions;
    for (const region of regions) {
      const where = document
        ? `lines ${document.positionAt(region.start).line + 1}–${document.positionAt(region.end).line + 1}`
        : `offsets ${region.start}–${region.end}`;
      const findings = document
        ? vscode.languages
            .getDiagnostics(document.uri)
            .filter(
              (d) =>
                d.source === 'vetted' &&
                d.range.intersection(new vscode.Range(document.positionAt(region.start), document.positionAt(region.end))),
            )
            .map((d) => `\`${typeof d.code === 'object' ? d.code.value : d.code}\``)
        : [];
      const source = region.source ? ` (${region.source})` : '';
      const by = region.kind || region.agent ? `, ${[region.kind, region.agent].filter(Boolean).join(' by ')}` : '';
      const found = findings.length ? ` — findings: ${findings.join(', ')}` : '';
      lines.push(`- ${where}: ${region.state}, ${region.signal}${source}, ${region.acceptedAt}${by}${found}`);
    }
    if (file.lost.length)
      lines.push(`- ${file.lost.length} region(s) could not be placed after the file changed outside the editor (recorded as lost).`);
    for (const c of file.cleared ?? []) lines.push(`- cleared ${c.regions} region(s) at ${c.at}`);
    lines.push('');
  }
  lines.push(
    storeFile
      ? `The record is stored in \`${storeFile}\` (paths, offsets, hashes and times; no code).`
      : 'The record is not stored: no workspace folder is open, so it lasts until the window closes.',
    '',
  );
  lines.push(
    tracker.receivesChangeReasons
      ? "Acceptances are recognised from Vetted's Tab and Ctrl+Right bindings and from the editor's change reasons (proposed API)."
      : "Acceptances are recognised from Vetted's Tab and Ctrl+Right bindings (this editor sends no change reasons).",
  );
  return lines.join('\n');
}
