import type { RuleLoadError } from '../../server/src/engine/ruleLoader';

/**
 * Names every rule problem on standard error with file:line and returns the errors among them:
 * a warning (a custom rule's file named unlike its id) never fails a command, and its rule runs.
 */
export function reportRuleProblems(problems: RuleLoadError[]): RuleLoadError[] {
  for (const e of problems) process.stderr.write(`vetted: rule ${e.severity ?? 'error'}: ${e.file}:${e.line}: ${e.message}\n`);
  return problems.filter((e) => e.severity !== 'warning');
}
