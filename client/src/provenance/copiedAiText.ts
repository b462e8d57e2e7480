/**
 * The AI-accepted parts of the text last copied in the editor, kept in the extension's memory.
 * Pure TypeScript (no `vscode` import).
 *
 * Why memory and not only the clipboard: VS Code hands a paste provider the data its copy hook
 * put in the DataTransfer only when the clipboard carries VS Code's copy metadata (a custom
 * clipboard type) from copy to paste. Browsers do not always keep custom types (code-server in
 * headless Chromium drops them), so pasted AI code arrived untagged. The pasted text itself does
 * survive: a paste of exactly the copied text gets the copied segments back.
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
