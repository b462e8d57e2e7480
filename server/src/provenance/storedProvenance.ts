/**
 * The one validation of the stored provenance file, shared by the extension (which drops bad file
 * entries and keeps the rest) and the CLI (which rejects the whole file). The JSON Schema says
 * what each field must be; `end >= start` is checked here because a schema cannot compare fields.
 */
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import type { StoredProvenance } from './format';
import schema from './storedProvenance.schema.json';

/** Compiled on first use: not at the extension's activation, which waits for it. */
let validator: ValidateFunction<StoredProvenance> | undefined;
function schemaValidator(): ValidateFunction<StoredProvenance> {
  validator ??= new Ajv({ allErrors: true }).compile<StoredProvenance>(schema);
  return validator;
}

/** A problem found in the file; `instancePath` is a JSON pointer such as `/files/src~1a.js/regions/0`. */
export type StoredProvenanceProblem = Pick<ErrorObject, 'instancePath' | 'keyword' | 'message' | 'params'>;

/** Every problem of `value` as a stored provenance file; none means it is valid. */
export function storedProvenanceProblems(value: unknown): StoredProvenanceProblem[] {
  const validateSchema = schemaValidator();
  if (!validateSchema(value))
    return (validateSchema.errors ?? []).map(({ instancePath, keyword, message, params }) => ({ instancePath, keyword, message, params }));
  const problems: StoredProvenanceProblem[] = [];
  for (const [key, entry] of Object.entries(value.files)) {
    for (const list of ['regions', 'lost'] as const) {
      entry[list].forEach((r, i) => {
        if (r.end < r.start) {
          problems.push({
            instancePath: `/files/${pointerSegment(key)}/${list}/${i}`,
            keyword: 'order',
            message: `ends (${r.end}) before it starts (${r.start})`,
            params: {},
          });
        }
      });
    }
  }
  return problems;
}

export function isStoredProvenance(value: unknown): value is StoredProvenance {
  return storedProvenanceProblems(value).length === 0;
}

/** The key of `files` a problem lies in, or undefined for a problem of the file as a whole. */
export function fileEntryOf(problem: StoredProvenanceProblem): string | undefined {
  const match = /^\/files\/([^/]+)\//.exec(problem.instancePath + '/');
  return match ? match[1].replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Stores larger than this are not read, by the extension (kept aside like a corrupt one) or the CLI. */
export const MAX_STORE_BYTES = 64 * 1024 * 1024;
