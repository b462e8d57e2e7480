import * as fs from 'fs';
import * as path from 'path';
import type { StoredFileProvenance } from '../../../server/src/provenance/format';
import { importedRegions, ImportedLineRange } from '../../../server/src/provenance/importedRegions';
import { ProvenanceStore, restore, setFileEntry, toStored } from '../../../server/src/provenance/provenanceStore';
import { RegionTracker } from '../../../server/src/provenance/regionTracker';
import type { StoreLocation } from '../../../server/src/provenance/storeLocation';
import { readRegularFile } from '../../../server/src/files/regularFile';

/** Files larger than this are not imported (the extension does not track them either). */
const MAX_IMPORTED_BYTES = 16 * 1024 * 1024;

export interface ImportOutcome {
  /** Per file (relative to the store root), the regions added. */
  added: Map<string, number>;
  /** Files named by the source that are not in the work tree (deleted or renamed since). */
  missing: string[];
}

/**
 * Adds other tools' AI line ranges (git-ai notes, Agent Trace records), keyed by paths relative
 * to `location.root`, to the repository store as `imported` regions, so that the extension shows
 * those lines as AI-written too. What the store already records wins: an imported range that
 * overlaps a recorded region is not added, so importing twice adds nothing the second time.
 */
export function importIntoStore(location: StoreLocation, lines: Map<string, ImportedLineRange[]>): ImportOutcome {
  const outcome: ImportOutcome = { added: new Map(), missing: [] };
  const texts = new Map<string, string>();
  for (const key of lines.keys()) {
    const read = fs.existsSync(path.join(location.root, key))
      ? readRegularFile(path.join(location.root, key), MAX_IMPORTED_BYTES)
      : undefined;
    if (!read?.ok) outcome.missing.push(key);
    else texts.set(key, read.bytes.toString('utf8'));
  }
  const acceptedAt = new Date().toISOString();
  new ProvenanceStore(location.file).update((data) => {
    for (const [key, text] of texts) {
      const entry: StoredFileProvenance | undefined = data.files[key];
      const existing = entry ? restore(entry, text) : { regions: [], lost: [] };
      const tracker = new RegionTracker(existing.regions, text);
      let added = 0;
      for (const region of importedRegions(text, lines.get(key)!, { acceptedAt })) {
        if (existing.regions.some((r) => r.start < region.end && region.start < r.end)) continue;
        const { start, end, ...meta } = region;
        tracker.add(start, end, meta);
        added++;
      }
      if (added === 0) continue;
      const stored = toStored(key, text, tracker.regions, entry);
      stored.lost = [...stored.lost, ...existing.lost];
      setFileEntry(data, key, stored);
      outcome.added.set(key, added);
    }
  });
  return outcome;
}
