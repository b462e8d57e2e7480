import * as vscode from 'vscode';
import type { ProvenanceRegion } from '../../../server/src/provenance/format';
import type { ProvenanceTracker } from './provenanceTracker';

/** Carries the AI-accepted parts of copied text from copy to paste (inside this window only). */
export const AI_PROVENANCE_MIME = 'application/vnd.vetted.ai-provenance';

export interface CopiedProvenance {
  text: string;
  /** Parts of `text` that were AI-accepted, as offsets into `text`. */
  segments: Omit<ProvenanceRegion, 'id'>[];
}

/**
 * Sees copies and pastes before they happen. A paste is never an acceptance; but text copied out
 * of AI-accepted code keeps that provenance when it is pasted.
 */
export function registerPasteProvenance(tracker: ProvenanceTracker): vscode.Disposable {
  const provider: vscode.DocumentPasteEditProvider = {
    prepareDocumentPaste(document, ranges, dataTransfer) {
      if (!tracker.enabled || ranges.length !== 1) return;
      const start = document.offsetAt(ranges[0].start);
      const end = document.offsetAt(ranges[0].end);
      const segments = tracker
        .regions(document.uri)
        .filter((r) => r.start < end && r.end > start)
        .map(({ id: _id, ...r }) => ({ ...r, start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
      if (segments.length === 0) return;
      const copied: CopiedProvenance = { text: document.getText(ranges[0]), segments };
      dataTransfer.set(AI_PROVENANCE_MIME, new vscode.DataTransferItem(JSON.stringify(copied)));
    },
    async provideDocumentPasteEdits(document, _ranges, dataTransfer) {
      const item = dataTransfer.get(AI_PROVENANCE_MIME);
      let copied: CopiedProvenance | undefined;
      try {
        copied = item ? (JSON.parse(await item.asString()) as CopiedProvenance) : undefined;
      } catch {
        copied = undefined;
      }
      tracker.expectPaste(document, copied);
      return undefined; // the default paste goes ahead unchanged
    },
  };
  return vscode.languages.registerDocumentPasteEditProvider({ scheme: '*' }, provider, {
    providedPasteEditKinds: [],
    copyMimeTypes: [AI_PROVENANCE_MIME],
    pasteMimeTypes: ['text/plain'],
  });
}
