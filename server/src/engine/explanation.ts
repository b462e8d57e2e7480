import { pathToFileURL } from 'url';
import type { Rule } from './rule';

/** The rule's full explanation as Markdown: what hover shows and what "Explain" opens. */
export function explanationMarkdown(rule: Rule): string {
  const cwe = rule.cwe.map((id) => `[CWE-${id}](https://cwe.mitre.org/data/definitions/${id}.html)`).join(', ');
  const lines = [
    `### ${rule.title}`,
    '',
    `\`${rule.id}\` · severity **${rule.severity}** · confidence ${rule.confidence} · ${cwe} · OWASP ${rule.owasp}`,
    '',
    rule.explanation.trim(),
  ];
  if (!rule.fix && rule['manual-fix']) lines.push('', `**Fix by hand:** ${rule['manual-fix']}`);
  if (rule.references.length > 0) lines.push('', '**References:** ' + rule.references.map((r) => `<${r}>`).join(' · '));
  return lines.join('\n');
}

/** Where a rule's documentation lives: its own `docs` URL, the bundled rule's page, or the rule file itself. */
export const RULE_DOCS_BASE_URL = 'https://github.com/vetted-dev/vetted/blob/main/docs/rules';

export function ruleDocsUrl(rule: Rule): string {
  if (rule.docs) return rule.docs;
  if (rule.bundled) return `${RULE_DOCS_BASE_URL}/${rule.id}.md`;
  return pathToFileURL(rule.file).href;
}
