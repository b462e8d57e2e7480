import * as fs from 'fs';
import * as path from 'path';
import type { Finding } from '../engine/finding';
import type { Rule } from '../engine/rule';
import type { AnalysedFixture } from './fixtureCheck';
import { lineDiff } from './lineDiff';
import type { Check } from './results';

/**
 * Finding snapshots: `<fixture>.snap` beside each fixture (`weak-hash.js.snap`) keeps what a user
 * sees of every finding of the rule in it, one line each, in order:
 *
 *   line:col-line:col  severity  message
 *
 * Lines and columns are 1-based (as editors show them; columns count UTF-16 code units) and the
 * end is exclusive. Lines starting with `#` are comments. A change of message wording or range
 * shows up as a one-line diff in review.
 */
export function snapshotFileOf(fixture: string): string {
  return `${fixture}.snap`;
}

export function renderSnapshot(rule: Rule, fixture: AnalysedFixture): string {
  const header = [
    `# Findings of ${rule.id} in ${path.basename(fixture.file)}: line:col-line:col  severity  message`,
    '# Written by `vetted test --update-snapshots`; `vetted test` fails when the findings differ.',
  ];
  const rows = [...fixture.findings]
    .sort((a, b) => a.range.startIndex - b.range.startIndex || a.range.endIndex - b.range.endIndex)
    .map(snapshotLine);
  return [...header, ...rows].join('\n') + '\n';
}

function snapshotLine(f: Finding): string {
  const { start, end } = f.range;
  const message = f.message.replace(/\r?\n/g, '\\n');
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}  ${f.severity}  ${message}`;
}

/** Compares the fixture's findings with its snapshot, or (when `update`) rewrites a snapshot that differs. */
export function checkSnapshot(rule: Rule, fixture: AnalysedFixture, update: boolean): { check: Check; written: boolean } {
  const file = snapshotFileOf(fixture.file);
  const actual = renderSnapshot(rule, fixture);
  const expected = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  const subject = `${fixture.findings.length} finding(s)`;
  if (expected === actual) return { check: { status: 'pass', kind: 'snapshot', file, subject }, written: false };
  if (update) {
    fs.writeFileSync(file, actual);
    return {
      check: { status: 'pass', kind: 'snapshot', file, subject, detail: expected === undefined ? 'written' : 'updated' },
      written: true,
    };
  }
  if (expected === undefined) {
    return {
      check: { status: 'fail', kind: 'snapshot', file, subject, detail: 'missing: run vetted test --update-snapshots to write it' },
      written: false,
    };
  }
  return {
    check: {
      status: 'fail',
      kind: 'snapshot',
      file,
      subject,
      detail: 'the findings differ from the snapshot (- snapshot, + now); if the change is intended, run vetted test --update-snapshots',
      diff: lineDiff(expected, actual),
    },
    written: false,
  };
}
