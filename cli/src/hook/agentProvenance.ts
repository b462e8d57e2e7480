import * as fs from 'fs';
import * as path from 'path';
import { recordAgentEdit } from '../../../server/src/provenance/agentEdit';
import { ProvenanceStore, setFileEntry } from '../../../server/src/provenance/provenanceStore';
import { provenanceStoreFor, StoreLocation } from '../../../server/src/provenance/storeLocation';
import { sha256 } from '../../../server/src/provenance/text';
import { readRegularFile } from '../../../server/src/files/regularFile';
import { writeFileAtomically } from '../../../server/src/files/atomicWrite';
import type { HookAgent, ToolEvent } from './payload';

/**
 * What an agent wrote, recorded in the repository's provenance store from the file before and
 * after the tool ran. "Before" comes from the PreToolUse call of the same tool use (a snapshot kept
 * beside the store until the PostToolUse call reads it), else from the payload itself; without
 * either nothing is recorded, rather than guessed.
 */

/** Files larger than this are neither snapshotted nor recorded (findings are still reported). */
const MAX_RECORDED_BYTES = 4 * 1024 * 1024;
/** Snapshots whose PostToolUse never came (a denied or failed tool) are removed after this. */
const STALE_SNAPSHOT_MS = 60 * 60 * 1000;
const UNREADABLE = Symbol('unreadable');

interface Snapshot {
  file: string;
  /** The text before the tool ran; null when the file did not exist. */
  text: string | null;
}

/**
 * The record a file's lines go to: that of the agent's project folder (its cwd, which is the
 * editor's workspace folder too) when the file is inside it, else that of the file's own folder.
 */
function storeFor(event: ToolEvent, file: string): StoreLocation {
  const inside = !path.relative(event.cwd, file).startsWith('..') && !path.isAbsolute(path.relative(event.cwd, file));
  return provenanceStoreFor(inside ? event.cwd : path.dirname(file));
}

const snapshotDir = (event: ToolEvent, file: string) => path.join(path.dirname(storeFor(event, file).file), 'hook-snapshots');
const snapshotFile = (event: ToolEvent, file: string) =>
  path.join(snapshotDir(event, file), `${sha256(`${event.toolUseId ?? ''}\0${file}`)}.json`);

/** PreToolUse: keeps each file's current text for the PostToolUse call of the same tool use. */
export function snapshotBefore(event: ToolEvent): void {
  for (const file of event.files) {
    const current = readText(file);
    if (current === UNREADABLE) continue;
    const target = snapshotFile(event, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    removeStaleSnapshots(path.dirname(target));
    const snapshot: Snapshot = { file, text: current };
    writeFileAtomically(target, JSON.stringify(snapshot));
  }
}

/**
 * PostToolUse: records the lines each file gained, as the agent's, in the repository store.
 * Returns the files written without a known "before" (scanned only, not recorded).
 */
export function recordAfter(event: ToolEvent, agent: HookAgent): string[] {
  const unknownBefore: string[] = [];
  for (const file of event.files) {
    const after = readText(file);
    const before = takeSnapshot(event, file) ?? event.before.get(file);
    if (after === UNREADABLE || after === null) continue;
    if (before === undefined) {
      unknownBefore.push(file);
      continue;
    }
    const location = storeFor(event, file);
    const key = path.relative(location.root, file).split(path.sep).join('/');
    new ProvenanceStore(location.file).update((data) => {
      const entry = recordAgentEdit(key, data.files[key], before, after, {
        agent: agent === 'claude-code' ? 'claude-code' : 'vscode-agent',
        source: [event.tool, event.toolUseId].filter(Boolean).join(' '),
      });
      if (entry) setFileEntry(data, key, entry);
    });
  }
  return unknownBefore;
}

/** The file's text; null when it does not exist; UNREADABLE for anything else (too large, binary, not a file). */
function readText(file: string): string | null | typeof UNREADABLE {
  if (!fs.existsSync(file)) return null;
  const read = readRegularFile(file, MAX_RECORDED_BYTES);
  if (!read.ok || read.bytes.includes(0)) return UNREADABLE;
  return read.bytes.toString('utf8');
}

/** The snapshot's text ('' for a file that did not exist), removing it; undefined when there is none. */
function takeSnapshot(event: ToolEvent, file: string): string | undefined {
  const target = snapshotFile(event, file);
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(fs.readFileSync(target, 'utf8')) as Snapshot;
    fs.unlinkSync(target);
  } catch {
    return undefined;
  }
  if (snapshot.file !== file) return undefined;
  return snapshot.text ?? '';
}

function removeStaleSnapshots(dir: string): void {
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    try {
      if (now - fs.statSync(path.join(dir, name)).mtimeMs > STALE_SNAPSHOT_MS) fs.unlinkSync(path.join(dir, name));
    } catch {
      // removed by another hook meanwhile
    }
  }
}
