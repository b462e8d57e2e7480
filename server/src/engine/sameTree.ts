import type { Tree } from 'web-tree-sitter';

/** Same structure and same node ranges (S-expressions alone ignore where nodes start and end). */
export function sameTree(a: Tree, b: Tree): boolean {
  if (a.rootNode.toString() !== b.rootNode.toString()) return false;
  const ca = a.walk();
  const cb = b.walk();
  try {
    for (;;) {
      if (ca.startIndex !== cb.startIndex || ca.endIndex !== cb.endIndex) return false;
      if (ca.gotoFirstChild()) {
        if (!cb.gotoFirstChild()) return false;
        continue;
      }
      for (;;) {
        if (ca.gotoNextSibling()) {
          if (!cb.gotoNextSibling()) return false;
          break;
        }
        if (!ca.gotoParent()) return true;
        cb.gotoParent();
      }
    }
  } finally {
    ca.delete();
    cb.delete();
  }
}
