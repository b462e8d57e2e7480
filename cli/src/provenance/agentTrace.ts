import * as fs from 'fs';
import { readRegularFile } from '../../../server/src/files/regularFile';
import type { AgentTraceRecord, ProvenanceKind } from '../../../server/src/provenance/format';
import { UsageError } from '../fileWalker';
import { ajv, describeErrors, jsonErrorMessage } from './validation';
import type { Severity } from '../../../server/src/engine/rule';
import { normalizeTracePath } from '../../../server/src/provenance/tracePath';

/** The contributor types whose lines count as AI-accepted. */
export type AiContributor = 'ai' | 'mixed';

/** One AI-attributed line range of one file, from one trace record. */
export interface AiLineRange {
  /** 1-based, inclusive. */
  start_line: number;
  end_line: number;
  contributor: AiContributor;
  /** `id` of the record the range came from. */
  traceId: string;
  /** The agent that wrote the lines, when the source names one (git notes do). */
  agent?: string;
  /** How the lines arrived, when the source says (git notes do). */
  kind?: ProvenanceKind;
}

/** What a report says about a finding whose start line lies in an AI range. */
export interface AiProvenance {
  contributor: AiContributor;
  traceId: string;
  startLine: number;
  endLine: number;
  /** The rule's severity, when the finding is reported one step higher for being AI-accepted. */
  escalatedFrom?: Severity;
}

const contributor = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['human', 'ai', 'mixed', 'unknown'] },
    model_id: { type: 'string' },
  },
};

/**
 * Agent Trace 0.1 (https://github.com/cursor/agent-trace), as a reader should take it: the fields
 * Vetted relies on are checked; unknown fields are allowed (minor versions add optional fields).
 */
const traceSchema = {
  type: 'object',
  required: ['version', 'id', 'timestamp', 'files'],
  properties: {
    version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$' },
    id: { type: 'string', minLength: 1 },
    timestamp: { type: 'string', minLength: 1 },
    vcs: {
      type: 'object',
      required: ['type', 'revision'],
      properties: { type: { type: 'string', enum: ['git', 'jj', 'hg', 'svn'] }, revision: { type: 'string' } },
    },
    tool: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, version: { type: 'string' } } },
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'conversations'],
        properties: {
          path: { type: 'string', minLength: 1 },
          conversations: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ranges'],
              properties: {
                url: { type: 'string' },
                contributor,
                ranges: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['start_line', 'end_line'],
                    properties: {
                      start_line: { type: 'integer', minimum: 1 },
                      end_line: { type: 'integer', minimum: 1 },
                      content_hash: { type: 'string' },
                      contributor,
                    },
                  },
                },
                related: { type: 'array' },
              },
            },
          },
        },
      },
    },
    metadata: { type: 'object' },
  },
};

const validateTrace = ajv.compile<AgentTraceRecord>(traceSchema);

/** What is wrong with a value as an Agent Trace record, or undefined when it is a valid one. */
export function agentTraceProblem(value: unknown): string | undefined {
  if (!validateTrace(value)) return describeErrors(validateTrace.errors);
  const record = value;
  for (const [f, file] of record.files.entries()) {
    for (const [c, conversation] of file.conversations.entries()) {
      for (const [r, range] of conversation.ranges.entries()) {
        if (range.end_line < range.start_line) {
          const where = `files[${f}].conversations[${c}].ranges[${r}]`;
          return `${where} ends (end_line ${range.end_line}) before it starts (start_line ${range.start_line})`;
        }
      }
    }
  }
  return undefined;
}

/**
 * Reads an Agent Trace file holding exactly one record. Throws a UsageError naming the file and
 * the problem when it cannot be read, is not JSON, is not a valid record or holds several.
 */
export function readAgentTrace(file: string): AgentTraceRecord {
  const records = readAgentTraces(file);
  if (records.length !== 1) throw new UsageError(`Agent Trace file ${file}: expected one record, found ${records.length}`);
  return records[0];
}

