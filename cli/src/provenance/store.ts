import * as fs from 'fs';
import type { StoredProvenance } from '../../../server/src/provenance/format';
import { UsageError } from '../fileWalker';
import { storedProvenanceProblems } from '../../../server/src/provenance/storedProvenance';
import { describeErrors, jsonErrorMessage } from './validation';

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
  // The same schema the extension loads the file with (server/src/provenance/storedProvenance.schema.json).
  const problems = storedProvenanceProblems(value);
  if (problems.length > 0) throw fail(describeErrors(problems, 'the store'));
  return value as StoredProvenance;
}
