import type { Tree } from 'web-tree-sitter';
import type { VettedEngine } from './engine';
import type { GrammarName } from './languages';
import type { TextEdit } from './finding';

/** Applies non-overlapping edits to a text (edits given in any order). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.startIndex - a.range.startIndex);
  let out = text;
  let lastStart = Infinity;
  for (const edit of sorted) {
    if (edit.range.endIndex > lastStart) throw new Error('overlapping edits');
    out = out.slice(0, edit.range.startIndex) + edit.newText + out.slice(edit.range.endIndex);
    lastStart = edit.range.startIndex;
  }
  return out;
}

/** Number of syntax errors (ERROR and MISSING nodes) in a tree. */
export function syntaxErrorCount(tree: Tree): number {
  if (!tree.rootNode.hasError) return 0;
  let count = 0;
  const cursor = tree.walk();
  let descend = true;
  for (;;) {
    if (descend && (cursor.nodeType === 'ERROR' || cursor.nodeIsMissing)) count++;
    if (descend && cursor.currentNode.hasError && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) {
      descend = true;
      continue;
    }
    if (!cursor.gotoParent()) break;
    descend = false;
  }
  cursor.delete();
  return count;
}

/**
 * A fix is offered only if applying it leaves the file with no more syntax errors than before:
 * a template that would garble code (for this particular match) is withheld.
 */
export async function fixKeepsSyntax(
  engine: VettedEngine,
  grammar: GrammarName,
  text: string,
  edits: TextEdit[],
  before?: Tree,
): Promise<boolean> {
  const original = before ?? (await engine.parse(grammar, text));
  const fixed = await engine.parse(grammar, applyEdits(text, edits));
  try {
    return syntaxErrorCount(fixed) <= syntaxErrorCount(original);
  } finally {
    fixed.delete();
    if (!before) original.delete();
  }
}
