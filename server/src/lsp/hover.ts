import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { explanationMarkdown } from '../engine/explanation';
import type { Finding } from '../engine/finding';
import { escalate } from '../engine/rule';
import { traceMarkdown } from '../engine/dataflow/traceText';
import type { AiTag } from './diagnostics';

/**
 * Hover over a finding shows the full explanation of its rule (one section per finding there).
 * A finding in AI-accepted code says so, with the severity it is reported at, as the squiggle does.
 */
export function hoverFor(
  findings: Finding[],
  position: Position,
  aiTagOf: (finding: Finding) => AiTag | undefined = () => undefined,
): Hover | null {
  const here = findings.filter((f) => contains(f, position));
  if (here.length === 0) return null;
  const sections = [...new Map(here.map((f) => [f.rule.id, f])).values()].map((f) => {
    const fix = f.fix ? `\n\n**Quick fix available:** ${f.fix.title} (Ctrl+.)` : '';
    const path = traceMarkdown(f);
    return `${aiNote(f, aiTagOf(f))}${path ? `${path}\n\n` : ''}${explanationMarkdown(f.rule)}${fix}`;
  });
  const first = here[0].range;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: first.start, end: first.end },
  };
}

function aiNote(finding: Finding, tag: AiTag | undefined): string {
  if (!tag) return '';
  const { severity } = finding;
  if (tag.possibly) {
    const maybe = 'This code may have come from an AI assistant (low confidence)';
    return `**[possibly AI-written]** ${maybe}; severity **${severity}** as usual.\n\n`;
  }
  if (!tag.escalate) return `**[AI-accepted]** This code was accepted from an AI assistant; severity **${severity}**.\n\n`;
  const escalated = `reported as **${escalate(severity)}** (one step above the rule's ${severity})`;
  return `**[AI-accepted]** This code was accepted from an AI assistant, so this finding is ${escalated}.\n\n`;
}

/** The finding of a rule at a position (what an Explain code action was offered for). */
export function findingAt(findings: Finding[], ruleId: string, position: Position): Finding | undefined {
  return findings.find((f) => f.rule.id === ruleId && contains(f, position));
}

function contains(finding: Finding, p: Position): boolean {
  const { start, end } = finding.range;
  const afterStart = p.line > start.line || (p.line === start.line && p.character >= start.character);
  const beforeEnd = p.line < end.line || (p.line === end.line && p.character <= end.character);
  return afterStart && beforeEnd;
}
