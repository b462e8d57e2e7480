import { createHash } from 'crypto';
import type { ExportedRegion } from './export';
import type { ProvenanceKind, RegionState, StoredProvenance, StoredRegion } from './format';
import { normalizeTracePath } from './tracePath';

/**
 * Git AI authorship logs (Git AI Standard 3.0.0, "authorship/3.0.0"), as git-ai writes them in git
 * notes under refs/notes/ai: one note per commit, listing per file the lines of that commit's
 * version an AI session wrote.
 *
 *     src/app.js
 *       1f0c3a9b2d4e5f60 3-6,9
 *     ---
 *     { "schema_version": "authorship/3.0.0", "base_commit_sha": "<commit>", "prompts": { "1f0c3a9b2d4e5f60": { ... } } }
 *
 * Each entry's hash is the first 16 hex digits of sha256("<tool>:<session id>") and names a prompt
 * record in the metadata. Vetted writes its own records with `agent_id.tool` "vetted", line numbers
 * only (no code, no prompts), and merges them into a note another tool already wrote without
 * changing that tool's entries or records.
 */

export const AUTHORSHIP_SCHEMA_VERSION = 'authorship/3.0.0';
/** `agent_id.tool` of the prompt records Vetted writes. */
export const VETTED_TOOL = 'vetted';

export class AuthorshipLogError extends Error {}

/** Who wrote a group of lines, as Vetted knows it: one prompt record per source. */
export interface AttributionSource {
  /** `agent_id.id`: stable for the same kind of source, so its hash is too (e.g. `chat:copilot`). */
  id: string;
  /** `agent_id.model`: the agent or model when the evidence names one, else `unknown`. */
  model: string;
  /** `custom_attributes` of the record (strings only, as git-ai reads them). */
  attributes: Record<string, string>;
}

/** AI lines of one file, 1-based line numbers of the commit's version, from one source. */
export interface NoteLines {
  /** Path relative to the repository's top folder, forward slashes. */
  path: string;
  source: AttributionSource;
  lines: number[];
}

/** What a region tells about its source: how it arrived and who wrote it. */
export interface RegionOrigin {
  state: RegionState;
  kind?: ProvenanceKind;
  agent?: string;
}

/**
 * The prompt record a region's lines go under. Regions that arrived the same way from the same
 * agent share one; text a person edited after accepting it (`ai-modified`) has its own, so a reader
 * of the note can tell the two apart.
 */
export function attributionSource(region: RegionOrigin, vettedVersion: string): AttributionSource {
  const id = [region.kind ?? 'ai', region.agent, region.state === 'ai-modified' ? 'edited' : undefined].filter(Boolean).join(':');
  const attributes: Record<string, string> = { vetted_version: vettedVersion, vetted_state: region.state };
  if (region.kind) attributes.vetted_kind = region.kind;
  return { id, model: region.agent ?? 'unknown', attributes };
}

/** The entry hash of a session: the first 16 hex digits of sha256("<tool>:<id>"). */
export function sessionHash(tool: string, id: string): string {
  return createHash('sha256').update(`${tool}:${id}`, 'utf8').digest('hex').slice(0, 16);
}

/** Line numbers as an authorship log writes them: ascending, runs as `a-b`, comma-separated (`1-3,7`). */
export function formatLineRanges(lines: Iterable<number>): string {
  const sorted = [...new Set(lines)].filter((n) => Number.isInteger(n) && n >= 1).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The line numbers of a range specification (`1-3,7`); parts that are not numbers or runs are ignored. */
export function parseLineRanges(spec: string): number[] {
  const lines: number[] = [];
  for (const part of spec.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from || to - from > 1_000_000) continue;
    for (let n = from; n <= to; n++) lines.push(n);
  }
  return lines;
}

interface Entry {
  hash: string;
  /** Kept as written, so another tool's entries are written back unchanged. */
  ranges: string;
}

interface FileAttestation {
  path: string;
  entries: Entry[];
}

interface ParsedLog {
  files: FileAttestation[];
  metadata: Record<string, unknown> & { prompts: Record<string, unknown> };
}

/**
 * Reads a whole authorship log: the attestation section as written, and the metadata JSON. Throws an
 * AuthorshipLogError when the text is not an authorship/3.x log, so that a note Vetted does not
 * understand is never rewritten.
 */
