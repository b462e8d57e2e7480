import type { Node } from 'web-tree-sitter';
import type { LanguageAdapter } from './languageAdapter';
import { functionsDefinedBy } from './taintInterpreter';

/** What one unit (a top-level statement or class member) defines and calls, read from its text and tree. */
export interface UnitFacts {
  /** Named functions it defines (declarations, `const f = () => ...`), callable by name in the file. */
  defines: string[];
  /** Names it calls as `name(...)` (not as methods). */
  calls: string[];
  /** Its identifier-shaped words: a query that needs `req` cannot match where `req` is no word. */
  words: Set<string>;
}

const CALLED_NAME = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(/g;
const WORD = /[A-Za-z_$][\w$]*/g;
/** Kept entries above this many per unit of the last analysis are dropped (old texts of edited units). */
const SLACK = 2;

/**
 * Unit facts kept across the analyses of one document, by the unit's text: an edit changes one or
 * two units, so the call graph of the rest is not read again on every keystroke. Keys are stored
 * as copies so that they do not keep whole old texts of the document alive.
 */
export class TaintUnitCache {
  private readonly byText = new Map<string, UnitFacts>();

  factsOf(text: string, node: Node, adapter: LanguageAdapter, unitCount: number): UnitFacts {
    let facts = this.byText.get(text);
    if (!facts) {
      facts = readUnit(text, node, adapter);
      if (this.byText.size > SLACK * unitCount + 256) this.byText.clear();
      this.byText.set(copyOf(text), facts);
    }
    return facts;
  }
}

export function readUnit(text: string, node: Node, adapter: LanguageAdapter): UnitFacts {
  const calls = new Set<string>();
  for (const match of text.matchAll(CALLED_NAME)) calls.add(match[1]);
  return { defines: functionsDefinedBy(node, adapter).map(([name]) => name), calls: [...calls], words: new Set(text.match(WORD)) };
}

/** A flat copy of a (possibly sliced) string. */
function copyOf(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
