import * as path from 'path';

/**
 * Claude Code's hook protocol, PostToolUse event: the payload arrives as JSON on standard input,
 * and a JSON reply on standard output with `decision: "block"` puts `reason` in front of the agent
 * (the edit has happened; "block" means the agent must deal with the reason before going on).
 * `hookSpecificOutput.additionalContext` adds text to the agent's context without blocking.
 */
export interface PostToolUsePayload {
  hook_event_name?: string;
  tool_name?: string;
  cwd?: string;
  tool_input?: { file_path?: string; edits?: unknown[] };
}

/** The tools that write files, and so the payloads worth scanning. */
const FILE_TOOLS = new Set(['Edit', 'Write', 'MultiEdit']);

export class HookPayloadError extends Error {}

/** The absolute path of the file the tool wrote, or undefined when the payload is about something else. */
export function editedFile(raw: string): { file: string; cwd: string } | undefined {
  let payload: PostToolUsePayload;
  try {
    payload = JSON.parse(raw) as PostToolUsePayload;
  } catch (error) {
    throw new HookPayloadError(`the hook payload on standard input is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof payload !== 'object' || payload === null)
    throw new HookPayloadError('the hook payload on standard input is not a JSON object');
  if (payload.hook_event_name !== undefined && payload.hook_event_name !== 'PostToolUse') return undefined;
  if (!payload.tool_name || !FILE_TOOLS.has(payload.tool_name)) return undefined;
  const file = payload.tool_input?.file_path;
  if (typeof file !== 'string' || file === '') throw new HookPayloadError(`the ${payload.tool_name} payload has no tool_input.file_path`);
  const cwd = typeof payload.cwd === 'string' && payload.cwd !== '' ? payload.cwd : process.cwd();
  return { file: path.resolve(cwd, file), cwd };
}

export interface HookFinding {
  line: number;
  severity: string;
  ruleId: string;
  message: string;
  fix?: string;
}

/** The reply for Claude Code: block with the findings at or above the threshold, else add them as context. */
export function replyFor(file: string, blocking: HookFinding[], others: HookFinding[]): object | undefined {
  const list = (findings: HookFinding[]) =>
    findings.map((f) => `- ${file}:${f.line} [${f.severity}] ${f.ruleId}: ${f.message}${f.fix ? ` Quick fix: ${f.fix}.` : ''}`).join('\n');
  if (blocking.length > 0) {
    const rest = others.length > 0 ? `\n\nAlso worth fixing:\n${list(others)}` : '';
    return {
      decision: 'block',
      reason: `Vetted found ${blocking.length} security issue(s) in the code just written. Fix them before going on:\n${list(blocking)}${rest}`,
    };
  }
  if (others.length > 0) {
    return {
      hookSpecificOutput: {
        hookEventName: 'PostToolUse',
        additionalContext: `Vetted found ${others.length} lower-severity security issue(s) in the code just written:\n${list(others)}`,
      },
    };
  }
  return undefined;
}
