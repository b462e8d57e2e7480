import type { Node, Tree } from 'web-tree-sitter';

/**
 * `vetted-ignore <rule-id>[,<rule-id>] [until YYYY-MM-DD] -- <reason>` in a comment, on the
 * finding's line or the line above. After the `until` date the suppression stops suppressing.
 */
export interface Suppression {
  ruleIds: string[];
  until?: string;
  reason?: string;
  /** The 0-based lines the comment covers: its own last line and the line after it. */
  lines: number[];
  commentLine: number;
}

const SUPPRESSION =
  /vetted-ignore\s+([a-z0-9][\w.-]*(?:\s*,\s*[a-z0-9][\w.-]*)*)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?(?:\s*--\s*(.*?))?\s*(?:\*\/\}?)?\s*$/i;

export function parseSuppression(commentText: string): Omit<Suppression, 'lines' | 'commentLine'> | undefined {
  const match = SUPPRESSION.exec(commentText.replace(/\*\/\s*\}?\s*$/, ''));
  if (!match) return undefined;
  return {
    ruleIds: match[1].split(',').map((s) => s.trim()),
    until: match[2],
    reason: match[3]?.trim() || undefined,
  };
}

export function collectSuppressions(tree: Tree, text: string): Suppression[] {
  const out: Suppression[] = [];
  // Found by text, then confirmed in the tree: walking every comment of a large file costs more.
  const seen = new Set<number>();
  for (let at = text.indexOf('vetted-ignore'); at >= 0; at = text.indexOf('vetted-ignore', at + 1)) {
    const comment: Node | null = tree.rootNode.descendantForIndex(at, at + 'vetted-ignore'.length);
    if (!comment || comment.type !== 'comment' || seen.has(comment.startIndex)) continue;
    seen.add(comment.startIndex);
    const parsed = parseSuppression(comment.text);
    if (!parsed) continue;
    const line = comment.endPosition.row;
    out.push({ ...parsed, lines: [comment.startPosition.row, line, line + 1], commentLine: comment.startPosition.row });
  }
  return out;
}

export function isExpired(suppression: Suppression, today: Date): boolean {
  if (!suppression.until) return false;
  return suppression.until < today.toISOString().slice(0, 10);
}
