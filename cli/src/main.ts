import * as fs from 'fs';
import * as path from 'path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { bundledRulesDirectory, VettedEngine } from '../../server/src/engine/engine';
import type { Severity } from '../../server/src/engine/rule';
import { fixturesOf } from '../../server/src/engine/ruleFixtures';
import { SEVERITIES, severityRank } from '../../server/src/engine/rule';
import type { RuleLoadError, RuleSource } from '../../server/src/engine/ruleLoader';
import { UsageError } from './fileWalker';
import { rulesToJson, toJson } from './formats/json';
import { toSarif } from './formats/sarif';
import { toText } from './formats/text';
import { scan } from './scan';
import { VERSION } from './version';

/** Exit codes: the policy gate's contract with CI. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

interface ScanFlags {
  format: 'text' | 'json' | 'sarif';
  output?: string;
  failOn: Severity | 'none';
  rules: string[];
  bundledRules: boolean;
  maxFileSize: number;
  root?: string;
  color?: boolean;
}

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
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices([...SEVERITIES.filter((s) => s !== 'info'), 'none']).default('high'),
    )
    .option('-r, --rules <dir>', 'also load rules from this folder (repeatable)', collect, [])
    .option('--no-bundled-rules', 'use only the rules given with --rules')
    .option('--max-file-size <kb>', 'skip files larger than this many KB', positiveInt, 1024)
    .option('--root <dir>', 'report paths relative to this folder (default: the current folder)')
    .option('--no-color', 'never colour text output')
    .action(async (paths: string[], flags: ScanFlags) => {
      exitCode = await runScan(paths, flags);
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
  const engine = createEngine(flags.rules, flags.bundledRules);
  const ruleErrors = flags.rules.length > 0 ? await engine.allErrors() : engine.loadErrors;
  reportRuleErrors(ruleErrors);
  const root = path.resolve(flags.root ?? process.cwd());
  const result = await scan(engine, { root, targets: paths, maxFileBytes: flags.maxFileSize * 1024, timeBudgetMs: 10_000 });
  const color = flags.color !== false && !flags.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report =
    flags.format === 'sarif' ? JSON.stringify(toSarif(result, engine.ruleSet.rules), null, 2) + '\n'
    : flags.format === 'json' ? JSON.stringify(toJson(result), null, 2) + '\n'
    : toText(result, color);
  if (flags.output) {
    fs.mkdirSync(path.dirname(path.resolve(flags.output)), { recursive: true });
    fs.writeFileSync(flags.output, report);
    process.stderr.write(`vetted: ${result.findings.length} finding(s) in ${result.filesScanned} file(s); report written to ${flags.output}\n`);
  } else process.stdout.write(report);
  if (ruleErrors.length > 0) return EXIT_ERROR;
  if (flags.failOn === 'none') return EXIT_OK;
  const threshold = severityRank(flags.failOn);
  return result.findings.some((f) => severityRank(f.finding.severity) >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}

async function listRules(flags: { format: 'text' | 'json'; rules: string[]; check?: boolean }): Promise<number> {
  const engine = createEngine(flags.rules, true);
  const errors = flags.check || flags.rules.length > 0 ? await engine.allErrors() : engine.loadErrors;
  reportRuleErrors(errors);
  const rules = engine.ruleSet.rules;
  if (flags.format === 'json') process.stdout.write(JSON.stringify(rulesToJson(rules, (rule) => fixturesOf(rule.file)), null, 2) + '\n');
  else if (!flags.check) {
    for (const r of rules) process.stdout.write(`${r.id.padEnd(44)} ${r.severity.padEnd(8)} ${r.title}\n`);
    process.stdout.write(`${rules.length} rules\n`);
  } else process.stdout.write(`${rules.length} rules checked, ${errors.length} problem(s)\n`);
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

function reportRuleErrors(errors: RuleLoadError[]): void {
  for (const e of errors) process.stderr.write(`vetted: rule error: ${e.file}:${e.line}: ${e.message}\n`);
  if (errors.length > 0) process.stderr.write(`vetted: ${errors.length} rule problem(s); the other rules were used\n`);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}
