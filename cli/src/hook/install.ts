import * as fs from 'fs';
import * as path from 'path';

/** The command Claude Code runs after each file edit: the project's own vetted-cli, never a download. */
export const CLAUDE_CODE_HOOK_COMMAND = '"$CLAUDE_PROJECT_DIR/node_modules/.bin/vetted" hook --agent claude-code';
const MATCHER = 'Edit|Write|MultiEdit';

export class HookInstallError extends Error {}

interface HookEntry {
  matcher?: string;
  hooks?: { type?: string; command?: string }[];
}

/**
 * Adds Vetted's PostToolUse hook to `.claude/settings.json` under `root`, keeping everything else
 * in the file. Running it twice changes nothing; a file that is not JSON is left alone (an error).
 */
export function installClaudeCodeHook(root: string): { file: string; changed: boolean } {
  const file = path.join(root, '.claude', 'settings.json');
  let settings: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    try {
      settings = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new HookInstallError(
        `${file} is not valid JSON, so it was left as it is: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
      throw new HookInstallError(`${file} is not a JSON object`);
  }
  const hooks = (settings.hooks ??= {}) as Record<string, HookEntry[]>;
  const post = (hooks.PostToolUse ??= []);
  if (post.some((entry) => entry.hooks?.some((h) => h.command === CLAUDE_CODE_HOOK_COMMAND))) return { file, changed: false };
  post.push({ matcher: MATCHER, hooks: [{ type: 'command', command: CLAUDE_CODE_HOOK_COMMAND }] });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written beside and renamed over: a crash never leaves a half-written settings file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(settings, null, 2) + '\n');
  fs.renameSync(temporary, file);
  return { file, changed: true };
}
