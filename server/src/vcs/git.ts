import { execFileSync, spawnSync } from 'child_process';

/**
 * The one way Vetted runs git. The repository being scanned is untrusted: its `.git/config`,
 * `.git/info/attributes` and `.gitattributes` can name commands git would run for us (fsmonitor,
 * hooks, pagers, external diff, textconv, clean/smudge filters, transports). Every call here
 * switches those off, runs with a scrubbed environment, and reads output only (never a terminal).
 */

/** Configuration that stops every repository-named command the read-only calls below could reach. */
const SAFE_CONFIG = [
  'core.fsmonitor=false', // the fsmonitor hook runs on any index refresh (diff, status, ls-files)
  'core.hooksPath=/dev/null', // no hook runs (post-index-change fires when the index is written)
  'core.pager=cat',
  'core.untrackedCache=false',
  'core.splitIndex=false',
  'diff.external=',
  'protocol.allow=never', // no fetch of promisor objects or submodules through any transport
  'credential.helper=',
  'submodule.recurse=false',
];

/** Options of `git diff` that keep it from running a repository's diff drivers. */
export const SAFE_DIFF_OPTIONS = ['--no-ext-diff', '--no-textconv'];

/**
 * The environment git runs in: none of the caller's `GIT_*` variables (GIT_DIR, GIT_EXTERNAL_DIFF,
 * GIT_PAGER, GIT_CONFIG_PARAMETERS, GIT_SSH_COMMAND… would redirect or extend what runs), no
 * prompts and no optional index writes.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_PAGER = 'cat';
  return env;
}

function runGit(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: gitEnvironment(),
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * Clean/smudge filters are named by attributes and defined in the repository's config, and git
 * runs them while comparing the working tree (a stat-dirty file is cleaned to hash it). They
 * cannot be switched off wholesale, so each driver the config defines is blanked (git skips an
 * empty filter command).
 */
function filterOverrides(cwd: string): string[] {
  const names = runGit(cwd, [
    '--no-pager',
    ...SAFE_CONFIG.flatMap((c) => ['-c', c]),
    'config',
    '--null',
    '--name-only',
    '--get-regexp',
    '^filter\\.',
  ]);
  if (names === undefined) return [];
  const drivers = new Set(
    names
      .split('\0')
      .map((name) => /^filter\.(.+)\.[^.]+$/s.exec(name)?.[1])
      .filter((d): d is string => d !== undefined),
  );
  return [...drivers].flatMap((d) => [`filter.${d}.clean=`, `filter.${d}.smudge=`, `filter.${d}.process=`, `filter.${d}.required=false`]);
}

/**
 * Runs a read-only git command in `cwd` with the repository's commands switched off; its trimmed
 * standard output, or undefined when git is missing or the command fails.
 */
export function safeGit(cwd: string, args: string[]): string | undefined {
  return runGit(cwd, safeArgs(cwd, args))?.trim();
}

function safeArgs(cwd: string, args: string[]): string[] {
  const config = [...SAFE_CONFIG, ...filterOverrides(cwd)];
  // Literal pathspecs: a stored file name like ':(glob)**' is a name, not pathspec magic.
  return ['--no-pager', '--no-optional-locks', '--literal-pathspecs', ...config.flatMap((c) => ['-c', c]), ...args];
}

/**
 * Runs a git command that writes (e.g. `notes add`), with the same switched-off configuration and
 * environment as safeGit and `input` on its standard input. Undefined when it succeeded, otherwise
 * what git said on standard error (or why it could not run).
 */
export function safeGitWrite(cwd: string, args: string[], input: string): string | undefined {
  const run = spawnSync('git', safeArgs(cwd, args), {
    cwd,
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: gitEnvironment(),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) return run.error.message;
  return run.status === 0 ? undefined : run.stderr.trim() || `git exited with status ${run.status}`;
}
