import * as fs from 'fs';
import * as path from 'path';
import { bundledRulesDirectory } from '../engine/engine';
import { fixturesOf } from '../engine/ruleFixtures';
import type { Rule } from '../engine/rule';

/**
 * The bundled rules to test: in a clone, the repository's `rules/` (where fixtures and snapshots
 * are edited) even when running the built `dist/cli.js`, whose `dist/rules` is a copy; otherwise
 * the rules shipped beside the bundle.
 */
export function bundledRuleSourceDirectory(): string {
  const shipped = bundledRulesDirectory();
  const clone = path.resolve(shipped, '..', '..', 'rules');
  return path.basename(path.dirname(shipped)) === 'dist' && fs.existsSync(clone) ? clone : shipped;
}

/** The packages ship rule YAML only: without a single fixture there is nothing to test. */
export function haveFixtures(rules: Rule[]): boolean {
  return rules.some((rule) => fixturesOf(rule.file).length > 0);
}
