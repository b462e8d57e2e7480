import { randomUUID } from 'crypto';
import { diffLines } from 'diff';
import type { StoredFileProvenance } from './format';
import { restore, toStored } from './provenanceStore';
import { RegionTracker, TextChange } from './regionTracker';

/** Who made an agent's edit, as recorded on its regions. */
export interface AgentEditSource {
  /** The agent, e.g. `claude-code`, `vscode-agent`. */
  agent: string;
  /** Tool and call detail, e.g. `Edit toolu_01…`. */
  source?: string;
  at?: string;
}

/**
 * The file's provenance after an agent rewrote it from `before` to `after`, from the two texts
 * alone (never from where the agent said it edited):
 * - regions already recorded move with the text (as the editor moves them) and become "ai-modified"
 *   where the agent changed them;
 * - each run of lines the agent added or changed becomes one region, from its first non-blank
 *   character to the end of its last line's code, signal `agent-hook`, kind `agent`;
 * - a changed line that only differs in indentation or trailing space from a line the same hunk
 *   removed is layout, not new code, and is not tagged (an agent that reformats keeps authorship).
 * Returns undefined when nothing is recorded (no regions before or after).
 */
export function recordAgentEdit(
  key: string,
  entry: StoredFileProvenance | undefined,
  before: string,
  after: string,
  by: AgentEditSource,
): StoredFileProvenance | undefined {
  const restored = entry ? restore(entry, before) : { regions: [], lost: [] };
  const tracker = new RegionTracker(restored.regions, before);
  const changes: TextChange[] = [];
  const added: { start: number; end: number }[] = [];
  let oldOffset = 0;
  let newOffset = 0;
  const parts = diffLines(before, after);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      oldOffset += part.value.length;
      newOffset += part.value.length;
      continue;
    }
    // A hunk: removed lines, added lines, or both (in either order).
    const removed = part.removed ? part.value : parts[i + 1]?.removed && part.added ? parts[i + 1].value : '';
    const inserted = part.added ? part.value : parts[i + 1]?.added ? parts[i + 1].value : '';
    if ((part.removed && parts[i + 1]?.added) || (part.added && parts[i + 1]?.removed)) i++;
    changes.push({ offset: oldOffset, length: removed.length, text: inserted });
    const layoutOnly = new Set(
      removed
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    );
    let lineStart = newOffset;
    for (const line of inserted.split(/(?<=\n)/)) {
      const code = line.trim();
      if (code !== '' && !layoutOnly.has(code)) {
        const start = lineStart + line.length - line.trimStart().length;
        const end = lineStart + line.trimEnd().length;
        const last = added[added.length - 1];
        // Tagged lines with only blank lines between them make one region.
        if (last && after.slice(last.end, start).trim() === '') last.end = end;
        else added.push({ start, end });
      }
      lineStart += line.length;
    }
    oldOffset += removed.length;
    newOffset += inserted.length;
  }
  if (changes.length > 0) tracker.apply(changes, 'user');
  const at = by.at ?? new Date().toISOString();
  for (const span of added) {
    tracker.add(span.start, span.end, {
      signal: 'agent-hook',
      kind: 'agent',
      agent: by.agent,
      confidence: 'high',
      acceptedAt: at,
      id: randomUUID(),
      ...(by.source ? { source: by.source } : {}),
    });
  }
  if (tracker.regions.length === 0 && !entry) return undefined;
  const stored = toStored(key, after, tracker.regions, entry);
  stored.lost = [...stored.lost, ...restored.lost];
  return stored;
}
