import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { explanationMarkdown } from '../engine/explanation';
import type { Finding } from '../engine/finding';

/** Hover over a finding shows the full explanation of its rule (one section per finding there). */
export function hoverFor(findings: Finding[], position: Position): Hover | null {
  const here = findings.filter((f) => contains(f, position));
  if (here.length === 0) return null;
  const sections = [...new Map(here.map((f) => [f.rule.id, f])).values()].map((f) => {
    const fix = f.fix ? `\n\n**Quick fix available:** ${f.fix.title} (Ctrl+.)` : '';
    return `${explanationMarkdown(f.rule)}${fix}`;
  });
  const first = here[0].range;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: first.start, end: first.end },
  };
}

function contains(finding: Finding, p: Position): boolean {
  const { start, end } = finding.range;
  const afterStart = p.line > start.line || (p.line === start.line && p.character >= start.character);
  const beforeEnd = p.line < end.line || (p.line === end.line && p.character <= end.character);
  return afterStart && beforeEnd;
}
