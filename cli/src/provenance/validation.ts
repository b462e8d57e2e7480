import Ajv, { ErrorObject } from 'ajv';

/** One validator instance for the provenance inputs (Agent Trace records, the extension's store). */
export const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });

/** `/files/0/conversations/1/ranges/0` → `files[0].conversations[1].ranges[0]`; `/files/src~1a.js` → `files["src/a.js"]`. */
export function readablePath(pointer: string): string {
  if (pointer === '') return '';
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** The first few schema errors as one line, each saying where and what is wrong (`whole`: how to call the top level). */
export function describeErrors(
  errors: readonly Pick<ErrorObject, 'instancePath' | 'keyword' | 'message' | 'params'>[] | null | undefined,
  whole = 'the record',
  limit = 3,
): string {
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const e of errors ?? []) {
    const where = readablePath(e.instancePath);
    const params = e.params as Record<string, unknown>;
    let text: string;
    if (e.keyword === 'required') text = `${where || whole} is missing "${String(params.missingProperty)}"`;
    else if (e.keyword === 'enum')
      text = `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    else if (e.keyword === 'const') text = `${where} must be ${JSON.stringify(params.allowedValue)}`;
    else text = `${where || whole} ${e.message ?? 'is invalid'}`;
    if (!seen.has(text)) {
      seen.add(text);
      messages.push(text);
    }
  }
  const shown = messages.slice(0, limit);
  if (messages.length > limit) shown.push(`${messages.length - limit} more problem(s)`);
  return shown.join('; ') || 'invalid';
}

/** A JSON.parse error on one line, without V8's multi-line excerpt of the input. */
export function jsonErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
