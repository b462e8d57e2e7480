import { randomUUID } from 'crypto';
import type { ProvenanceKind, ProvenanceRegion } from './format';

/**
 * AI line ranges of one file that another tool attributed: git-ai notes (`aiLinesFromGitNotes`) or
 * Agent Trace records (`aiLines`) give them in this shape.
 */
export interface ImportedLineRange {
  /** 1-based, inclusive, in the file's current text. */
  start_line: number;
  end_line: number;
  /** `mixed`: AI-written text a person changed since (imported as `ai-modified`). Default `ai`. */
  contributor?: 'ai' | 'mixed';
  /** Where the attribution came from (e.g. `refs/notes/ai@<commit>` or a trace record's id); kept as the region's `source`. */
  traceId?: string;
  /** The tool or agent the source names (e.g. `claude-code`), when it names one. */
  agent?: string;
  /** How the text arrived, when the source says (`agent` for an agent's session). */
  kind?: ProvenanceKind;
}

export interface ImportOptions {
  /** The regions' acceptance time (ISO 8601): e.g. the commit's time, or the import's. */
  acceptedAt: string;
  /** Region ids; default random UUIDs, as the extension gives. */
  newId?: () => string;
}

/** The stored schema's limit on a region's `agent`. */
const MAX_AGENT_LENGTH = 200;

/**
 * Provenance regions for a file's current text from another tool's AI line ranges: one region per
 * run of consecutive lines with the same attribution, from the first non-blank character of its
 * first line to the end of its last line (before the line break), signal `imported`, confidence
 * high. Where ranges overlap, a line belongs to the first range that lists it. Ranges are clipped
 * to the text; lines past its end, runs of blank lines and malformed ranges give no region.
 */
export function importedRegions(text: string, ranges: ImportedLineRange[], options: ImportOptions): ProvenanceRegion[] {
  const lines = lineSpans(text);
  const owner: (number | undefined)[] = new Array<number | undefined>(lines.length).fill(undefined);
  ranges.forEach((range, index) => {
    const { start_line: from, end_line: to } = range;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) return;
    for (let n = from; n <= Math.min(to, lines.length); n++) if (owner[n - 1] === undefined) owner[n - 1] = index;
  });

  const key = (index: number) => {
    const r = ranges[index];
    return JSON.stringify([r.contributor ?? 'ai', r.traceId, r.agent, r.kind]);
  };
  const regions: ProvenanceRegion[] = [];
  for (let i = 0; i < lines.length;) {
    const index = owner[i];
    if (index === undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && owner[j + 1] !== undefined && key(owner[j + 1]!) === key(index)) j++;
    const end = lines[j].end;
    const start = firstNonBlank(text, lines[i].start, end);
    if (start !== undefined) regions.push(region(ranges[index], start, end, options));
    i = j + 1;
  }
  return regions;
}

function region(range: ImportedLineRange, start: number, end: number, options: ImportOptions): ProvenanceRegion {
  const result: ProvenanceRegion = {
    id: options.newId ? options.newId() : randomUUID(),
    start,
    end,
    state: range.contributor === 'mixed' ? 'ai-modified' : 'ai',
    signal: 'imported',
    confidence: 'high',
    acceptedAt: options.acceptedAt,
  };
  if (range.traceId) result.source = range.traceId;
  if (range.kind) result.kind = range.kind;
  if (range.agent) result.agent = range.agent.slice(0, MAX_AGENT_LENGTH);
  return result;
}

/** Each line's UTF-16 offsets: where it starts, and where its text ends (before "\n" or "\r\n"). */
function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      spans.push({ start, end: text.length });
      break;
    }
    spans.push({ start, end: nl > start && text[nl - 1] === '\r' ? nl - 1 : nl });
    start = nl + 1;
  }
  return spans;
}

function firstNonBlank(text: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) return i;
  return undefined;
}
