import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { AgentTraceConversation, AgentTraceFile, AgentTraceRange, AgentTraceRecord, StoredProvenance, StoredRegion } from './format';
import { AGENT_TRACE_METADATA_KEY, AGENT_TRACE_VERSION } from './format';
import { SAFE_DIFF_OPTIONS, safeGit } from '../vcs/git';
import { readRegularFile } from '../files/regularFile';
import { sha256, uniqueOccurrence } from './text';
import { VERSION } from '../version';
import { normalizeTracePath } from './tracePath';

/** Workspace files larger than this are not read for an export (their regions are skipped). */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** Per exported region: how it was detected, and where it is now. No code text. */
export interface ExportedRegion {
  path: string;
  id: string;
  state: StoredRegion['state'];
  signal: StoredRegion['signal'];
  confidence: StoredRegion['confidence'];
  acceptedAt: string;
  startLine: number;
  endLine: number;
  /** True when the file changed since it was stored and the region was found again by its text. */
  relocated: boolean;
}

export interface SkippedRegion {
  path: string;
  id: string;
  reason: string;
}

/** A finding in a file with AI ranges (`--scan`). No message: messages quote code. */
export interface ExportedFinding {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  aiAccepted: boolean;
}

/** What Vetted puts under `metadata["dev.vetted"]` of an exported record. */
export interface VettedTraceMetadata {
  regions: ExportedRegion[];
  counts: { exported: number; relocated: number; skipped: number; lost: number };
  skipped: SkippedRegion[];
  findings?: ExportedFinding[];
}

export interface ExportOptions {
  /** The folder the stored paths are relative to (the workspace folder). */
  root: string;
  /** Commit the line numbers refer to; undefined: HEAD of `root` when it is in a git repository. */
  revision?: string;
}

export interface ExportResult {
  record: AgentTraceRecord;
  metadata: VettedTraceMetadata;
  /** Files whose working-tree text differs from the commit in `vcs` (only checked when the revision came from git). */
  uncommitted: string[];
}

/**
 * Turns the extension's stored provenance into one Agent Trace record. Line ranges come from the
 * current text of each file under `root`: when the file changed since it was stored (its sha256
 * differs), each region is found again by its stored text; regions that cannot be found, or whose
 * text now occurs several times, are skipped and counted. The record holds line numbers and hashes only, never code.
 */
export function exportAgentTrace(store: StoredProvenance, options: ExportOptions): ExportResult {
  const metadata: VettedTraceMetadata = { regions: [], counts: { exported: 0, relocated: 0, skipped: 0, lost: 0 }, skipped: [] };
  const byPath = new Map<string, { text: string; ranges: Record<'ai' | 'mixed', { start: number; end: number }[]> }>();
  const entries = Object.values(store.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const entry of entries) {
    const rel = normalizeTracePath(entry.path);
    metadata.counts.lost += entry.lost.length;
    const skip = (region: StoredRegion, reason: string) => {
      metadata.skipped.push({ path: rel, id: region.id, reason });
      metadata.counts.skipped++;
    };
    if (rel === '' || rel === '.' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
      for (const region of entry.regions) skip(region, 'path is outside --root');
      continue;
    }
    // The stored path names a file in the (untrusted) workspace: never open a FIFO or device there.
    const read = readRegularFile(path.join(options.root, rel), MAX_SOURCE_BYTES);
    if (!read.ok) {
      const reason = fs.existsSync(path.join(options.root, rel)) ? `cannot read the file: ${read.reason}` : 'file not found';
      for (const region of entry.regions) skip(region, reason);
      continue;
    }
    const text = read.bytes.toString('utf8');
    const unchanged = sha256(text) === entry.contentHash;
    const lf = text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
    for (const region of entry.regions) {
      const place = locate(text, lf, region, unchanged);
      if (typeof place === 'string') {
        skip(region, place);
        continue;
      }
      const startLine = lineOf(place.text, place.start);
      const endLine = lineOf(place.text, place.end > place.start ? place.end - 1 : place.start);
      const file = byPath.get(rel) ?? { text, ranges: { ai: [], mixed: [] } };
      file.ranges[region.state === 'ai' ? 'ai' : 'mixed'].push({ start: startLine, end: endLine });
      byPath.set(rel, file);
      metadata.regions.push({
        path: rel,
        id: region.id,
        state: region.state,
        signal: region.signal,
        confidence: region.confidence,
        acceptedAt: region.acceptedAt,
        startLine,
        endLine,
        relocated: place.relocated,
      });
      metadata.counts.exported++;
      if (place.relocated) metadata.counts.relocated++;
    }
  }

  const files: AgentTraceFile[] = [];
  for (const [rel, { text, ranges }] of byPath) {
    const lines = text.split(/\r?\n/);
    const conversations: AgentTraceConversation[] = [];
    for (const type of ['ai', 'mixed'] as const) {
      const merged = mergeRanges(ranges[type]);
      if (merged.length === 0) continue;
      conversations.push({
        contributor: { type },
        ranges: merged.map(({ start, end }): AgentTraceRange => ({
          start_line: start,
          end_line: end,
          content_hash: linesHash(lines, start, end),
        })),
      });
    }
    files.push({ path: rel, conversations });
  }

  const revision = options.revision ?? gitHead(options.root);
  const record: AgentTraceRecord = {
    version: AGENT_TRACE_VERSION,
    id: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    ...(revision ? { vcs: { type: 'git' as const, revision } } : {}),
    tool: { name: 'vetted', version: VERSION },
    files,
    metadata: { [AGENT_TRACE_METADATA_KEY]: metadata },
  };
  const uncommitted =
    revision && !options.revision
      ? changedSinceHead(
          options.root,
          files.map((f) => f.path),
        )
      : [];
  return { record, metadata, uncommitted };
}

