import * as fs from 'fs';
import * as path from 'path';
import { grammarForPath } from './languages';

/** A rule's fixtures: source files beside it with the same base name (not the `.fixed.` expected output). */
export function fixturesOf(ruleFile: string): string[] {
  const dir = path.dirname(ruleFile);
  const base = path.basename(ruleFile).replace(/\.ya?ml$/i, '');
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => name.startsWith(`${base}.`) && !name.includes('.fixed.') && grammarForPath(name) !== undefined)
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

export function fixedFileOf(fixture: string): string {
  const ext = path.extname(fixture);
  return fixture.slice(0, -ext.length) + '.fixed' + ext;
}
