/**
 * The AI-accepted parts of the text last copied in the editor, kept in the extension's memory.
 * Pure TypeScript (no `vscode` import).
 *
 * VS Code hands the paste provider the data its copy hook put in the DataTransfer only while the
 * clipboard keeps VS Code's copy metadata (a custom clipboard type) from copy to paste. Browsers
 * and other apps may drop or replace it; the pasted text itself survives, so a paste of exactly the
 * copied text gets the copied segments back from here.
 */
import type { ProvenanceRegion } from '../../../server/src/provenance/format';

export interface CopiedProvenance {
  text: string;
  /** Parts of `text` that were AI-accepted, as offsets into `text`. */
  segments: Omit<ProvenanceRegion, 'id'>[];
}

/** A copy older than this is not matched any more (the clipboard has likely changed since). */
export const COPY_MEMORY_MS = 30 * 60 * 1000;

export class CopiedAiText {
  private last: { copied: CopiedProvenance; time: number } | undefined;

  /** A copy with AI segments replaces the remembered one; a copy without any forgets it. */
  remember(copied: CopiedProvenance | undefined, now = Date.now()): void {
    this.last = copied && copied.segments.length > 0 ? { copied, time: now } : undefined;
  }

  /** The remembered copy when `pasted` is exactly its text and it is recent enough. */
  recall(pasted: string | undefined, now = Date.now()): CopiedProvenance | undefined {
    const last = this.last;
    if (!last || pasted === undefined || now - last.time > COPY_MEMORY_MS) return undefined;
    return pasted === last.copied.text ? last.copied : undefined;
  }
}
