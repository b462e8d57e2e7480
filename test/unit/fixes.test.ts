import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { applyEdits, fixKeepsSyntax } from '../../server/src/engine/fixes';

const RULE = (fixReplace: string) => `id: custom.test.loose-equals-null
title: Loose comparison with null
severity: low
confidence: high
languages: [javascript]
cwe: [697]
owasp: A04:2021-Insecure Design
message: "'{{left}} == null' also matches undefined."
query: |
  (binary_expression left: (_) @left operator: "==" @op right: (null)) @finding
fix:
  title: Use strict equality
  edits:
    - capture: op
      replace: "${fixReplace}"
explanation: "Loose equality with null matches undefined too; be explicit about which you mean."
references: ["https://cwe.mitre.org/data/definitions/697.html"]
`;

function engineWith(ruleText: string): VettedEngine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-fix-'));
  fs.writeFileSync(path.join(dir, 'rule.yaml'), ruleText);
  return VettedEngine.create({ ruleSources: [{ directory: dir, bundled: false }] });
}

describe('fixes', () => {
  it('edits exactly the captured node range', async () => {
    const engine = engineWith(RULE('==='));
    const text = 'if (user.id == null) { deny(); }\nconst a = b == null;\n';
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.strictEqual(findings.length, 2);
    const fixed = applyEdits(
      text,
      findings.flatMap((f) => f.fix!.edits),
    );
    assert.strictEqual(fixed, 'if (user.id === null) { deny(); }\nconst a = b === null;\n');
    assert.strictEqual(await fixKeepsSyntax(engine, 'javascript', text, findings[0].fix!.edits), true);
  });

  it('withholds a fix whose result would not parse', async () => {
    const engine = engineWith(RULE('=== ('));
    const text = 'const a = b == null;\n';
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.strictEqual(await fixKeepsSyntax(engine, 'javascript', text, findings[0].fix!.edits), false);
  });

  it('judges a fix in half-typed code by the errors it adds, not those already there', async () => {
    const engine = engineWith(RULE('==='));
    const text = 'const a = b == null;\nfunction broken( {\n';
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.strictEqual(findings.length, 1);
    assert.strictEqual(await fixKeepsSyntax(engine, 'javascript', text, findings[0].fix!.edits), true);
  });

  it('skips an optional edit whose capture is missing, and offers the fix when one edit applies', async () => {
    const engine = engineWith(
      `id: custom.test.loose-compare-literal
title: Loose comparison with a literal
severity: low
confidence: high
languages: [javascript]
cwe: [697]
owasp: A04:2021-Insecure Design
message: "Loose comparison."
query: |
  (binary_expression operator: "==" @eq right: (null)) @finding
  (binary_expression operator: "!=" @ne right: (null)) @finding
  (binary_expression operator: "<" right: (null)) @finding
fix:
  title: Use strict comparison
  edits:
    - capture: eq
      replace: "==="
      optional: true
    - capture: ne
      replace: "!=="
      optional: true
explanation: "Loose equality with null matches undefined too; be explicit about which you mean."
references: ["https://cwe.mitre.org/data/definitions/697.html"]
`,
    );
    const text = 'a == null;\nb != null;\nc < null;\n';
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.strictEqual(findings.length, 3);
    assert.strictEqual(findings[2].fix, undefined);
    const fixed = applyEdits(
      text,
      findings.flatMap((f) => f.fix?.edits ?? []),
    );
    assert.strictEqual(fixed, 'a === null;\nb !== null;\nc < null;\n');
  });

  it('edits only what match finds inside the capture, on the right line and column', async () => {
    const engine = engineWith(
      `id: custom.test.plain-http
title: Plain http URL
severity: low
confidence: high
languages: [javascript]
cwe: [319]
owasp: A02:2021-Cryptographic Failures
message: "Plain http URL."
query: |
  (call_expression arguments: (arguments . [(string) (template_string)] @url)) @finding
fix:
  title: Use https
  edits:
    - capture: url
      match: "^.http://"
      replace: "'https://"
      optional: true
    - capture: url
      match: "ws://"
      replace: "wss://"
      optional: true
explanation: "A plain http URL sends the request in the clear; use https when the server has TLS."
references: ["https://cwe.mitre.org/data/definitions/319.html"]
`,
    );
    const text = "get('http://a.io/x');\nconnect(`\nws://b.io`);\nconnect(`ws://b.io/é`);\nget('/local');\n";
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.strictEqual(findings.length, 4);
    assert.deepStrictEqual(findings[0].fix!.edits[0].range, {
      start: { line: 0, character: 4 },
      end: { line: 0, character: 12 },
      startIndex: 4,
      endIndex: 12,
    });
    assert.strictEqual(findings[3].fix, undefined);
    const fixed = applyEdits(
      text,
      findings.flatMap((f) => f.fix?.edits ?? []),
    );
    assert.strictEqual(fixed, "get('https://a.io/x');\nconnect(`\nwss://b.io`);\nconnect(`wss://b.io/é`);\nget('/local');\n");
  });

  it('places a match after a line break inside the capture', async () => {
    const engine = engineWith(
      `id: custom.test.todo-in-template
title: TODO in a template
severity: low
confidence: high
languages: [javascript]
cwe: [1164]
owasp: A04:2021-Insecure Design
message: "A TODO left in a template."
query: |
  (template_string) @finding
fix:
  title: Mark it done
  edits:
    - capture: finding
      match: "TODO"
      replace: DONE
explanation: "A template with a TODO marker in it; this rule only exercises multi-line fix ranges."
references: ["https://cwe.mitre.org/data/definitions/1164.html"]
`,
    );
    const text = 'const t = `a\n  b TODO`;\n';
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.deepStrictEqual(findings[0].fix!.edits[0].range, {
      start: { line: 1, character: 4 },
      end: { line: 1, character: 8 },
      startIndex: 17,
      endIndex: 21,
    });
  });

  it('refuses overlapping edits', () => {
    const range = (s: number, e: number) => ({
      start: { line: 0, character: s },
      end: { line: 0, character: e },
      startIndex: s,
      endIndex: e,
    });
    assert.throws(
      () =>
        applyEdits('abcdef', [
          { range: range(0, 3), newText: 'x' },
          { range: range(2, 4), newText: 'y' },
        ]),
      /overlapping/,
    );
  });
});

