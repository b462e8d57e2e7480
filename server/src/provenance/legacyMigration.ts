import * as fs from 'fs';
import * as path from 'path';
import { ProvenanceStore, setFileEntry } from './provenanceStore';
import { provenanceStoreFor } from './storeLocation';

/**
 * Earlier versions of the extension kept provenance in the window's own storage, one file per
 * workspace with paths relative to the workspace folder. This moves its entries into the
 * repository stores (storeLocation.ts), once: an entry the repository store already has is not
 * replaced, and the old file is renamed to `<file>.migrated`, kept as a backup.
 * @param folders the workspace folders (absolute paths); an old key belongs to the first that has the file.
 * @returns the number of file entries moved, and the stores written.
 * @throws what a store update throws (StoreBusyError, a failed write); the old file then stays.
 */
export function migrateLegacyStore(legacyFile: string, folders: readonly string[]): { moved: number; stores: string[] } {
  if (!fs.existsSync(legacyFile) || folders.length === 0) return { moved: 0, stores: [] };
  const legacy = new ProvenanceStore(legacyFile).load();
  const byStore = new Map<string, { store: ProvenanceStore; entries: [string, (typeof legacy.data.files)[string]][] }>();
  for (const [relative, entry] of Object.entries(legacy.data.files)) {
    const folder = folders.find((f) => fs.existsSync(path.join(f, relative))) ?? folders[0];
    const location = provenanceStoreFor(folder);
    const key = path.relative(location.root, path.join(folder, relative)).split(path.sep).join('/');
    if (key.startsWith('../')) continue;
    const target = byStore.get(location.file) ?? { store: new ProvenanceStore(location.file), entries: [] };
    target.entries.push([key, { ...entry, path: key }]);
    byStore.set(location.file, target);
  }
  let moved = 0;
  for (const { store, entries } of byStore.values()) {
    store.update((data) => {
      for (const [key, entry] of entries) {
        if (data.files[key]) continue;
        setFileEntry(data, key, entry);
        moved++;
      }
    });
  }
  fs.renameSync(legacyFile, `${legacyFile}.migrated`);
  return { moved, stores: [...byStore.keys()] };
}
