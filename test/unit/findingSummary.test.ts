import * as assert from 'assert';
import { linesCovered, statusBarText, summarize } from '../../client/src/findingSummary';
import type { DiagnosticData } from '../../server/src/protocol';

const diagnostic = (message: string, data?: Partial<DiagnosticData>, source = 'vetted') => ({
  source,
  message,
  data: data && { kind: 'finding', ruleId: 'js.crypto.weak-hash', version: 1, ...data },
});

/** The status bar's counts come from the diagnostics' data; their messages are for people. */
describe('status bar summary', () => {
  it('counts AI findings by their data, whatever the message says', () => {
    const summary = summarize([
      diagnostic('a reworded message', { ai: 'accepted' }),
      diagnostic('[AI-accepted] a finding whose data says human-written', {}),
      diagnostic('[possibly AI-written] …', { ai: 'possibly' }),
      diagnostic('AI-accepted code in security-sensitive logic', { kind: 'review-note', ai: 'accepted' }),
      diagnostic('a rule file error, no data'),
      diagnostic('another tool', { ai: 'accepted' }, 'eslint'),
    ]);
    assert.deepStrictEqual(
      { findings: summary.findings.map((d) => d.message), aiFindings: summary.aiFindings, reviewNotes: summary.reviewNotes },
      {
        findings: [
          'a reworded message',
          '[AI-accepted] a finding whose data says human-written',
          '[possibly AI-written] …',
          'a rule file error, no data',
        ],
        aiFindings: 1,
        reviewNotes: 1,
      },
    );
  });

  it('words the counts as the status bar shows them', () => {
    const one = summarize([diagnostic('x', { ai: 'accepted' })]);
    assert.deepStrictEqual(statusBarText(one, 1), {
      text: '$(shield) Vetted: 1 · AI: 1 line, 1 finding',
      tooltip: 'Vetted: 1 security finding(s) in this file — click to open Problems\n1 AI-accepted line(s) with 1 finding(s)',
    });
    assert.deepStrictEqual(statusBarText(summarize([]), 0, { reason: 'stopped after 3000 ms' }), {
      text: '$(shield) Vetted (partial)',
      tooltip: 'Vetted: no security findings in this file\nAnalysis stopped after 3000 ms',
    });
  });

  it('counts each line an AI region touches once', () => {
    const text = 'a\nbb\nccc\ndddd\n';
    const lineAt = (offset: number) => text.slice(0, offset).split('\n').length - 1;
    // Lines 1–2, and line 2 again; a region ending at a line break does not reach the next line.
    assert.strictEqual(
      linesCovered(
        [
          { start: 2, end: 9 },
          { start: 5, end: 7 },
        ],
        lineAt,
      ),
      2,
    );
    assert.strictEqual(linesCovered([], lineAt), 0);
  });
});
