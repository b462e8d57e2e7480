import * as fs from 'fs';
import type { StoredProvenance } from '../../../server/src/provenance/format';
import { UsageError } from '../fileWalker';
import { MAX_STORE_BYTES, storedProvenanceProblems } from '../../../server/src/provenance/storedProvenance';
import { describeErrors, jsonErrorMessage } from './validation';
import { readRegularFile } from '../../../server/src/files/regularFile';

/** Reads and validates the extension's stored provenance; a UsageError names the file and the problem. */
export function readStoredProvenance(file: string): StoredProvenance {
  const fail = (what: string) => new UsageError(`invalid provenance store ${file}: ${what}`);
  if (!fs.existsSync(file)) throw new UsageError(`provenance store not found: ${file}`);
  // The extension's own cap: a FIFO, a device or a runaway file is refused before it is read.
  const read = readRegularFile(file, MAX_STORE_BYTES);
  if (!read.ok) throw new UsageError(`cannot read provenance store ${file}: ${read.reason}`);
  const text = read.bytes.toString('utf8');
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
