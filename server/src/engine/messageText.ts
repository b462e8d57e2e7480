/**
 * A rule's message with its `{{capture}}` placeholders filled in from the matched code.
 *
 * Messages quote code as `'{{x}}'`. When the captured code carries quotes of its own, the
 * template's quotes could double them (`''<div>' + message''`): a lone string or template
 * literal is shown as written, and code that starts or ends with the template's quote between
 * backticks (between “ ” when it holds a backtick itself).
 */
const PLACEHOLDER = /(['"])\{\{\s*([\w.-]+)\s*\}\}\1|\{\{\s*([\w.-]+)\s*\}\}/g;
const MAX_CAPTURE_IN_MESSAGE = 60;

export function renderMessage(template: string, textOf: (capture: string) => string | undefined): string {
  return template.replace(PLACEHOLDER, (whole, quote: string | undefined, quotedName: string | undefined, bareName: string | undefined) => {
    const text = textOf((quotedName ?? bareName)!);
    if (text === undefined) return whole;
    const code = shortened(text);
    if (!quote) return code;
    if (isLoneStringLiteral(code)) return code;
    if (code.startsWith(quote) || code.endsWith(quote)) return code.includes('`') ? `“${code}”` : `\`${code}\``;
    return `${quote}${code}${quote}`;
  });
}

function shortened(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_CAPTURE_IN_MESSAGE ? `${oneLine.slice(0, MAX_CAPTURE_IN_MESSAGE - 1)}…` : oneLine;
}

/** `'md5'`, `"key"`, a template literal: opens and closes with the same quote, which does not occur in between. */
function isLoneStringLiteral(code: string): boolean {
  const quote = code[0];
  return (
    code.length >= 2 && (quote === "'" || quote === '"' || quote === '`') && code.endsWith(quote) && !code.slice(1, -1).includes(quote)
  );
}
