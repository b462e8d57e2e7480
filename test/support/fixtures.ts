import * as fs from 'fs';
import * as path from 'path';
import type { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import { applyEdits } from '../../server/src/engine/fixes';
import { grammarForPath } from '../../server/src/engine/languages';
import type { Rule } from '../../server/src/engine/rule';
export { fixedFileOf } from '../../server/src/engine/ruleFixtures';

/**
 * Rule fixtures: source files beside a rule, annotated line by line.
 * `vetted-expect: <rule-id>` — the next code line must be flagged by that rule.
 * `vetted-ok: <rule-id>` — the next code line must not be.
 * Every other line must not be flagged by the fixture's rule either.
 */
export interface Annotation {
  kind: 'expect' | 'ok';
  ruleId: string;
  /** 0-based line the annotation is about. */
  line: number;
}

const ANNOTATION = /vetted-(expect|ok):\s*([a-z0-9][\w.-]*(?:\s*,\s*[a-z0-9][\w.-]*)*)/;

export function parseAnnotations(text: string): Annotation[] {
  const lines = text.split(/\r?\n/);
  const out: Annotation[] = [];
  const pending: { kind: 'expect' | 'ok'; ruleId: string }[] = [];
  lines.forEach((line, index) => {
    const match = ANNOTATION.exec(line);
    const isAnnotationOnly = match !== null && /^\s*(\/\/|#|\/\*|\{\/\*)/.test(line);
    if (match && isAnnotationOnly) {
      for (const id of match[2].split(',')) pending.push({ kind: match[1] as 'expect' | 'ok', ruleId: id.trim() });
      return;
    }
    if (pending.length > 0 && line.trim() !== '') {
      for (const p of pending) out.push({ ...p, line: index });
      pending.length = 0;
    }
  });
  return out;
}

export interface FixtureCheck {
  problems: string[];
  expectCount: number;
  okCount: number;
  fixedText?: string;
}

/** Checks one fixture against its rule; returns human-readable problems (empty when it passes). */
export async function checkFixture(engine: VettedEngine, rule: Rule, fixture: string): Promise<FixtureCheck> {
  const grammar = grammarForPath(fixture)!;
  const text = fs.readFileSync(fixture, 'utf8');
  const annotations = parseAnnotations(text).filter((a) => a.ruleId === rule.id);
  const unknown = parseAnnotations(text).filter((a) => !engine.ruleSet.rule(a.ruleId));
  const problems: string[] = unknown.map((a) => `line ${a.line + 1}: annotation names unknown rule '${a.ruleId}'`);
  const result = await engine.analyzeText(text, grammar, { isRuleEnabled: (r) => r.id === rule.id, relativePath: virtualPath(text) ?? path.basename(fixture) });
  const findings = result.findings.filter((f) => f.rule.id === rule.id);
  const flaggedLines = new Map<number, Finding[]>();
  for (const f of findings) flaggedLines.set(f.range.start.line, [...(flaggedLines.get(f.range.start.line) ?? []), f]);
  const annotated = new Set<number>();
  for (const a of annotations) {
    annotated.add(a.line);
    const flagged = flaggedLines.has(a.line);
    if (a.kind === 'expect' && !flagged) problems.push(`line ${a.line + 1}: expected ${rule.id}, not flagged: ${lineText(text, a.line)}`);
    if (a.kind === 'ok' && flagged) problems.push(`line ${a.line + 1}: must not be flagged by ${rule.id}: ${lineText(text, a.line)}`);
  }
  for (const line of flaggedLines.keys()) {
    if (!annotated.has(line)) problems.push(`line ${line + 1}: flagged by ${rule.id} but not annotated: ${lineText(text, line)}`);
  }
  const check: FixtureCheck = {
    problems,
    expectCount: annotations.filter((a) => a.kind === 'expect').length,
    okCount: annotations.filter((a) => a.kind === 'ok').length,
  };
  if (rule.fix) {
    const edits = findings.flatMap((f) => f.fix?.edits ?? []);
    check.fixedText = applyEdits(text, edits);
  }
  return check;
}

/** `vetted-path: <path>` in a fixture analyses it as if it lived at that path (for rules' `paths` filters). */
function virtualPath(text: string): string | undefined {
  return /vetted-path:\s*(\S+)/.exec(text)?.[1];
}

function lineText(text: string, line: number): string {
  return (text.split(/\r?\n/)[line] ?? '').trim();
}