describe('conditions', () => {
  const rule = (where: string) => `id: custom.test.random-token
title: Math.random for a token
severity: medium
confidence: medium
languages: [javascript]
cwe: [338]
owasp: A02:2021-Cryptographic Failures
message: "Math.random() is predictable."
query: |
  (call_expression function: (member_expression object: (identifier) @_o property: (property_identifier) @_p)
    (#eq? @_o "Math") (#eq? @_p "random")) @finding
where:
${where}
explanation: "Math.random is not a cryptographically secure generator; use crypto.randomBytes."
references: ["https://cwe.mitre.org/data/definitions/338.html"]
`;
  const text = [
    'function makeToken() { return Math.random().toString(36); }',
    'function jitter() { return Math.random() * 100; }',
    'const sessionId = Math.floor(Math.random() * 1e9);',
    'const delay = Math.random() * 10;',
  ].join('\n');

  it('inside: an enclosing function or declarator whose name matches', async () => {
    const engine = engineWith(
      rule(`  - capture: finding
    inside:
      types: [function_declaration, variable_declarator]
      name-matches: "(?i)token|session"`),
    );
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.deepStrictEqual(
      findings.map((f) => f.range.start.line),
      [0, 2],
    );
  });

  it('not-inside with stop-at: ignores enclosing nodes past the boundary', async () => {
    const engine = engineWith(
      rule(`  - capture: finding
    not-inside:
      types: [variable_declarator]
      stop-at: [function_declaration]`),
    );
    const { findings } = await engine.analyzeText(text, 'javascript');
    assert.deepStrictEqual(
      findings.map((f) => f.range.start.line),
      [0, 1],
    );
  });

  it('not-inside with text-matches: only an enclosing function whose text matches counts', async () => {
    const engine = engineWith(
      rule(`  - capture: finding
    not-inside:
      types: [function_declaration]
      text-matches: "toString"
      stop-at: [function_declaration]`),
    );
    const { findings } = await engine.analyzeText(text, 'javascript');
    // makeToken's text calls toString (left out); jitter's does not; the top-level lines have no function.
    assert.deepStrictEqual(
      findings.map((f) => f.range.start.line),
      [1, 2, 3],
    );
  });
});
