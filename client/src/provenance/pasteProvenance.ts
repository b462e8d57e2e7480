import * as vscode from 'vscode';
import { CopiedAiText, CopiedProvenance } from './copiedAiText';
import type { ProvenanceTracker } from './provenanceTracker';

/** Carries the AI-accepted parts of copied text from copy to paste. */
export const AI_PROVENANCE_MIME = 'application/vnd.vetted.ai-provenance';

async function copiedFromDataTransfer(dataTransfer: vscode.DataTransfer): Promise<CopiedProvenance | undefined> {
  try {
    const item = dataTransfer.get(AI_PROVENANCE_MIME);
    return item ? (JSON.parse(await item.asString()) as CopiedProvenance) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sees copies and pastes before they happen. A paste is never an acceptance; but text copied out
 * of AI-accepted code keeps that provenance when it is pasted: from the DataTransfer (VS Code
 * carries it from copy to paste while the clipboard keeps its copy metadata), else from the copy
 * remembered in memory when the pasted text is the same.
 */
export function registerPasteProvenance(tracker: ProvenanceTracker): vscode.Disposable {
  const lastCopy = new CopiedAiText();
  const provider: vscode.DocumentPasteEditProvider = {
    prepareDocumentPaste(document, ranges, dataTransfer) {
      if (!tracker.enabled || ranges.length !== 1) {
        lastCopy.remember(undefined);
        return;
      }
      const start = document.offsetAt(ranges[0].start);
      const end = document.offsetAt(ranges[0].end);
      const segments = tracker
        .regions(document.uri)
        .filter((r) => r.start < end && r.end > start)
        .map(({ id: _id, ...r }) => ({ ...r, start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
      const copied: CopiedProvenance | undefined = segments.length > 0 ? { text: document.getText(ranges[0]), segments } : undefined;
      lastCopy.remember(copied);
      if (copied) dataTransfer.set(AI_PROVENANCE_MIME, new vscode.DataTransferItem(JSON.stringify(copied)));
    },
    async provideDocumentPasteEdits(document, _ranges, dataTransfer) {
      const pasted = await dataTransfer.get('text/plain')?.asString();
      const copied = (await copiedFromDataTransfer(dataTransfer)) ?? lastCopy.recall(pasted);
      tracker.expectPaste(document, copied);
      return undefined; // the default paste goes ahead unchanged
    },
  };
  return vscode.languages.registerDocumentPasteEditProvider({ scheme: '*' }, provider, {
    providedPasteEditKinds: [],
    copyMimeTypes: [AI_PROVENANCE_MIME],
    // VS Code merges a provider's copy-time data into a paste only for providers that accept its
    // copy types at paste time; with 'text/plain' alone the AI segments never reached the paste.
    pasteMimeTypes: ['text/plain', AI_PROVENANCE_MIME],
  });
}
