import * as fs from 'fs';
import * as path from 'path';
import type { VettedEngine } from '../engine/engine';
import type { Finding } from '../engine/finding';
import { grammarForPath } from '../engine/languages';
import type { Rule } from '../engine/rule';
import { Annotation, parseAnnotations, splitLines, virtualPath } from './annotations';
import type { Check } from './results';

/** A fixture analysed with its rule alone: the text and the rule's findings in it. */
export interface AnalysedFixture {
  file: string;
  text: string;
  findings: Finding[];
}

export async function analyseFixture(engine: VettedEngine, rule: Rule, file: string): Promise<AnalysedFixture> {
  const text = fs.readFileSync(file, 'utf8');
  const result = await engine.analyzeText(text, grammarForPath(file)!, {
    isRuleEnabled: (r) => r.id === rule.id,
    relativePath: virtualPath(text) ?? path.basename(file),
  });
  return { file, text, findings: result.findings.filter((f) => f.rule.id === rule.id) };
}

/**
 * The verdict on every line the fixture annotates for this rule, and on every line the rule flags
 * without an annotation: fixtures are checked for noise, not just hits. A fixture needs at least
 * one `vetted-expect` and one `vetted-ok` line, so it proves both directions.
 */
export function checkAnnotations(engine: VettedEngine, rule: Rule, fixture: AnalysedFixture): Check[] {
  const { file, text, findings } = fixture;
  const lines = splitLines(text);
  const all = parseAnnotations(text);
  const checks: Check[] = all
    .filter((a) => !engine.ruleSet.rule(a.ruleId))
    .map((a) => ({
      status: 'fail',
      kind: 'fixture',
      file,
      line: a.line + 1,
      subject: lines[a.line].trim(),
      detail: `annotation names unknown rule '${a.ruleId}'`,
    }));
  const flagged = new Map<number, Finding[]>();
  for (const f of findings) flagged.set(f.range.start.line, [...(flagged.get(f.range.start.line) ?? []), f]);
  const mine = all.filter((a) => a.ruleId === rule.id);
  for (const a of mine) checks.push(verdict(rule, a, lines[a.line].trim(), flagged.get(a.line), file));
  const annotated = new Set(mine.map((a) => a.line));
  for (const [line, found] of [...flagged].sort(([x], [y]) => x - y)) {
    if (annotated.has(line)) continue;
    checks.push({
      status: 'fail',
      kind: 'unannotated',
      file,
      line: line + 1,
      subject: lines[line].trim(),
      detail: `flagged by ${rule.id} but not annotated: ${found[0].message}`,
    });
  }
  // A placeholder left in a message: the pattern that matched does not capture that name.
  for (const f of findings) {
    const unfilled = /\{\{\s*([\w.-]+)\s*\}\}/.exec(f.message);
    if (unfilled) {
      const line = f.range.start.line;
      checks.push({
        status: 'fail',
        kind: 'message',
        file,
        line: line + 1,
        subject: lines[line].trim(),
        detail: `the message keeps {{${unfilled[1]}}}: the pattern that matched does not capture @${unfilled[1]} (${f.message})`,
      });
    }
  }
  for (const kind of ['expect', 'ok'] as const) {
    if (!mine.some((a) => a.kind === kind)) {
      checks.push({
        status: 'fail',
        kind: 'fixture',
        file,
        subject: `no vetted-${kind} line for ${rule.id}`,
        detail:
          kind === 'expect' ? 'annotate at least one line the rule must flag' : 'annotate at least one near miss the rule must not flag',
      });
    }
  }
  return checks;
}

function verdict(rule: Rule, a: Annotation, subject: string, found: Finding[] | undefined, file: string): Check {
  const base = { kind: a.kind, file, line: a.line + 1, subject };
  const isFlagged = found !== undefined;
  switch (a.kind) {
    case 'expect':
      return isFlagged ? { ...base, status: 'pass' } : { ...base, status: 'fail', detail: `expected ${rule.id}, not flagged` };
    case 'ok':
      return isFlagged
        ? { ...base, status: 'fail', detail: `must not be flagged by ${rule.id}: ${found[0].message}` }
        : { ...base, status: 'pass' };
    case 'todo-expect':
      return isFlagged
        ? {
            ...base,
            status: 'fail',
            detail: `known gap closed: ${rule.id} now flags this line; change vetted-todo-expect to vetted-expect`,
          }
        : { ...base, status: 'gap', detail: a.note ?? `${rule.id} should flag this line and does not yet` };
    case 'todo-ok':
      return isFlagged
        ? { ...base, status: 'gap', detail: a.note ?? `${rule.id} flags this line and should not` }
        : { ...base, status: 'fail', detail: `known gap closed: ${rule.id} no longer flags this line; change vetted-todo-ok to vetted-ok` };
  }
}
