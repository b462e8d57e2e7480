import type { Finding } from '../finding';
import type { TraceStep } from './taintTypes';

/** The message of the sink step that ends a path (the finding itself sits on the sink). */
export function sinkStepMessage(finding: Finding): string {
  return `reaches the sink (${finding.rule.title.replace(/ \(.*\)$/, '')}) at line ${finding.range.start.line + 1}`;
}

/** A step's message as shown: a step names the line of the step before it ("`url` comes from `req.query` (line 8)"). */
export function stepText(trace: TraceStep[], index: number): string {
  const step = trace[index];
  return step.kind === 'step' && index > 0 ? `${step.message} (line ${trace[index - 1].start.line + 1})` : step.message;
}

/**
 * A finding's path as a numbered Markdown list, source first, for the hover and Explain. Empty for
 * findings without a path (every non-taint rule).
 */
export function traceMarkdown(finding: Finding): string {
  const trace = finding.trace;
  if (!trace || trace.length === 0) return '';
  const lines = trace.map((step: TraceStep, i) => `${i + 1}. line ${step.start.line + 1}: ${stepText(trace, i)}`);
  lines.push(`${trace.length + 1}. line ${finding.range.start.line + 1}: ${sinkStepMessage(finding).replace(/ at line \d+$/, '')}`);
  return ['**How untrusted input gets here**', '', ...lines].join('\n');
}
