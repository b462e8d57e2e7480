import type { Finding } from '../../server/src/engine/finding';
import type { GrammarName } from '../../server/src/engine/languages';
import type { RuleSet } from '../../server/src/engine/ruleSet';

/** Main thread → scan worker: one file to analyse. */
export interface AnalysisJob {
  id: number;
  relative: string;
  text: string;
  grammar: GrammarName;
  timeBudgetMs: number;
}

/** A finding as it crosses threads: the rule by id instead of the rule object. */
export type WireFinding = Omit<Finding, 'rule'> & { ruleId: string };

/** Scan worker → main thread: the file's findings, or why it could not be analysed. */
export type AnalysisReply =
  { id: number; findings: WireFinding[]; suppressedCount: number; timedOut: boolean } | { id: number; error: string };

export function toWireFinding({ rule, ...rest }: Finding): WireFinding {
  return { ...rest, ruleId: rule.id };
}

export function fromWireFinding({ ruleId, ...rest }: WireFinding, rules: RuleSet): Finding {
  const rule = rules.rule(ruleId);
  if (!rule) throw new Error(`scan worker reported unknown rule ${ruleId}`);
  return { ...rest, rule };
}

/** Why an analysis failed, in one line for a report note (a stack trace would be noise there). */
export function analysisError(error: unknown): string {
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return message.split('\n')[0] || 'unknown error';
}
