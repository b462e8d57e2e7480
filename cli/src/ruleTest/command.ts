import * as fs from 'fs';
import * as path from 'path';
import { VettedEngine } from '../../../server/src/engine/engine';
import type { Rule } from '../../../server/src/engine/rule';
import type { RuleSource } from '../../../server/src/engine/ruleLoader';
import { bundledRuleSourceDirectory, haveFixtures } from '../../../server/src/ruleTesting/bundledRules';
import { testRule } from '../../../server/src/ruleTesting/ruleTests';
import { EXIT_OK, EXIT_TEST_FAILURES } from '../exitCode';
import { UsageError } from '../fileWalker';
import { reportRuleProblems } from '../ruleProblems';
import { RuleTestReport } from './report';

export interface TestFlags {
  bundled?: boolean;
  root?: string;
  updateSnapshots?: boolean;
}

/** What to test: rule folders (every rule under them) and single rule files. */
interface Targets {
  folders: string[];
  files: string[];
}

/**
 * `vetted test [paths...]`: runs the fixtures, fixed outputs, snapshots and explanation examples of
 * custom rules (default: `.vetted/rules` under --root or the current folder) or of the bundled
 * rules (--bundled). Exit 0 when everything passes, 1 on a failed check or broken rule, 2 on a
 * usage error.
 */
export async function runRuleTests(paths: string[], flags: TestFlags): Promise<number> {
  if (flags.bundled && paths.length > 0) throw new UsageError('give rule folders or files, or --bundled, not both');
  const root = path.resolve(flags.root ?? process.cwd());
  const bundledDirectory = bundledRuleSourceDirectory();
  const targets = flags.bundled ? { folders: [bundledDirectory], files: [] } : resolveTargets(paths, root);
  // Custom taint rules may name the bundled shared sets, so the bundled rules are always loaded
  // (a target inside them, `vetted test rules/python/web` in a clone, is tested as bundled);
  // only the rules under the targets are tested.
  const sources: RuleSource[] = [{ directory: bundledDirectory, bundled: true }];
  const customFolders = [...targets.folders, ...targets.files.map((f) => path.dirname(f))].filter((f) => !isInside(f, bundledDirectory));
  for (const directory of outermost(customFolders)) sources.push({ directory, bundled: false });
  const engine = VettedEngine.create({ ruleSources: sources });
  const inScope = (file: string) =>
    targets.files.includes(path.resolve(file)) || targets.folders.some((folder) => isInside(path.resolve(file), folder));
  const problems = (flags.bundled ? await engine.allErrors() : await engine.customRuleErrors()).filter((e) => inScope(e.file));
  // Warnings are named but their rules are tested; only an error leaves its rule out.
  const errors = reportRuleProblems(problems);
  const broken = new Set(errors.map((e) => path.resolve(e.file)));
  const rules = engine.ruleSet.rules.filter((r) => inScope(r.file) && !broken.has(path.resolve(r.file)));
  if (rules.length === 0 && errors.length === 0)
    throw new UsageError(`no rules found in ${[...targets.folders, ...targets.files].join(', ')}`);
  if (flags.bundled && !haveFixtures(rules)) {
    throw new UsageError(
      `the bundled rules in ${bundledDirectory} come without their fixtures; run vetted test --bundled in a clone of the Vetted repository`,
    );
  }
  const report = new RuleTestReport((text) => process.stdout.write(text), process.cwd());
  report.ruleErrors(errors);
  for (const rule of sortById(rules)) report.rule(await testRule(engine, rule, { updateSnapshots: flags.updateSnapshots }));
  report.finish();
  return report.failed > 0 ? EXIT_TEST_FAILURES : EXIT_OK;
}

function resolveTargets(paths: string[], root: string): Targets {
  if (paths.length === 0) {
    const folder = path.join(root, '.vetted', 'rules');
    if (!fs.existsSync(folder))
      throw new UsageError(`no rules to test: ${folder} does not exist; give rule folders or files, or --bundled`);
    return { folders: [folder], files: [] };
  }
  const targets: Targets = { folders: [], files: [] };
  for (const given of paths) {
    const full = path.resolve(given);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such rule folder or file: ${given}`);
    if (stat.isDirectory()) targets.folders.push(full);
    else if (/\.ya?ml$/i.test(full)) targets.files.push(full);
    else throw new UsageError(`${given} is not a rule file (.yaml) or folder; a fixture is tested through its rule`);
  }
  return targets;
}

/** Folders not inside another one of the list: loading both would load their rules twice. */
function outermost(folders: string[]): string[] {
  const unique = [...new Set(folders)];
  return unique.filter((f) => !unique.some((other) => other !== f && isInside(f, other)));
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function sortById(rules: Rule[]): Rule[] {
  return [...rules].sort((a, b) => a.id.localeCompare(b.id));
}
