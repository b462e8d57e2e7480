import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { grammarForPath } from '../../server/src/engine/languages';
import { fixturesOf } from '../../server/src/engine/ruleFixtures';

/**
 * A finding's message is shown in the editor, in CI logs and in uploaded SARIF: it must never
 * carry the secret it is about. Every rule about secrets, keys, tokens or credentials runs on
 * its fixture, and no message may contain a string literal from the flagged lines.
 */
const engine = VettedEngine.create();
const SECRETISH = /secret|key|token|credential|password/i;
/** Shorter literals ('HS256', 'md5') are words a message may rightly quote. */
const MIN_SECRET_LENGTH = 6;
const STRING_LITERAL = /(["'`])((?:\\.|(?!\1)[^\\])*)\1/gs;

describe('no secret in finding messages', () => {
  const rules = engine.ruleSet.rules.filter((rule) => SECRETISH.test(rule.id));
  it('covers the secrets rules of both languages', () => {
    assert.ok(rules.some((r) => r.id === 'py.jwt.hardcoded-key') && rules.some((r) => r.id === 'js.secrets.hardcoded-secret'));
    assert.ok(rules.length >= 12, rules.map((r) => r.id).join());
  });
  for (const rule of rules) {
    it(`${rule.id}: no message contains a literal of the flagged code`, async () => {
      for (const fixture of fixturesOf(rule.file)) {
        const text = fs.readFileSync(fixture, 'utf8');
        const lines = text.split('\n');
        const { findings } = await engine.analyzeText(text, grammarForPath(fixture)!, {
          isRuleEnabled: (r) => r.id === rule.id,
          relativePath: path.basename(fixture),
        });
        assert.ok(findings.length > 0, `${fixture}: no findings`);
        for (const finding of findings) {
          const flagged = lines.slice(finding.range.start.line, finding.range.end.line + 1).join('\n');
          const literals = [...flagged.matchAll(STRING_LITERAL)];
          // A mapping key or subscript ('X-API-Key': …, config["SECRET_KEY"]) names the secret; the message may say which.
          const names = new Set(literals.filter((m) => /^\s*[:\]]/.test(flagged.slice(m.index + m[0].length))).map((m) => m[2]));
          for (const [, , literal] of literals) {
            if (literal.length < MIN_SECRET_LENGTH || names.has(literal)) continue;
            assert.ok(
              !finding.message.includes(literal),
              `${path.basename(fixture)}:${finding.range.start.line + 1}: the message repeats ${JSON.stringify(literal)}: ${finding.message}`,
            );
          }
        }
      }
    });
  }
});