/** Larger Agent Trace files are refused (a FIFO or a device always is). */
const MAX_AGENT_TRACE_BYTES = 256 * 1024 * 1024;

/**
 * Reads every Agent Trace record in a file: one JSON record, a JSON array of records, or JSON
 * Lines (one record per line). Throws a UsageError naming the file and the problem.
 */
export function readAgentTraces(file: string): AgentTraceRecord[] {
  if (!fs.existsSync(file)) throw new UsageError(`Agent Trace file not found: ${file}`);
  const read = readRegularFile(file, MAX_AGENT_TRACE_BYTES);
  if (!read.ok) throw new UsageError(`cannot read Agent Trace file ${file}: ${read.reason}`);
  return parseAgentTraces(read.bytes.toString('utf8'), file);
}

/** Parses the text of an Agent Trace file (see readAgentTraces); `name` is used in error messages. */
export function parseAgentTraces(text: string, name: string): AgentTraceRecord[] {
  const fail = (what: string) => new UsageError(`invalid Agent Trace file ${name}: ${what}`);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw fail('the file is empty');
  let whole: unknown;
  let wholeError: Error | undefined;
  try {
    whole = JSON.parse(body);
  } catch (error) {
    wholeError = error as Error;
  }
  if (!wholeError) {
    if (Array.isArray(whole)) {
      return whole.map((item, i) => {
        const problem = agentTraceProblem(item);
        if (problem) throw fail(`record ${i + 1}: ${problem}`);
        return item as AgentTraceRecord;
      });
    }
    const problem = agentTraceProblem(whole);
    if (problem) throw fail(problem);
    return [whole as AgentTraceRecord];
  }
  // Not one JSON value: JSON Lines, when there is more than one non-empty line.
  const lines = body.split(/\r?\n/);
  if (lines.filter((l) => l.trim() !== '').length < 2) throw fail(`not JSON (${jsonErrorMessage(wholeError)})`);
  const records: AgentTraceRecord[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      // A first line that is no JSON value means a broken JSON document, not JSON Lines.
      if (records.length === 0) throw fail(`not JSON (${jsonErrorMessage(wholeError)})`);
      throw fail(`line ${i + 1}: not JSON (${jsonErrorMessage(error)})`);
    }
    const problem = agentTraceProblem(value);
    if (problem) throw fail(`line ${i + 1}: ${problem}`);
    records.push(value as AgentTraceRecord);
  }
  return records;
}

/**
 * The AI-attributed line ranges of the records, per file path (forward slashes, relative; absolute
 * paths are made relative to `root`). A range counts when its contributor — its own, else its
 * conversation's — is `ai` or `mixed`; `human`, `unknown` and unattributed ranges do not.
 * Ranges keep the order of the records and of their files.
 */
export function aiLines(trace: AgentTraceRecord | AgentTraceRecord[], root?: string): Map<string, AiLineRange[]> {
  const byFile = new Map<string, AiLineRange[]>();
  for (const record of Array.isArray(trace) ? trace : [trace]) {
    for (const file of record.files) {
      const key = normalizeTracePath(file.path, root);
      for (const conversation of file.conversations) {
        for (const range of conversation.ranges) {
          // Agent Trace lets a range override its conversation's contributor (format.ts models only the latter).
          const type = (range as { contributor?: { type?: string } }).contributor?.type ?? conversation.contributor?.type;
          if (type !== 'ai' && type !== 'mixed') continue;
          const list = byFile.get(key) ?? [];
          list.push({ start_line: range.start_line, end_line: range.end_line, contributor: type, traceId: record.id });
          byFile.set(key, list);
        }
      }
    }
  }
  return byFile;
}

/** The first AI range of `file` (a normalised relative path) that holds the 1-based `line`. */
export function aiRangeAt(lines: Map<string, AiLineRange[]>, file: string, line: number): AiLineRange | undefined {
  return lines.get(file)?.find((r) => r.start_line <= line && line <= r.end_line);
}
