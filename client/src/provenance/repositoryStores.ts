import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { StoredProvenance } from '../../../server/src/provenance/format';
import { emptyProvenance, LoadedProvenance, ProvenanceStore } from '../../../server/src/provenance/provenanceStore';
import { provenanceStoreFor, StoreLocation } from '../../../server/src/provenance/storeLocation';
import { migrateLegacyStore } from '../../../server/src/provenance/legacyMigration';

/** How often the store file is checked for another writer's changes (a stat, no read). */
const WATCH_INTERVAL_MS = 700;

/** One repository's store as the window knows it: where it is, and its data as last read or written. */
export interface StoreBinding {
  readonly location: StoreLocation;
  readonly store: ProvenanceStore;
  data: StoredProvenance;
}

/**
 * The provenance stores of the window's workspace folders: one per repository (see
 * storeLocation.ts), shared with `vetted hook`, the CLI and other windows. Each store file is
 * watched; when another writer changes it, `onExternalChange` is told, so that regions an agent's
 * hook recorded appear in the open editor.
 */
export class RepositoryStores implements vscode.Disposable {
  private readonly byFile = new Map<string, StoreBinding>();
  private readonly byFolder = new Map<string, StoreBinding>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly onExternalChange: (binding: StoreBinding) => void) {}

  /** The store a file document belongs to and its key there (path relative to the store's root); undefined outside the workspace. */
  bindingFor(uri: vscode.Uri): { binding: StoreBinding; key: string } | undefined {
    if (uri.scheme !== 'file') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || folder.uri.scheme !== 'file') return undefined;
    const binding = this.forFolder(folder.uri.fsPath);
    const key = path.relative(binding.location.root, uri.fsPath).split(path.sep).join('/');
    return key && !key.startsWith('../') && !path.isAbsolute(key) ? { binding, key } : undefined;
  }

  forFolder(folder: string): StoreBinding {
    let binding = this.byFolder.get(folder);
    if (binding) return binding;
    const location = provenanceStoreFor(folder);
    binding = this.byFile.get(location.file);
    if (!binding) {
      const store = new ProvenanceStore(location.file);
      binding = { location, store, data: this.loaded(store.load()) };
      this.byFile.set(location.file, binding);
      this.watch(binding);
    }
    this.byFolder.set(folder, binding);
    return binding;
  }

  all(): StoreBinding[] {
    return [...this.byFile.values()];
  }

  /** Moves the store a window kept in its own storage (earlier versions) into the repository stores, once. */
  migrate(legacyFile: string, folders: readonly vscode.WorkspaceFolder[]): void {
    const paths = folders.filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    try {
      const { stores } = migrateLegacyStore(legacyFile, paths);
      // Bindings made before the migration re-read their store.
      for (const file of stores) {
        const binding = this.byFile.get(file);
        if (binding) binding.data = binding.store.load().data;
      }
    } catch (error) {
      void vscode.window.showWarningMessage(
        `Vetted: could not move provenance from ${legacyFile} into the repository store: ${(error as Error).message}`,
      );
    }
  }

  private loaded(loaded: LoadedProvenance): StoredProvenance {
    if (loaded.error) {
      const kept = loaded.keptAt
        ? ` The file was kept as ${loaded.keptAt} (the reason is in ${path.basename(loaded.keptAt)}.reason.txt).`
        : '';
      const start = Object.keys(loaded.data.files).length === 0 ? ' Starting afresh.' : ' The valid entries were kept.';
      void vscode.window.showWarningMessage(`Vetted: provenance data could not be read (${loaded.error}).${kept}${start}`);
    }
    return loaded.data;
  }

  /** Polls the file's stat: it is replaced by rename on every save, which some file watchers miss. */
  private watch(binding: StoreBinding): void {
    const file = binding.location.file;
    fs.watchFile(file, { interval: WATCH_INTERVAL_MS, persistent: false }, (now, before) => {
      if (now.mtimeMs === before.mtimeMs && now.ino === before.ino && now.size === before.size) return;
      clearTimeout(this.timers.get(file));
      this.timers.set(
        file,
        setTimeout(() => {
          const loaded = binding.store.load();
          // A file another writer is replacing is never half-written (atomic rename); one that is
          // unreadable was set aside by load() and its problem is reported at the next start.
          binding.data = loaded.error ? binding.data : loaded.data;
          if (!loaded.error) this.onExternalChange(binding);
        }, 100),
      );
    });
  }

  dispose(): void {
    for (const file of this.byFile.keys()) fs.unwatchFile(file);
    for (const timer of this.timers.values()) clearTimeout(timer);
  }
}

export { emptyProvenance };
