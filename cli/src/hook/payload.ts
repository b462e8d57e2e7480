import * as path from 'path';

/**
 * The hook payloads of the agents `vetted hook` serves, read into one shape. Both arrive as JSON
 * on standard input, once before a tool runs (PreToolUse) and once after (PostToolUse):
 * - Claude Code (`--agent claude-code`): `hook_event_name`, `tool_name` (Edit, Write, MultiEdit),
 *   `tool_input.file_path`, `tool_use_id`, `cwd`; after an edit, `tool_response` may carry the
 *   file's text before the edit (`originalFile`) or say it created the file (`type: "create"`).
 * - VS Code agent hooks (`--agent vscode`, `.github/hooks/*.json`; Copilot CLI reads the same files and, for
 *   PascalCase event names, sends the same snake_case payload): `hookEventName`, `tool_name`
 *   (its edit tools: editFiles, createFile, replaceString, multiReplaceString, insertEdit,
 *   applyPatch…), `tool_input` naming the files in one of several fields, `tool_use_id`, `cwd`.
 */
export type HookAgent = 'claude-code' | 'vscode';
export const HOOK_AGENTS: HookAgent[] = ['claude-code', 'vscode'];

export interface ToolEvent {
  phase: 'pre' | 'post';
  tool: string;
  toolUseId?: string;
  cwd: string;
  /** Absolute paths of the files the tool writes. */
  files: string[];
  /** A file's text before the edit, when the payload itself carries it ('' for a file it created). */
  before: Map<string, string>;
}

export class HookPayloadError extends Error {}

const CLAUDE_CODE_FILE_TOOLS = new Set(['Edit', 'Write', 'MultiEdit']);
/** VS Code's edit tools are many and renamed between releases: a tool whose name says it writes, and whose input names files. */
const VSCODE_WRITING_TOOL = /edit|write|create|replace|insert|patch/i;

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const text = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

/** The tool event of a payload, or undefined when it is about something else (another event or tool). */
export function toolEventOf(agent: HookAgent, raw: string): ToolEvent | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch (error) {
    throw new HookPayloadError(`the hook payload on standard input is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(payload)) throw new HookPayloadError('the hook payload on standard input is not a JSON object');
  const eventName = text(payload.hook_event_name) ?? text(payload.hookEventName) ?? 'PostToolUse';
  const phase = eventName === 'PreToolUse' ? 'pre' : eventName === 'PostToolUse' ? 'post' : undefined;
  const tool = text(payload.tool_name);
  if (!phase || !tool) return undefined;
  const cwd = text(payload.cwd) ?? process.cwd();
  const input = isObject(payload.tool_input) ? payload.tool_input : {};
  const response = payload.tool_response;
  const toolUseId = text(payload.tool_use_id);
  const before = new Map<string, string>();
  let files: string[];
  if (agent === 'claude-code') {
    if (!CLAUDE_CODE_FILE_TOOLS.has(tool)) return undefined;
    const file = text(input.file_path);
    if (!file) throw new HookPayloadError(`the ${tool} payload has no tool_input.file_path`);
    files = [path.resolve(cwd, file)];
    if (isObject(response)) {
      if (typeof response.originalFile === 'string') before.set(files[0], response.originalFile);
      else if (response.type === 'create') before.set(files[0], '');
    }
  } else {
    if (!VSCODE_WRITING_TOOL.test(tool)) return undefined;
    files = [...new Set(namedFiles(input).map((f) => path.resolve(cwd, f.startsWith('file://') ? fileUrlPath(f) : f)))];
    if (files.length === 0) return undefined;
  }
  return { phase, tool, toolUseId, cwd, files, before };
}

/** The files a VS Code tool's input names: `filePath`/`file_path`/`path`/`uri`, `files`, `replacements[]`, or an apply-patch text. */
function namedFiles(input: Json): string[] {
  const out: string[] = [];
  const one = (x: unknown) => {
    if (typeof x === 'string' && x !== '') out.push(x);
    else if (isObject(x))
      for (const k of ['filePath', 'file_path', 'path', 'uri']) if (typeof x[k] === 'string' && x[k] !== '') out.push(x[k]);
  };
  one(input);
  for (const list of [input.files, input.replacements, input.edits]) if (Array.isArray(list)) for (const item of list) one(item);
  for (const key of ['input', 'patch'])
    if (typeof input[key] === 'string') for (const m of input[key].matchAll(/^\*\*\* (?:Update|Add) File: (.+)$/gm)) out.push(m[1].trim());
  return out;
}

function fileUrlPath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

export interface HookFinding {
  line: number;
  severity: string;
  ruleId: string;
  message: string;
  fix?: string;
}

/**
 * The reply after an edit, the same for both agents: `decision: "block"` with a `reason` puts the
 * findings at or above the threshold in front of the agent (the edit has happened; "block" means
 * it must deal with them before going on); below it, `hookSpecificOutput.additionalContext` adds
 * them to the agent's context without blocking.
 */
export function replyFor(findings: { file: string; blocking: HookFinding[]; others: HookFinding[] }[]): object | undefined {
  const list = (pick: 'blocking' | 'others') =>
    findings
      .flatMap(({ file, ...f }) =>
        f[pick].map((x) => `- ${file}:${x.line} [${x.severity}] ${x.ruleId}: ${x.message}${x.fix ? ` Quick fix: ${x.fix}.` : ''}`),
      )
      .join('\n');
  const blocking = findings.reduce((n, f) => n + f.blocking.length, 0);
  const others = findings.reduce((n, f) => n + f.others.length, 0);
  if (blocking > 0) {
    const rest = others > 0 ? `\n\nAlso worth fixing:\n${list('others')}` : '';
    return {
      decision: 'block',
      reason: `Vetted found ${blocking} security issue(s) in the code just written. Fix them before going on:\n${list('blocking')}${rest}`,
    };
  }
  if (others > 0) {
    return {
      hookSpecificOutput: {
        hookEventName: 'PostToolUse',
        additionalContext: `Vetted found ${others} lower-severity security issue(s) in the code just written:\n${list('others')}`,
      },
    };
  }
  return undefined;
}
