import * as fs from 'fs';
import type { FileFinding } from '../scan';

/** The baseline file: findings accepted as they are, so that only new ones fail a build. */
export interface BaselineFile {
  tool: 'vetted';
  kind: 'baseline';
  version: 1;
  /** One entry per finding; `line` is informative (matching uses the fingerprint). */
  findings: { ruleId: string; file: string; line: number; fingerprint: string }[];
}

export class BaselineError extends Error {}

export function toBaseline(findings: FileFinding[]): BaselineFile {
  return {
    tool: 'vetted',
    kind: 'baseline',
    version: 1,
    findings: findings.map((f) => ({
      ruleId: f.finding.rule.id,
      file: f.file,
      line: f.finding.range.start.line + 1,
      fingerprint: f.fingerprint ?? '',
    })),
  };
}

export function readBaseline(file: string): BaselineFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const b = parsed as Partial<BaselineFile>;
  if (b?.tool !== 'vetted' || b.kind !== 'baseline' || b.version !== 1 || !Array.isArray(b.findings)) {
    throw new BaselineError(`${file} is not a Vetted baseline (write one with: vetted baseline <paths> -o ${file})`);
  }
  for (const [i, f] of b.findings.entries()) {
    if (typeof f?.fingerprint !== 'string' || typeof f.ruleId !== 'string' || typeof f.file !== 'string') {
      throw new BaselineError(`${file}: findings[${i}] needs ruleId, file and fingerprint`);
    }
  }
  return b as BaselineFile;
}

/**
 * The findings not in the baseline, and how many were. Each baseline entry accepts one finding,
 * so a second copy of an accepted line is still new.
 */
export function withoutBaseline(findings: FileFinding[], baseline: BaselineFile): { findings: FileFinding[]; inBaseline: number } {
  const remaining = new Map<string, number>();
  for (const f of baseline.findings) remaining.set(f.fingerprint, (remaining.get(f.fingerprint) ?? 0) + 1);
  const kept: FileFinding[] = [];
  let inBaseline = 0;
  for (const f of findings) {
    const left = f.fingerprint ? (remaining.get(f.fingerprint) ?? 0) : 0;
    if (left > 0) {
      remaining.set(f.fingerprint!, left - 1);
      inBaseline++;
    } else kept.push(f);
  }
  return { findings: kept, inBaseline };
}
