import type { ProvenanceRegion, StoredFileProvenance, StoredRegion } from './format';
import { restore } from './provenanceStore';

/**
 * Two writers share one store (the editor and an agent's hook, say). Each writer knows the ids of
 * the regions it has seen for a file; a region on disk with an id it has not seen was added by
 * the other writer. A region it has seen and no longer holds was removed on purpose (undo, clear,
 * edited away) and is not brought back.
 */

/** The regions of `onDisk` with ids not in `known`, placed on `text` (found) or not (pending, as stored). */
export function unseenRegions(
  onDisk: StoredFileProvenance | undefined,
  text: string,
  known: ReadonlySet<string>,
): { placed: ProvenanceRegion[]; pending: StoredRegion[] } {
  const unseen = onDisk?.regions.filter((r) => !known.has(r.id)) ?? [];
  if (!onDisk || unseen.length === 0) return { placed: [], pending: [] };
  const { regions, lost } = restore({ ...onDisk, regions: unseen }, text);
  return { placed: regions, pending: lost };
}

/**
 * The entry a writer saves for a file it changed: its own entry (`ours`, regions on the current
 * text), plus regions the other writer added that could not be placed yet (`pending`: kept with
 * their text, by which they are placed when the file is next read), plus both sides' lost and
 * cleared records.
 */
export function mergedEntry(
  ours: StoredFileProvenance,
  onDisk: StoredFileProvenance | undefined,
  pending: StoredRegion[],
): StoredFileProvenance {
  const byId = (list: StoredRegion[]) => [...new Map(list.map((r) => [r.id, r])).values()];
  const out: StoredFileProvenance = {
    ...ours,
    regions: [...ours.regions, ...pending.filter((p) => !ours.regions.some((r) => r.id === p.id))],
    lost: byId([...(onDisk?.lost ?? []), ...ours.lost]),
  };
  const cleared = [...(onDisk?.cleared ?? []), ...(ours.cleared ?? [])];
  if (cleared.length > 0) out.cleared = [...new Map(cleared.map((c) => [`${c.at}/${c.regions}`, c])).values()];
  return out;
}
