import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const RULES = path.resolve(__dirname, '..', '..', 'rules');

/**
 * Rule files ship in the .vsix and the CLI package (fixtures do not). A realistic fake credential
 * in a rule's explanation makes `vsce package` refuse to build and trips every secret scanner
 * that sees the package, so explanations show placeholders (`ghp_…`) and the realistic values
 * live in the fixtures. The patterns are those of common secret scanners, not of Vetted's rules.
 */
const CREDENTIALS: [string, RegExp][] = [
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{22,}/],
  ['Slack token or webhook', /\bxox[abposr]-[0-9A-Za-z-]{10,}|hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,}/],
  // AWS's own documentation key (AKIAIOSFODNN7EXAMPLE) is public and named as such; AKIAXXXX… is filler.
  ['AWS access key id', /\b(?:AKIA|ASIA)(?![A-Z2-7]*EXAMPLE)(?![A-Z2-7]{0,10}([A-Z2-7])\1{5})[A-Z2-7]{16}\b/],
  ['Stripe secret key', /\b[sr]k_live_[A-Za-z0-9]{16,}/],
  ['Google API key', /\bAIza[A-Za-z0-9_-]{35}\b/],
  ['OpenAI API key', /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9_-]{16,}T3BlbkFJ/],
  ['Anthropic API key', /\bsk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_-]{40,}/],
  ['SendGrid API key', /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['GitLab token', /\bgl(?:pat|dt|rt|cbt|ptt|ft|soat|oas)-[A-Za-z0-9_-]{20,}/],
  ['private key block', /-----BEGIN [A-Z ]*PRIVATE KEY-----\s*\n\s*[A-Za-z0-9+/=]{40,}/],
];

function ruleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ruleFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

describe('shipped rule files', () => {
  it('hold no realistic credential (explanations use placeholders; fixtures, which do not ship, hold the real-looking ones)', () => {
    const found: string[] = [];
    for (const file of ruleFiles(RULES)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [what, pattern] of CREDENTIALS) {
        const match = pattern.exec(text);
        if (match) found.push(`${path.relative(RULES, file)}:${text.slice(0, match.index).split('\n').length}: ${what}`);
      }
    }
    assert.deepStrictEqual(found, []);
  });

  it('the check finds a realistic token', () => {
    const token = ['ghp', '_', 'R7mK2xQ9vL4tN8wB3zH6cJ1pF5sD0gY2aE9u'].join('');
    assert.ok(CREDENTIALS.some(([, pattern]) => pattern.test(`auth: '${token}'`)));
  });
});
