import * as assert from 'assert';
import { VettedEngine } from '../../server/src/engine/engine';
import { parseSuppression } from '../../server/src/engine/suppressions';

const engine = VettedEngine.create();
const today = new Date('2026-06-15T12:00:00Z');

async function ruleIdsByLine(text: string, grammar: 'javascript' | 'python' | 'tsx' = 'javascript') {
  const result = await engine.analyzeText(text, grammar, { today });
  return {
    reported: result.findings.map((f) => `${f.range.start.line}:${f.rule.id}${f.expiredSuppression ? ':expired' : ''}`),
    suppressed: result.suppressed.map((f) => `${f.range.start.line}:${f.rule.id}`),
  };
}

describe('suppressions', () => {
  it('parses ids, expiry and reason', () => {
    assert.deepStrictEqual(parseSuppression('// vetted-ignore js.a, js.b until 2027-01-31 -- reviewed by security'), {
      ruleIds: ['js.a', 'js.b'],
      until: '2027-01-31',
      reason: 'reviewed by security',
    });
    assert.deepStrictEqual(parseSuppression('# vetted-ignore py.x'), { ruleIds: ['py.x'], until: undefined, reason: undefined });
    assert.deepStrictEqual(parseSuppression('{/* vetted-ignore js.xss.x -- trusted markup */}'), {
      ruleIds: ['js.xss.x'],
      until: undefined,
      reason: 'trusted markup',
    });
    assert.strictEqual(parseSuppression('// vetted-ignore'), undefined);
  });

  it('suppresses on the same line and on the line below, for the named rule only', async () => {
    const text = [
      "crypto.createHash('md5'); // vetted-ignore js.crypto.weak-hash -- ETag only",
      '// vetted-ignore js.crypto.weak-hash -- cache key',
      "crypto.createHash('md5');",
      '// vetted-ignore js.other.rule -- wrong rule',
      "crypto.createHash('md5');",
      "crypto.createHash('md5');",
    ].join('\n');
    assert.deepStrictEqual(await ruleIdsByLine(text), {
      reported: ['4:js.crypto.weak-hash', '5:js.crypto.weak-hash'],
      suppressed: ['0:js.crypto.weak-hash', '2:js.crypto.weak-hash'],
    });
  });

  it('stops suppressing after the until date and says so', async () => {
    const text = [
      '// vetted-ignore js.crypto.weak-hash until 2026-01-01 -- migrate by new year',
      "crypto.createHash('md5');",
      '// vetted-ignore js.crypto.weak-hash until 2026-12-31 -- migrate by year end',
      "crypto.createHash('md5');",
    ].join('\n');
    assert.deepStrictEqual(await ruleIdsByLine(text), {
      reported: ['1:js.crypto.weak-hash:expired'],
      suppressed: ['3:js.crypto.weak-hash'],
    });
  });

  it('works with Python comments, and does not apply two lines down', async () => {
    const text = [
      'import subprocess',
      '# vetted-ignore py.injection.subprocess-shell -- fixed command list',
      'subprocess.run(cmd, shell=True)',
      '',
      'subprocess.run(cmd, shell=True)',
    ].join('\n');
    assert.deepStrictEqual(await ruleIdsByLine(text, 'python'), {
      reported: ['4:py.injection.subprocess-shell'],
      suppressed: ['2:py.injection.subprocess-shell'],
    });
  });

  it('is not a suppression inside a string', async () => {
    const text = ["const s = '// vetted-ignore js.crypto.weak-hash'; crypto.createHash('md5');"].join('\n');
    assert.deepStrictEqual((await ruleIdsByLine(text)).reported, ['0:js.crypto.weak-hash']);
  });
});
