import { createHash } from 'crypto';
import type { Finding } from '../../../server/src/engine/finding';

/** Lines of a finding that count towards its fingerprint: a long finding is known by its start. */
const FINGERPRINT_LINES = 3;

/**
 * A fingerprint for each finding that survives lines moving: the rule, the file and the code of
 * the finding's lines (whitespace collapsed), plus how many identical findings come before it in
 * the file. Line numbers are left out, so an edit above a finding does not change it; an edit to
 * the flagged code itself does, which makes the finding new.
 */
export function fingerprintsOf(file: string, text: string, findings: Finding[]): string[] {
  if (findings.length === 0) return []; // most files: no need to split their text
  const lines = text.split('\n');
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const { start, end } = finding.range;
    const code = lines
      .slice(start.line, Math.min(end.line, start.line + FINGERPRINT_LINES - 1) + 1)
      .join('\n')
      .replace(/\s+/g, ' ')
      .trim();
    const key = `${finding.rule.id}\0${file}\0${code}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}