function parseLog(text: string): ParsedLog {
  const lines = text.split(/\r?\n/);
  const divider = lines.indexOf('---');
  if (divider < 0) throw new AuthorshipLogError('it has no "---" line between the attestations and the metadata');
  let metadata: unknown;
  try {
    metadata = JSON.parse(lines.slice(divider + 1).join('\n'));
  } catch {
    throw new AuthorshipLogError('its metadata (after "---") is not JSON');
  }
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
    throw new AuthorshipLogError('its metadata (after "---") is not a JSON object');
  const meta = metadata as Record<string, unknown>;
  if (typeof meta.schema_version !== 'string' || !/^authorship\/3\./.test(meta.schema_version))
    throw new AuthorshipLogError(`its schema_version is ${JSON.stringify(meta.schema_version)}, not ${AUTHORSHIP_SCHEMA_VERSION}`);
  const prompts = meta.prompts ?? {};
  if (typeof prompts !== 'object' || prompts === null || Array.isArray(prompts))
    throw new AuthorshipLogError('its metadata "prompts" is not a JSON object');
  meta.prompts = prompts;

  const files: FileAttestation[] = [];
  for (const line of lines.slice(0, divider)) {
    const trimmed = line.trimEnd();
    if (trimmed === '') continue;
    if (trimmed.startsWith('  ')) {
      const m = /^ {2}(\S+) (\S+)$/.exec(trimmed);
      const file = files[files.length - 1];
      if (!m || !file)
        throw new AuthorshipLogError(`its attestation line ${JSON.stringify(trimmed)} is not "  <hash> <lines>" under a file`);
      file.entries.push({ hash: m[1], ranges: m[2] });
      continue;
    }
    const quoted = trimmed.length > 1 && trimmed.startsWith('"') && trimmed.endsWith('"');
    files.push({ path: quoted ? trimmed.slice(1, -1) : trimmed, entries: [] });
  }
  return { files: files.filter((f) => f.entries.length > 0), metadata: meta as ParsedLog['metadata'] };
}

function serializeLog(log: ParsedLog): string {
  let out = '';
  for (const file of log.files) {
    if (file.entries.length === 0) continue;
    out += (/[ \t\n]/.test(file.path) ? `"${file.path}"` : file.path) + '\n';
    for (const e of file.entries) out += `  ${e.hash} ${e.ranges}\n`;
  }
  return `${out}---\n${JSON.stringify(log.metadata, null, 2)}\n`;
}

function isVettedRecord(record: unknown): boolean {
  const agent = (record as { agent_id?: { tool?: unknown } } | null)?.agent_id;
  return typeof agent === 'object' && agent !== null && agent.tool === VETTED_TOOL;
}

export interface NoteResult {
  /** The note to attach to the commit. */
  text: string;
  /** Lines Vetted attributes in the note (after leaving out lines another tool attributes). */
  vettedLines: number;
  /** Entries of other tools kept from the existing note. */
  keptEntries: number;
  /** Lines Vetted knows as AI-written that another tool's entry already covers (left to that tool). */
  leftToOthers: number;
}

/**
 * The authorship log to attach to `commit` with Vetted's lines, merged into `existing` (the note the
 * commit already has, if any). Another tool's entries and metadata are kept as they are; its lines
 * are not claimed again (git-ai lets the later entry win a line, so Vetted's would take them over).
 * Vetted's own entries for the files in `lines` are replaced (an export run again does not add
 * twice); its entries for other files are kept. Throws an AuthorshipLogError when `existing` is not
 * an authorship/3.x log.
 */