/**
 * `"sha256:<hex>"` of lines `start`..`end` (1-based, inclusive) of a file: the lines' text without
 * their line terminators, joined with "\n" — the same for LF and CRLF checkouts.
 */
export function linesHash(lines: string[], start: number, end: number): string {
  return `sha256:${sha256(lines.slice(start - 1, end).join('\n'))}`;
}

type Place = { text: string; start: number; end: number; relocated: boolean };

/**
 * Where a stored region is in the current text, or why it cannot be placed. As the extension does
 * when it restores regions, a moved region is never guessed: its text must occur exactly once.
 */
function locate(text: string, lf: string, region: StoredRegion, unchanged: boolean): Place | string {
  if (region.text === '') return 'empty region';
  if (sha256(region.text) !== region.textHash) return 'stored text does not match its hash';
  if (unchanged && text.slice(region.start, region.end) === region.text)
    return { text, start: region.start, end: region.end, relocated: false };
  let found = uniqueOccurrence(text, region.text);
  if (found === 'none') {
    // Line endings may differ from when it was stored (e.g. a CRLF checkout): line numbers are the same in LF text.
    const needle = region.text.replace(/\r\n/g, '\n');
    found = uniqueOccurrence(lf, needle);
    if (typeof found === 'number') return { text: lf, start: found, end: found + needle.length, relocated: true };
  }
  if (typeof found === 'number') return { text, start: found, end: found + region.text.length, relocated: true };
  return found === 'several' ? 'text occurs more than once in the current file' : 'text not found in the current file';
}

/** 1-based line of a UTF-16 offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function mergeRanges(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** HEAD's commit when `root` is in a git repository with at least one commit. */
function gitHead(root: string): string | undefined {
  const head = safeGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  return head && /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
}

/** Of the given paths (relative to root), those whose working-tree text differs from HEAD or that HEAD lacks. */
function changedSinceHead(root: string, files: string[]): string[] {
  if (files.length === 0) return [];
  const modified = safeGit(root, ['diff', ...SAFE_DIFF_OPTIONS, '--name-only', '-z', '--relative', 'HEAD', '--', ...files]);
  const untracked = safeGit(root, ['ls-files', '--others', '-z', '--', ...files]);
  if (modified === undefined || untracked === undefined) return [];
  const changed = new Set([...modified.split('\0'), ...untracked.split('\0')].filter(Boolean));
  return files.filter((f) => changed.has(f));
}
