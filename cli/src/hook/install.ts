import * as fs from 'fs';
import * as path from 'path';
import type { HookAgent } from './payload';
import { writeFileAtomically } from '../../../server/src/files/atomicWrite';

/** The command each agent runs before and after a file edit: the project's own vetted-cli, never a download. */
export const CLAUDE_CODE_HOOK_COMMAND = '"$CLAUDE_PROJECT_DIR/node_modules/.bin/vetted" hook --agent claude-code';
/** VS Code runs hook commands in the repository root. */
export const VSCODE_HOOK_COMMAND = 'node_modules/.bin/vetted hook --agent vscode';
const CLAUDE_CODE_MATCHER = 'Edit|Write|MultiEdit';
/** Both events: before the tool runs (the file's text is kept) and after (lines recorded, file scanned). */
const EVENTS = ['PreToolUse', 'PostToolUse'] as const;

export class HookInstallError extends Error {}

interface HookCommand {
  type?: string;
  command?: string;
  bash?: string;
}
interface ClaudeCodeEntry {
  matcher?: string;
  hooks?: HookCommand[];
}

/** Where each agent's hook configuration lives under the project folder. */
export function hookConfigFile(agent: HookAgent, root: string): string {
  return agent === 'claude-code' ? path.join(root, '.claude', 'settings.json') : path.join(root, '.github', 'hooks', 'vetted.json');
}

/**
 * Adds Vetted's PreToolUse and PostToolUse hooks to the agent's configuration under `root`,
 * keeping everything else in the file: `.claude/settings.json` for Claude Code,
 * `.github/hooks/vetted.json` for VS Code agents (which Copilot CLI also reads). Running it twice changes nothing; a file that is
 * not a JSON object is left alone (an error).
 */
export function installHook(agent: HookAgent, root: string): { file: string; changed: boolean } {
  const file = hookConfigFile(agent, root);
  const settings = readSettings(file);
  if (agent === 'vscode') settings.version ??= 1; // Copilot CLI's hook files carry a version
  const hooks = (settings.hooks ??= {}) as Record<string, unknown[]>;
  if (typeof hooks !== 'object' || hooks === null || Array.isArray(hooks))
    throw new HookInstallError(`${file}: "hooks" is not a JSON object`);
  let changed = false;
  for (const event of EVENTS) {
    const entries = (hooks[event] ??= []);
    if (!Array.isArray(entries)) throw new HookInstallError(`${file}: "hooks.${event}" is not a list`);
    if (agent === 'claude-code') {
      const list = entries as ClaudeCodeEntry[];
      if (list.some((e) => e.hooks?.some((h) => h.command === CLAUDE_CODE_HOOK_COMMAND))) continue;
      list.push({ matcher: CLAUDE_CODE_MATCHER, hooks: [{ type: 'command', command: CLAUDE_CODE_HOOK_COMMAND }] });
    } else {
      const list = entries as HookCommand[];
      if (list.some((h) => h.command === VSCODE_HOOK_COMMAND)) continue;
      // `command` is VS Code's field; Copilot CLI reads the same file (its VS Code-compatible,
      // PascalCase form) and runs `bash`.
      list.push({ type: 'command', command: VSCODE_HOOK_COMMAND, bash: VSCODE_HOOK_COMMAND });
    }
    changed = true;
  }
  if (!changed) return { file, changed };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A crash never leaves a half-written settings file. Readable by all, as a project file is.
  writeFileAtomically(file, JSON.stringify(settings, null, 2) + '\n', 0o644);
  return { file, changed };
}

function readSettings(file: string): Record<string, unknown> {
  if (!fs.existsSync(file)) return {};
  let settings: unknown;
  try {
    settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new HookInstallError(
      `${file} is not valid JSON, so it was left as it is: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    throw new HookInstallError(`${file} is not a JSON object`);
  return settings as Record<string, unknown>;
}
