import * as fs from 'fs';
import * as path from 'path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { bundledRulesDirectory, VettedEngine } from '../../server/src/engine/engine';
import type { Severity } from '../../server/src/engine/rule';
import { fixturesOf } from '../../server/src/engine/ruleFixtures';
import { SEVERITIES } from '../../server/src/engine/rule';
import type { RuleLoadError, RuleSource } from '../../server/src/engine/ruleLoader';
import type { AgentTraceRecord, StoredProvenance } from '../../server/src/provenance/format';
import { UsageError } from './fileWalker';
import { describeFsError } from '../../server/src/files/regularFile';
import { aiLines, agentTraceProblem, readAgentTraces } from './provenance/agentTrace';
import { exportAgentTrace, ExportedFinding } from '../../server/src/provenance/export';
import { readStoredProvenance } from './provenance/store';
import { importIntoStore } from './provenance/importCommand';
import type { ImportedLineRange } from '../../server/src/provenance/importedRegions';
import { provenanceStoreFor } from '../../server/src/provenance/storeLocation';
import { HOOK_AGENTS, HookAgent, HookPayloadError, replyFor, toolEventOf } from './hook/payload';
import { HookInstallError, installHook } from './hook/install';
import { recordAfter, snapshotBefore } from './hook/agentProvenance';
import { AI_NOTES_REF, aiLinesFromGitNotes, filesInGitNotes, GitNotesError } from './provenance/gitNotes';
import { exportToGitNotes } from './provenance/gitNotesExport';
import { rulesToJson, toJson } from './formats/json';
import { toSarif } from './formats/sarif';
import { toText } from './formats/text';
import { markAiProvenance, scan } from './scan';
import { changedLinesSince, DiffError, onChangedLines } from './diff/changedLines';
import { BaselineError, readBaseline, toBaseline, withoutBaseline } from './baseline/baselineFile';
import { VERSION } from '../../server/src/version';
import { DEFAULT_SETTINGS } from '../../server/src/settingTable';
import { reportRuleProblems } from './ruleProblems';
import { aiTripped, atLeast, EXIT_ERROR, EXIT_OK, exitCodeFor } from './exitCode';
import { runRuleTests, TestFlags } from './ruleTest/command';
import { ScanCache } from './cache/scanCache';
import { cacheFileFor } from './cache/location';
import { ruleSetHash } from './cache/ruleSetHash';

export { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './exitCode';

interface ScanFlags {
  format: 'text' | 'json' | 'sarif';
  output?: string;
  failOn: Severity | 'none';
  rules: string[];
  bundledRules: boolean;
  maxFileSize: number;
  includeMinified?: boolean;
  jobs?: number;
  root?: string;
  color?: boolean;
  /** Agent Trace files, or true (--provenance alone): git notes under refs/notes/ai. */
  provenance: string[] | true;
  failOnAi: Severity | 'none';
  escalateAi: boolean;
  diff?: string;
  baseline?: string;
  cache?: boolean;
  cacheLocation?: string;
}

interface HookFlags {
  agent: HookAgent;
  record: boolean;
  blockOn: Severity | 'none';
  rules: string[];
  install?: boolean;
  root?: string;
}

interface BaselineFlags {
  output: string;
  rules: string[];
  root?: string;
}

interface ImportFlags {
  gitNotes?: boolean;
  trace: string[];
  root?: string;
}

interface ExportFlags {
  store?: string;
  root?: string;
  output?: string;
  revision?: string;
  scan?: boolean;
  rules: string[];
  gitNotes?: boolean;
}

/** One file's analysis may take this long in the CLI (the editor's budget is 3 s, for typing). */
const FILE_TIME_BUDGET_MS = 10_000;
/** The editor's vetted.maxFileSizeKb default, so both skip the same files. */
const DEFAULT_MAX_FILE_BYTES = DEFAULT_SETTINGS.maxFileSizeKb * 1024;

const GATE_SEVERITIES = [...SEVERITIES.filter((s) => s !== 'info'), 'none'];

export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('vetted')
    .description('Security review for code accepted from AI assistants: scan files with Vetted rules.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  program
    .command('scan')
    .description('scan files and folders (respects .gitignore and .vettedignore)')
    .argument('<paths...>', 'files or folders to scan')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices(GATE_SEVERITIES).default('high'))
    .option(
      '--provenance [file]',
      'Agent Trace record(s) of AI-accepted lines: JSON, JSON array or JSON Lines (repeatable); without a file, the git notes under refs/notes/ai (git-ai authorship logs) and the repository provenance store (what the extension and vetted hook recorded)',
      collect,
      [],
    )
    .addOption(
      new Option('--fail-on-ai <severity>', 'exit 1 when a finding in AI-accepted lines is at least this severe (needs --provenance)')
        .choices(GATE_SEVERITIES)
        .default('none'),
    )
    .option('--no-escalate-ai', "report findings in AI-accepted lines at the rule's severity (default: one step higher, as in the editor)")
    .option('-r, --rules <dir>', 'also load rules from this folder (repeatable)', collect, [])
    .option('--no-bundled-rules', 'use only the rules given with --rules')
    .option(
      '--max-file-size <kb>',
      "skip files larger than this many KB (the editor's vetted.maxFileSizeKb default)",
      positiveInt,
      DEFAULT_SETTINGS.maxFileSizeKb,
    )
    .option(
      '--include-minified',
      "also scan files that look minified or generated (skipped by default, as the editor's vetted.skipMinified does)",
    )
    .option(
      '-j, --jobs <n>',
      'threads to analyse in, each compiling a share of the rules (default: one per core, at most 4, for scans over 100 KB; otherwise 1)',
      positiveInt,
    )
    .option('--root <dir>', 'report paths relative to this folder (default: the current folder)')
    .option(
      '--diff <base-ref>',
      'report only findings on lines changed since the merge base of <base-ref> and HEAD (committed, staged, unstaged and untracked files)',
    )
    .option('--baseline <file>', 'leave out findings recorded in this baseline (written by vetted baseline); only new ones are reported')
    .option('--cache', 'analyse only files changed since the last scan with --cache, reusing the results of the others')
    .option(
      '--cache-location <path>',
      'the cache file, or a folder for it (implies --cache; default: node_modules/.cache/vetted/ under --root if there is a node_modules folder, otherwise .vettedcache)',
    )
    .option('--no-color', 'never colour text output')
    .action(async (paths: string[], flags: ScanFlags) => {
      exitCode = await runScan(paths, flags);
    });

  program
    .command('baseline')
    .description('record the current findings in a baseline file, so that scan --baseline reports only new ones')
    .argument('[paths...]', 'files or folders to scan (default: the current folder)')
    .option('-o, --output <file>', 'the baseline file to write', path.join('.vetted', 'baseline.json'))
    .option('-r, --rules <dir>', 'also load rules from this folder (repeatable)', collect, [])
    .option('--root <dir>', 'paths are relative to this folder (default: the current folder)')
    .action(async (paths: string[], flags: BaselineFlags) => {
      exitCode = await runBaseline(paths, flags);
    });

  program
    .command('hook')
    .description(
      "record the lines an agent just wrote as AI-written and scan the file, answering in the agent's hook protocol so the agent sees the findings (payload on standard input; run it on PreToolUse and PostToolUse)",
    )
    .addOption(new Option('--agent <agent>', "the agent's hook protocol").choices(HOOK_AGENTS).default('claude-code'))
    .addOption(
      new Option(
        '--block-on <severity>',
        'findings at least this severe block the agent until it deals with them; others are added as context',
      )
        .choices(GATE_SEVERITIES)
        .default('high'),
    )
    .option('-r, --rules <dir>', 'also load rules from this folder (repeatable)', collect, [])
    .option('--no-record', "scan only: do not record the agent's lines in the repository's provenance store")
    .option(
      '--install',
      "write the hooks into the agent's settings under --root (.claude/settings.json; .github/hooks/vetted.json for vscode) instead of running",
    )
    .option('--root <dir>', 'the project folder for --install (default: the current folder)')
    .action(async (flags: HookFlags) => {
      exitCode = await runHook(flags);
    });

  const provenance = program
    .command('provenance')
    .description('AI provenance as Agent Trace records (https://github.com/cursor/agent-trace) or git notes (git-ai authorship logs)');
  provenance
    .command('export')
    .description(
      'write one Agent Trace record of the AI-accepted lines recorded by the Vetted extension (line numbers and hashes, no code), or with --git-notes, git notes under refs/notes/ai',
    )
    .option('--store <file>', "a stored provenance file (default: the repository's store, in the git dir under vetted/provenance.json)")
    .option(
      '--root <dir>',
      'the folder the stored paths are relative to (default: the current folder, or with the default store, the top of its work tree)',
    )
    .option('-o, --output <file>', 'write the record to a file instead of standard output')
    .option('--revision <sha>', 'git commit the line numbers refer to (default: HEAD, when --root is in a git repository)')
    .option('--scan', 'also scan the files with AI ranges and list the findings (rule, severity, file, line) in the metadata')
    .option('-r, --rules <dir>', 'with --scan, also load rules from this folder (repeatable)', collect, [])
    .option(
      '--git-notes',
      `instead of a record, write the AI lines as git notes under ${AI_NOTES_REF} (git-ai's authorship/3.0.0 logs), which travel with the commits: see below`,
    )
    .addHelpText(
      'after',
      `
With --git-notes, the AI lines of each file whose working-tree text equals its version in --revision
(default HEAD) are written to the notes of the commits that introduced them (git blame), in the
format git-ai writes (Git AI Standard 3.0.0), with "vetted" as the tool: line numbers only, no code
and no prompts. Files with uncommitted changes are skipped (their line numbers would not match the
commit): commit first, then export. A note a commit already has (e.g. from git-ai) is merged: its
entries are kept, and lines it already attributes are left to it; running the export again replaces
Vetted's own entries for the same files. Low-confidence detections are not written.

Notes are not pushed or fetched by default:
  git push origin ${AI_NOTES_REF}
  git fetch origin ${AI_NOTES_REF}:${AI_NOTES_REF}
In CI, \`vetted scan . --provenance --fail-on-ai high\` reads them (fetch the notes, and enough history for git blame).`,
    )
    .action(async (flags: ExportFlags) => {
      exitCode = await runExport(flags);
    });
  provenance
    .command('import')
    .description("add other tools' AI attribution to the repository's provenance store, so the editor shows those lines as AI-written too")
    .option('--git-notes', `the git notes under ${AI_NOTES_REF} (git-ai authorship logs), for the lines as they are now (git blame)`)
    .option('--trace <file>', 'Agent Trace record(s): JSON, JSON array or JSON Lines (repeatable)', collect, [])
    .option('--root <dir>', 'a folder of the repository (default: the current folder)')
    .action((flags: ImportFlags) => {
      exitCode = runImport(flags);
    });

  program
    .command('rules')
    .description('list the active rules')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-r, --rules <dir>', 'also load rules from this folder (repeatable)', collect, [])
    .option('--check', 'compile every rule and exit 2 if any is broken')
    .action(async (flags: { format: 'text' | 'json'; rules: string[]; check?: boolean }) => {
      exitCode = await listRules(flags);
    });

  program
    .command('test')
    .description('test rules against their annotated fixtures, fixed outputs, finding snapshots and explanation examples')
    .argument('[paths...]', 'rule folders or rule files (default: .vetted/rules under --root)')
    .option('--bundled', "test Vetted's bundled rules instead")
    .option('--root <dir>', 'the project whose .vetted/rules is tested when no path is given (default: the current folder)')
    .option('-u, --update-snapshots', 'rewrite the finding snapshots that differ or are missing instead of failing')
    .action(async (paths: string[], flags: TestFlags) => {
      exitCode = await runRuleTests(paths, flags);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return EXIT_OK;
    if (code?.startsWith('commander.')) return EXIT_ERROR;
    if (error instanceof UsageError) {
      process.stderr.write(`vetted: ${error.message}\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
  return exitCode;
}

async function runScan(paths: string[], flags: ScanFlags): Promise<number> {
  const fromNotes = flags.provenance === true;
  const traceFiles = flags.provenance === true ? [] : flags.provenance;
  if (flags.failOnAi !== 'none' && !fromNotes && traceFiles.length === 0) {
    throw new UsageError(
      `--fail-on-ai ${flags.failOnAi} needs --provenance: an Agent Trace file, or no file for the git notes under refs/notes/ai; without either no finding is known to be AI-accepted`,
    );
  }
  const traces: AgentTraceRecord[] = traceFiles.flatMap((file) => readAgentTraces(file));
  const engine = createEngine(flags.rules, flags.bundledRules);
  const root = path.resolve(flags.root ?? process.cwd());
  const cache = flags.cache || flags.cacheLocation !== undefined ? openCache(engine, flags.cacheLocation, root) : undefined;
  // Custom rules are compiled in full first so a broken one is reported (unless the cache knows
  // these rules all compile); otherwise the scan compiles only the rules that could match its files.
  const ruleErrors = reportRuleErrors(await scanRuleProblems(engine, flags.rules.length > 0, cache));
  const baseline = flags.baseline ? usage(() => readBaseline(flags.baseline!)) : undefined;
  const changed = flags.diff ? usage(() => changedLinesSince(root, flags.diff!)) : undefined;
  const result = await scan(engine, {
    root,
    targets: paths,
    maxFileBytes: flags.maxFileSize * 1024,
    includeMinified: flags.includeMinified,
    timeBudgetMs: FILE_TIME_BUDGET_MS,
    jobs: flags.jobs,
    onlyFiles: changed ? new Set(changed.files.keys()) : undefined,
    cache,
  });
  cache?.save(warn);
  if (changed) {
    result.findings = onChangedLines(result.findings, changed.files);
    result.diff = { base: flags.diff!, mergeBase: changed.mergeBase };
  }
  if (baseline) {
    const left = withoutBaseline(result.findings, baseline);
    result.findings = left.findings;
    result.inBaseline = left.inBaseline;
  }
  let aiCount = traces.length > 0 ? markAiProvenance(result, aiLines(traces, root), flags.escalateAi) : 0;
  if (fromNotes) {
    // Only files with findings need blaming.
    const withFindings = [...new Set(result.findings.map((f) => f.file))];
    const notes = usage(() => aiLinesFromGitNotes(root, withFindings));
    if (notes.notedCommits === 0)
      process.stderr.write(`vetted: note: no git notes under ${AI_NOTES_REF}; no line is known to be AI-written\n`);
    aiCount += markAiProvenance(result, notes.lines, flags.escalateAi);
    aiCount += markAiProvenance(result, aiLinesFromRepositoryStore(root), flags.escalateAi);
  }
  if (traces.length > 0) noteUnmatchedProvenance(traces, result.scanned, root);
  const color = flags.color !== false && !flags.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report =
    flags.format === 'sarif'
      ? JSON.stringify(toSarif(result, engine.ruleSet.rules), null, 2) + '\n'
      : flags.format === 'json'
        ? JSON.stringify(toJson(result), null, 2) + '\n'
        : toText(result, color);
  const failed = result.skipped.filter((s) => s.failed);
  for (const f of failed) process.stderr.write(`vetted: warning: ${f.relative} was not analysed: ${f.reason}\n`);
  if (flags.output) {
    writeOutput(flags.output, report, 'report');
    const ai = aiCount ? `, ${aiCount} in AI-accepted code` : '';
    const fromCache = result.fromCache !== undefined ? ` (${result.fromCache} from cache)` : '';
    process.stderr.write(
      `vetted: ${result.findings.length} finding(s) in ${result.filesScanned} file(s)${fromCache}${ai}; report written to ${flags.output}\n`,
    );
  } else process.stdout.write(report);
  // Two independent gates: all findings against --fail-on, AI-accepted ones against --fail-on-ai.
  const ai = ruleErrors.length === 0 ? aiTripped(result, flags.failOnAi) : 0;
  if (ai > 0) process.stderr.write(`vetted: ${ai} finding(s) in AI-accepted code at or above ${flags.failOnAi} (--fail-on-ai)\n`);
  return exitCodeFor(result, { failOn: flags.failOn, failOnAi: flags.failOnAi, ruleErrors: ruleErrors.length });
}

/** The scan cache for this engine's rules and the CLI's analysis options. */
function openCache(engine: VettedEngine, location: string | undefined, root: string): ScanCache {
  return ScanCache.open(cacheFileFor(location, root), ruleSetHash(engine.ruleSources, { timeBudgetMs: FILE_TIME_BUDGET_MS }), warn);
}

/** ruleErrorsOf, except that a cache that knows every query of these rules compiles saves compiling them. */
async function scanRuleProblems(engine: VettedEngine, compileAll: boolean, cache: ScanCache | undefined): Promise<RuleLoadError[]> {
  if (!compileAll || !cache) return ruleErrorsOf(engine, compileAll);
  if (cache.queriesCompile) return engine.loadErrors;
  const problems = await engine.allErrors();
  // Load problems are found again by every run; only the absence of compile problems is worth keeping.
  if (problems.length === engine.loadErrors.length) cache.noteQueriesCompile();
  return problems;
}

function warn(message: string): void {
  process.stderr.write(`vetted: warning: ${message}\n`);
}

/**
 * The AI lines the repository's provenance store holds (what the extension and `vetted hook`
 * recorded on this machine), as Agent Trace ranges keyed by paths relative to `root`.
 */
function aiLinesFromRepositoryStore(root: string): ReturnType<typeof aiLines> {
  const location = provenanceStoreFor(root);
  if (!fs.existsSync(location.file)) return new Map();
  const { record } = exportAgentTrace(readStoredProvenance(location.file), { root: location.root });
  for (const file of record.files) file.path = path.join(location.root, file.path);
  return aiLines(record, root);
}

/** Baseline and diff problems are usage errors (exit 2), said in one line. */
function usage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BaselineError || error instanceof DiffError || error instanceof GitNotesError || error instanceof HookInstallError)
      throw new UsageError(error.message);
    throw error;
  }
}

/** A hook that could not do its job: not a blocking answer (that is exit 2 in Claude Code's protocol). */
const HOOK_ERROR = 1;

async function runHook(flags: HookFlags): Promise<number> {
  if (flags.install) {
    const root = path.resolve(flags.root ?? process.cwd());
    const installed = usage(() => installHook(flags.agent, root));
    process.stderr.write(
      installed.changed
        ? `vetted: added the PreToolUse and PostToolUse hooks to ${installed.file}; they run node_modules/.bin/vetted, so add vetted-cli to the project's devDependencies\n`
        : `vetted: ${installed.file} already has the hooks\n`,
    );
    return EXIT_OK;
  }
  let event: ReturnType<typeof toolEventOf>;
  try {
    event = toolEventOf(flags.agent, fs.readFileSync(0, 'utf8'));
  } catch (error) {
    if (!(error instanceof HookPayloadError)) throw error;
    // Exit 2 would make the agent read this as being about its edit; 1 is a hook error the user sees.
    process.stderr.write(`vetted: ${error.message}\n`);
    return HOOK_ERROR;
  }
  if (!event) return EXIT_OK;
  if (event.phase === 'pre') {
    if (flags.record) keepGoing('keep the file before the edit', () => snapshotBefore(event));
    return EXIT_OK;
  }
  if (flags.record) {
    keepGoing('record the AI-written lines', () => {
      for (const file of recordAfter(event, flags.agent))
        process.stderr.write(
          `vetted: note: ${file} was not recorded as AI-written: its text before the edit is unknown (run vetted hook on PreToolUse too)\n`,
        );
    });
  }
  const engine = createEngine(flags.rules, true);
  reportRuleErrors(await ruleErrorsOf(engine, flags.rules.length > 0));
  const replies = [];
  for (const file of event.files) {
    if (!fs.existsSync(file)) continue;
    const root = path.relative(event.cwd, file).startsWith('..') ? path.dirname(file) : event.cwd;
    const result = await scan(engine, { root, targets: [file], maxFileBytes: DEFAULT_MAX_FILE_BYTES, timeBudgetMs: FILE_TIME_BUDGET_MS });
    const toHook = result.findings.map(({ finding }) => ({
      line: finding.range.start.line + 1,
      severity: finding.severity,
      ruleId: finding.rule.id,
      message: finding.message,
      fix: finding.fix?.title,
    }));
    replies.push({
      file: path.relative(event.cwd, file) || file,
      blocking: toHook.filter((f) => atLeast(flags.blockOn, f.severity)),
      others: toHook.filter((f) => !atLeast(flags.blockOn, f.severity)),
    });
  }
  const reply = replyFor(replies);
  if (reply) process.stdout.write(JSON.stringify(reply) + '\n');
  return EXIT_OK;
}

/** Provenance is a record, not the hook's answer: a failure to keep it is said, and the findings still go back. */
function keepGoing(what: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    process.stderr.write(`vetted: warning: could not ${what}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

async function runBaseline(paths: string[], flags: BaselineFlags): Promise<number> {
  const engine = createEngine(flags.rules, true);
  const ruleErrors = reportRuleErrors(await ruleErrorsOf(engine, flags.rules.length > 0));
  if (ruleErrors.length > 0) return EXIT_ERROR;
  const root = path.resolve(flags.root ?? process.cwd());
  const result = await scan(engine, {
    root,
    targets: paths.length > 0 ? paths : ['.'],
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    timeBudgetMs: FILE_TIME_BUDGET_MS,
  });
  const output = path.resolve(root, flags.output);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  writeOutput(output, JSON.stringify(toBaseline(result.findings), null, 2) + '\n', 'baseline');
  const files = new Set(result.findings.map((f) => f.file)).size;
  process.stderr.write(`vetted: baseline of ${result.findings.length} finding(s) in ${files} file(s) written to ${flags.output}\n`);
  return EXIT_OK;
}

/** A likely --root mistake: records name files, yet none of them was scanned. */
function noteUnmatchedProvenance(traces: AgentTraceRecord[], scanned: string[], root: string): void {
  const named = [...aiLines(traces, root).keys()];
  if (named.length === 0 || scanned.length === 0) return;
  const scannedSet = new Set(scanned);
  if (named.some((file) => scannedSet.has(file))) return;
  process.stderr.write(
    `vetted: note: none of the ${named.length} file(s) with AI ranges in the provenance records was scanned;` +
      ` their paths are matched relative to --root (${root})\n`,
  );
}

function runImport(flags: ImportFlags): number {
  if (!flags.gitNotes && flags.trace.length === 0) throw new UsageError('import what? Give --git-notes, --trace <file>, or both');
  const location = provenanceStoreFor(path.resolve(flags.root ?? process.cwd()));
  const lines = new Map<string, ImportedLineRange[]>();
  const add = (found: Map<string, ImportedLineRange[]>) => {
    for (const [file, ranges] of found) lines.set(file, [...(lines.get(file) ?? []), ...ranges]);
  };
  if (flags.gitNotes) add(usage(() => aiLinesFromGitNotes(location.root, filesInGitNotes(location.root))).lines);
  for (const file of flags.trace) add(aiLines(readAgentTraces(file), location.root));
  const outcome = importIntoStore(location, lines);
  for (const file of outcome.missing) process.stderr.write(`vetted: note: ${file} is attributed but not in the work tree; skipped\n`);
  const regions = [...outcome.added.values()].reduce((a, b) => a + b, 0);
  process.stderr.write(`vetted: imported ${regions} region(s) in ${outcome.added.size} file(s) into ${location.file}\n`);
  return EXIT_OK;
}

async function runExport(flags: ExportFlags): Promise<number> {
  if (flags.revision !== undefined && !/^[0-9a-fA-F]{7,64}$/.test(flags.revision)) {
    throw new UsageError(`--revision must be a git commit SHA (hex), not ${JSON.stringify(flags.revision)}`);
  }
  let root = path.resolve(flags.root ?? process.cwd());
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`no such folder: ${flags.root}`);
  let storeFile = flags.store;
  if (storeFile === undefined) {
    const location = provenanceStoreFor(root);
    if (!fs.existsSync(location.file)) throw new UsageError(`no provenance recorded for ${root} yet (${location.file} does not exist)`);
    storeFile = location.file;
    root = location.root;
  }
  const store = readStoredProvenance(storeFile);
  if (flags.gitNotes) return exportGitNotes(store, root, flags);
  const { record, metadata, uncommitted } = exportAgentTrace(store, { root, revision: flags.revision?.toLowerCase() });
  let ruleErrors: RuleLoadError[] = [];
  if (flags.scan) {
    const engine = createEngine(flags.rules, true);
    ruleErrors = reportRuleErrors(await ruleErrorsOf(engine, flags.rules.length > 0));
    const targets = record.files.map((f) => path.join(root, f.path));
    const result = await scan(engine, { root, targets, maxFileBytes: DEFAULT_MAX_FILE_BYTES, timeBudgetMs: FILE_TIME_BUDGET_MS });
    // The record's metadata keeps each finding at its rule's severity; scan --provenance escalates.
    markAiProvenance(result, aiLines(record, root), false);
    metadata.findings = result.findings.map(({ file, finding, aiProvenance }): ExportedFinding => ({
      file,
      line: finding.range.start.line + 1,
      ruleId: finding.rule.id,
      severity: finding.severity,
      aiAccepted: aiProvenance !== undefined,
    }));
  }
  const problem = agentTraceProblem(record);
  if (problem) throw new Error(`exported record is not valid Agent Trace: ${problem}`);
  const json = JSON.stringify(record, null, 2) + '\n';
  const ranges = record.files.reduce((n, f) => n + f.conversations.reduce((m, c) => m + c.ranges.length, 0), 0);
  const { skipped, lost } = metadata.counts;
  for (const s of metadata.skipped) process.stderr.write(`vetted: note: skipped region ${s.id} of ${s.path}: ${s.reason}\n`);
  for (const file of uncommitted)
    process.stderr.write(
      `vetted: note: ${file} has changes not in ${record.vcs!.revision.slice(0, 12)}; its line numbers refer to the working tree\n`,
    );
  const summary = `${ranges} range(s) in ${record.files.length} file(s); ${skipped} region(s) skipped, ${lost} lost before export`;
  if (flags.output) {
    writeOutput(flags.output, json, 'record');
    process.stderr.write(`vetted: ${summary}; record written to ${flags.output}\n`);
  } else {
    process.stdout.write(json);
    process.stderr.write(`vetted: ${summary}\n`);
  }
  return ruleErrors.length > 0 ? EXIT_ERROR : EXIT_OK;
}

function exportGitNotes(store: StoredProvenance, root: string, flags: ExportFlags): number {
  if (flags.output) throw new UsageError('--git-notes writes git notes; --output names a file for an Agent Trace record');
  if (flags.scan) throw new UsageError('--scan lists findings in an Agent Trace record; it cannot be combined with --git-notes');
  const result = usage(() => exportToGitNotes(store, { root, revision: flags.revision?.toLowerCase() }));
  const short = (sha: string) => sha.slice(0, 12);
  for (const s of result.skipped) process.stderr.write(`vetted: note: skipped region ${s.id} of ${s.path}: ${s.reason}\n`);
  for (const file of result.uncommitted)
    process.stderr.write(
      `vetted: note: skipped ${file}: it has changes not in ${short(result.revision)}, so its line numbers would not match the commit; commit it and export again\n`,
    );
  if (result.lowConfidence > 0)
    process.stderr.write(
      `vetted: note: ${result.lowConfidence} low-confidence region(s) not written (a note cannot say a line is only perhaps AI-written)\n`,
    );
  if (result.olderLines > 0)
    process.stderr.write(
      `vetted: note: ${result.olderLines} AI line(s) not written: git blames them on commits made before the AI text was accepted (the same text was there already)\n`,
    );
  for (const n of result.noted) {
    const kept = n.keptEntries > 0 ? `; kept ${n.keptEntries} entry(ies) of other tools` : '';
    const left = n.leftToOthers > 0 ? `, ${n.leftToOthers} line(s) they already attribute left to them` : '';
    process.stderr.write(`vetted: ${AI_NOTES_REF} ${short(n.commit)}: ${n.lines} AI line(s) in ${n.files} file(s)${kept}${left}\n`);
  }
  const lines = result.noted.reduce((sum, n) => sum + n.lines, 0);
  process.stderr.write(
    result.noted.length > 0
      ? `vetted: wrote ${lines} AI line(s) to the notes of ${result.noted.length} commit(s); share them with: git push origin ${AI_NOTES_REF}\n`
      : `vetted: no AI line to write; no note was changed\n`,
  );
  return EXIT_OK;
}

async function listRules(flags: { format: 'text' | 'json'; rules: string[]; check?: boolean }): Promise<number> {
  const engine = createEngine(flags.rules, true);
  const problems = await ruleErrorsOf(engine, flags.check === true || flags.rules.length > 0);
  const errors = reportRuleErrors(problems);
  const rules = engine.ruleSet.rules;
  if (flags.format === 'json')
    process.stdout.write(
      JSON.stringify(
        rulesToJson(rules, (rule) => fixturesOf(rule.file)),
        null,
        2,
      ) + '\n',
    );
  else if (!flags.check) {
    for (const r of rules) process.stdout.write(`${r.id.padEnd(44)} ${r.severity.padEnd(8)} ${r.title}\n`);
    process.stdout.write(`${rules.length} rules\n`);
  } else process.stdout.write(`${rules.length} rules checked, ${problems.length} problem(s)\n`);
  return errors.length > 0 ? EXIT_ERROR : EXIT_OK;
}

function createEngine(extraRuleDirs: string[], bundled: boolean): VettedEngine {
  const sources: RuleSource[] = bundled ? [{ directory: bundledRulesDirectory(), bundled: true }] : [];
  for (const dir of extraRuleDirs) {
    if (!fs.existsSync(dir)) throw new UsageError(`rule folder not found: ${dir}`);
    sources.push({ directory: path.resolve(dir), bundled: false });
  }
  return VettedEngine.create({ ruleSources: sources });
}

/**
 * Load errors, plus query compile errors when asked: custom rules are not compiled at build time,
 * so their queries are compiled up front (bundled rules are, and compile lazily).
 */
async function ruleErrorsOf(engine: VettedEngine, compileAll: boolean): Promise<RuleLoadError[]> {
  return compileAll ? engine.allErrors() : engine.loadErrors;
}

/** Prints rule problems; returns the errors among them (warnings never change the exit code). */
function reportRuleErrors(problems: RuleLoadError[]): RuleLoadError[] {
  const errors = reportRuleProblems(problems);
  if (errors.length > 0) process.stderr.write(`vetted: ${errors.length} rule problem(s); the other rules were used\n`);
  return errors;
}

/** Writes `--output`; a path that cannot be written is one clear line and exit 2, not a stack trace. */
function writeOutput(file: string, text: string, what: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`cannot write the ${what} to ${file}: ${describeFsError(error)}`);
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}
