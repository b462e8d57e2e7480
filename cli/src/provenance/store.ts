import * as fs from 'fs';
import type { StoredProvenance } from '../../../server/src/provenance/format';
import { UsageError } from '../fileWalker';
import { ajv, describeErrors, jsonErrorMessage } from './validation';

const SHA256_HEX = '^[0-9a-f]{64}$';

const region = {
  type: 'object',
  required: ['id', 'start', 'end', 'state', 'signal', 'confidence', 'acceptedAt', 'text', 'textHash'],
  properties: {
    id: { type: 'string', minLength: 1 },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    state: { type: 'string', enum: ['ai', 'ai-modified'] },
    signal: { type: 'string', enum: ['inline-accept', 'inline-accept-word', 'inline-accept-line', 'change-reason', 'paste-of-ai-text', 'heuristic'] },
    confidence: { type: 'string', enum: ['high', 'low'] },
    acceptedAt: { type: 'string', minLength: 1 },
    source: { type: 'string' },
    text: { type: 'string' },
    textHash: { type: 'string', pattern: SHA256_HEX },
  },
};

/** The extension's stored provenance (`StoredProvenance` in server/src/provenance/format.ts). */
const storeSchema = {
  type: 'object',
  required: ['format', 'version', 'files'],
  properties: {
    format: { const: 'vetted-provenance' },
    version: { const: 1 },
    files: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['path', 'contentHash', 'regions', 'lost'],
        properties: {
          path: { type: 'string', minLength: 1 },
          contentHash: { type: 'string', pattern: SHA256_HEX },
          regions: { type: 'array', items: region },
          lost: { type: 'array', items: region },
          cleared: {
            type: 'array',
            items: { type: 'object', required: ['at', 'regions'], properties: { at: { type: 'string' }, regions: { type: 'integer', minimum: 0 } } },
          },
        },
      },
    },
  },
};

const validateStore = ajv.compile<StoredProvenance>(storeSchema);

/** Reads and validates the extension's stored provenance; a UsageError names the file and the problem. */
export function readStoredProvenance(file: string): StoredProvenance {
  const fail = (what: string) => new UsageError(`invalid provenance store ${file}: ${what}`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `provenance store not found: ${file}` : `cannot read provenance store ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fail(`not JSON (${jsonErrorMessage(error)})`);
  }
  if (!validateStore(value)) throw fail(describeErrors(validateStore.errors, 'the store'));
  for (const [key, entry] of Object.entries(value.files)) {
    for (const list of ['regions', 'lost'] as const) {
      for (const [i, r] of entry[list].entries()) {
        if (r.end < r.start) throw fail(`files[${JSON.stringify(key)}].${list}[${i}] ends (${r.end}) before it starts (${r.start})`);
      }
    }
  }
  return value;
}