export function authorshipNote(commit: string, lines: NoteLines[], existing?: string): NoteResult {
  const log: ParsedLog = existing?.trim()
    ? parseLog(existing)
    : { files: [], metadata: { schema_version: AUTHORSHIP_SCHEMA_VERSION, base_commit_sha: commit, prompts: {} } };
  const prompts = log.metadata.prompts;
  const vettedHashes = new Set(Object.keys(prompts).filter((h) => isVettedRecord(prompts[h])));
  const ours = new Set(lines.map((l) => l.path));

  // Vetted's earlier entries for these files go; everyone else's stay, and keep their lines.
  let keptEntries = 0;
  const taken = new Map<string, Set<number>>();
  for (const file of log.files) {
    if (ours.has(file.path)) file.entries = file.entries.filter((e) => !vettedHashes.has(e.hash));
    for (const e of file.entries) {
      if (vettedHashes.has(e.hash)) continue;
      keptEntries++;
      const set = taken.get(file.path) ?? new Set<number>();
      for (const n of parseLineRanges(e.ranges)) set.add(n);
      taken.set(file.path, set);
    }
  }

  // Merge Vetted's lines per file and source, then add them after the entries already there.
  const bySource = new Map<string, { source: AttributionSource; files: Map<string, Set<number>> }>();
  let leftToOthers = 0;
  for (const { path, source, lines: numbers } of lines) {
    const hash = sessionHash(VETTED_TOOL, source.id);
    const group = bySource.get(hash) ?? { source, files: new Map<string, Set<number>>() };
    bySource.set(hash, group);
    const set = group.files.get(path) ?? new Set<number>();
    for (const n of numbers) {
      if (!Number.isInteger(n) || n < 1) continue;
      if (taken.get(path)?.has(n)) leftToOthers++;
      else set.add(n);
    }
    group.files.set(path, set);
  }
  // A line claimed by two of Vetted's sources goes to the first (one line, one author).
  const claimed = new Map<string, Set<number>>();
  for (const [hash, { source, files }] of bySource) {
    for (const [path, set] of files) {
      const already = claimed.get(path) ?? new Set<number>();
      const mine = [...set].filter((n) => !already.has(n));
      for (const n of mine) already.add(n);
      claimed.set(path, already);
      if (mine.length === 0) continue;
      let file = log.files.find((f) => f.path === path);
      if (!file) {
        file = { path, entries: [] };
        log.files.push(file);
      }
      file.entries.push({ hash, ranges: formatLineRanges(mine) });
    }
    prompts[hash] = promptRecord(source);
  }

  // Vetted's records: drop those no entry uses any more, count the lines of the others.
  const counts = new Map<string, number>();
  for (const file of log.files)
    for (const e of file.entries) counts.set(e.hash, (counts.get(e.hash) ?? 0) + parseLineRanges(e.ranges).length);
  let vettedLines = 0;
  for (const hash of Object.keys(prompts)) {
    if (!isVettedRecord(prompts[hash])) continue;
    const count = counts.get(hash) ?? 0;
    if (count === 0) {
      delete prompts[hash];
      continue;
    }
    const record = prompts[hash] as Record<string, unknown>;
    record.total_additions = count;
    record.accepted_lines = count;
    vettedLines += count;
  }
  return { text: serializeLog(log), vettedLines, keptEntries, leftToOthers };
}

/**
 * A prompt record as git-ai writes one. Vetted has no conversation to record: `messages` is empty
 * (older git-ai versions require the field) and no human author is named.
 */
function promptRecord(source: AttributionSource): Record<string, unknown> {
  return {
    agent_id: { tool: VETTED_TOOL, id: source.id, model: source.model },
    human_author: null,
    messages: [],
    total_additions: 0,
    total_deletions: 0,
    accepted_lines: 0,
    overriden_lines: 0, // sic: the field name git-ai reads
    custom_attributes: source.attributes,
  };
}

/** One placed region's lines, with the source its lines go under. */
export interface RegionLines {
  /** Relative to the store's folder, forward slashes. */
  path: string;
  source: AttributionSource;
  /** 1-based, inclusive, in the file's current text. */
  startLine: number;
  endLine: number;
  /** When the region was accepted (ISO 8601), as stored. */
  acceptedAt: string;
}

/** The AI lines of a store's placed regions, and what was left out. */
export interface StoreLines {
  regions: RegionLines[];
  /** Regions left out because their detection was a low-confidence guess (a note has no confidence). */
  lowConfidence: number;
}

/**
 * The AI lines of the regions an export placed (`exportAgentTrace`'s `metadata.regions`), each with
 * the source it goes under (kind and agent come from the stored region). Low-confidence regions (the
 * large-insertion heuristic) are left out: in a note every line is plainly AI-written, and Vetted
 * never lets such a guess raise a finding on its own.
 */
export function storeLines(
  store: StoredProvenance,
  placed: Pick<ExportedRegion, 'path' | 'id' | 'startLine' | 'endLine' | 'confidence'>[],
  vettedVersion: string,
): StoreLines {
  const stored = new Map<string, StoredRegion>();
  for (const entry of Object.values(store.files))
    for (const region of entry.regions) stored.set(`${normalizeTracePath(entry.path)}\0${region.id}`, region);
  const regions: RegionLines[] = [];
  let lowConfidence = 0;
  for (const r of placed) {
    const region = stored.get(`${r.path}\0${r.id}`);
    if (!region) continue;
    if (r.confidence !== 'high') {
      lowConfidence++;
      continue;
    }
    regions.push({
      path: r.path,
      source: attributionSource(region, vettedVersion),
      startLine: r.startLine,
      endLine: r.endLine,
      acceptedAt: region.acceptedAt,
    });
  }
  return { regions, lowConfidence };
}
