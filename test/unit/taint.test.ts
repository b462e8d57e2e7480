import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import type { GrammarName } from '../../server/src/engine/languages';
import { DocumentAnalysis } from '../../server/src/engine/incrementalAnalysis';
import { ParsedDocument } from '../../server/src/engine/parsedDocument';
import { RuleLoader } from '../../server/src/engine/ruleLoader';
import { stepText } from '../../server/src/engine/dataflow/traceText';

/**
 * The taint core on small programs, through a bundled taint rule (SSRF: `fetch(x)` is the sink),
 * so what is asserted is what a user sees: the finding on the sink and its path.
 */
const engine = VettedEngine.create();

async function findings(code: string, ruleId = 'js.injection.ssrf', grammar: GrammarName = 'javascript'): Promise<Finding[]> {
  const result = await engine.analyzeText(code, grammar, { isRuleEnabled: (r) => r.id === ruleId });
  return result.findings;
}

/** Each finding as `line: step, step, ...` (1-based lines). */
async function paths(code: string, ruleId?: string, grammar?: GrammarName): Promise<string[]> {
  return (await findings(code, ruleId, grammar)).map(
    (f) => `${f.range.start.line + 1}: ${(f.trace ?? []).map((s, i, trace) => `${s.start.line + 1} ${stepText(trace, i)}`).join(' | ')}`,
  );
}

const handler = (body: string) => `app.get('/x', async (req, res) => {\n${body}\n});\n`;

describe('taint analysis', () => {
  it('follows destructuring with defaults, reassignment, += and template literals to the sink, and names each step', async () => {
    const code = handler(
      [
        '  const { url = "", other } = req.query;',
        '  let target = url;',
        "  target += '/x';",
        '  const full = `${target}?a=1`;',
        '  await fetch(full);',
      ].join('\n'),
    );
    assert.deepStrictEqual(await paths(code), [
      '6: 2 `req.query` is request input (Express, Fastify, Next.js pages API) | 2 `url` comes from `req.query` (line 2) | 3 `target` comes from `url` (line 2) | 5 `full` comes from `target` (line 3)',
    ]);
  });

  it('follows objects, spread, arrays and join, ternaries, await and .then callbacks', async () => {
    const flows = [
      '  const opts = { ...req.body };\n  await fetch(opts.url);',
      "  const parts = ['https:/', req.query.host];\n  await fetch(parts.join('/'));",
      "  const u = req.query.u ? req.query.u : 'https://a.example/';\n  await fetch(u);",
      '  const body = await req.body;\n  await fetch(body.url);',
      '  req.json().then((data) => fetch(data.url));',
    ];
    for (const flow of flows) assert.strictEqual((await findings(handler(flow))).length, 1, flow);
  });

  it('follows helpers in the same file: parameters to sinks and return values back', async () => {
    const code = [
      'function buildUrl(host) { return `https://${host}/api`; }',
      'function get(address) { return fetch(address); }',
      "app.get('/a', (req, res) => { const u = buildUrl(req.query.host); return get(u); });",
      "function unrelated() { return get('https://fixed.example/'); }",
    ].join('\n');
    assert.deepStrictEqual(
      (await findings(code)).map((f) => f.range.start.line + 1),
      [2],
    );
  });

  it('closures see outer variables; a same-named variable in another function or a shadowing parameter does not', async () => {
    const code = [
      "app.get('/a', (req, res) => { const url = req.query.url; setTimeout(() => fetch(url), 10); });",
      "function other() { const url = 'https://fixed.example/'; return fetch(url); }",
      "app.get('/b', (req, res) => { const url = req.query.url; [1].forEach((url) => fetch(String(url))); });",
    ].join('\n');
    assert.deepStrictEqual(
      (await findings(code)).map((f) => f.range.start.line + 1),
      [1],
    );
  });

  it('merges branches (may-taint) and runs loops to a fixed point', async () => {
    const code = handler(
      [
        "  let a = 'https://fixed.example/';",
        '  if (req.query.alt) { a = req.query.alt; }',
        '  await fetch(a);',
        "  let b = 'https://fixed.example/';",
        '  let c = b;',
        '  for (let i = 0; i < 2; i++) { c = b; b = req.query.next; }',
        '  await fetch(c);',
      ].join('\n'),
    );
    assert.deepStrictEqual(
      (await findings(code)).map((f) => f.range.start.line + 1),
      [4, 8],
    );
  });

  it('sanitizers and guards end the flow; constants never taint', async () => {
    const clean = [
      '  const id = parseInt(req.query.id, 10);\n  await fetch(`https://${id}.example/`);',
      '  const { host } = req.query;\n  if (!ALLOWED.has(host)) return res.sendStatus(400);\n  await fetch(host);',
      '  const { host } = req.query;\n  if (ALLOWED.includes(host)) { await fetch(host); }',
      "  const { host } = req.query;\n  if (host !== 'api.example.com') throw new Error('no');\n  await fetch(host);",
      "  const u = new URL(req.query.url);\n  if (u.hostname !== 'api.example.com') return;\n  await fetch(u);",
      '  const t = TARGETS[req.query.key];\n  if (!t) return;\n  await fetch(t);',
      "  const url = 'https://fixed.example/';\n  console.log(req.query.url);\n  await fetch(url);",
      '  const u = lookup(req.query.url);\n  await fetch(u);',
    ];
    for (const flow of clean) assert.deepStrictEqual(await paths(handler(flow)), [], flow);
  });

  it('a containment check clears the path whichever argument it is; a plain validator checks only its first', async () => {
    const checked = [
      '  const file = path.join(ROOT, req.query.name);\n  if (!isWithinDirectory(ROOT, file)) return res.sendStatus(400);\n  fs.readFile(file, done);',
      '  const file = path.join(ROOT, req.query.name);\n  if (!isInside(file, ROOT)) return res.sendStatus(400);\n  fs.readFile(file, done);',
    ];
    for (const flow of checked) assert.deepStrictEqual(await paths(handler(flow), 'js.injection.path-traversal'), [], flow);
    const unchecked =
      '  const file = path.join(ROOT, req.query.name);\n  if (!isValidRoot(ROOT, file)) return res.sendStatus(400);\n  fs.readFile(file, done);';
    assert.strictEqual((await paths(handler(unchecked), 'js.injection.path-traversal')).length, 1, unchecked);
  });

  it('analyses class members on their own: sources in one method never reach a sink in another; helpers are still followed', async () => {
    const code = [
      'function fetchFor(address) { return fetch(address); }',
      'class Previews {',
      '  async show(req, res) { const { url } = req.query; return fetchFor(url); }',
      '  async cached(req, res) { const url = this.last; return fetch(url); }',
      "  async fixed() { return fetch('https://fixed.example/'); }",
      '}',
    ].join('\n');
    assert.deepStrictEqual(
      (await findings(code)).map((f) => f.range.start.line + 1),
      [1],
    );
  });

  it('walks only the nested functions that hold the sink, and still sees the variables they close over', async () => {
    const code = [
      'module.exports = {',
      '  create(req) {',
      '    const target = req.query.url;',
      '    const unrelated = [1, 2].map((n) => n * 2);',
      '    return {',
      '      Preview() { return fetch(target); },',
      "      Health() { return fetch('https://fixed.example/'); },",
      '      Relay() { const target = req.query.next; return [target].map((t) => fetch(t)); },',
      '    };',
      '  },',
      '};',
    ].join('\n');
    assert.deepStrictEqual(await paths(code), [
      '6: 3 `req.query` is request input (Express, Fastify, Next.js pages API) | 3 `target` comes from `req.query` (line 3)',
      '8: 8 `req.query` is request input (Express, Fastify, Next.js pages API) | 8 `target` comes from `req.query` (line 8) | 8 `t` comes from `target` (line 8)',
    ]);
  });

  it('gives the same findings after edits as a fresh analysis when unchanged units come from the cache', async () => {
    const lines = [
      'function get(address) { return fetch(address); }',
      "app.get('/a', (req, res) => { const u = req.query.u; return get(u); });",
      "app.get('/b', (req, res) => get('https://fixed.example/'));",
    ];
    const doc = ParsedDocument.create(await engine.parser('javascript'), 'javascript', lines.join('\n'));
    const analysis = new DocumentAnalysis();
    const options = { isRuleEnabled: (r: { id: string }) => r.id === 'js.injection.ssrf' };
    const lineOf = (r: { findings: Finding[] }) => r.findings.map((f) => f.range.start.line + 1);
    assert.deepStrictEqual(lineOf(await analysis.run(engine.analyzer, doc, options, 'k')), [1]);
    // The caller stops passing request input: the helper's sink is clean, though its own text did not change.
    doc.update([{ range: { start: { line: 1, character: 40 }, end: { line: 1, character: 51 } }, text: "'https://x'" }]);
    assert.deepStrictEqual(lineOf(await analysis.run(engine.analyzer, doc, options, 'k')), []);
    doc.update([{ range: { start: { line: 1, character: 40 }, end: { line: 1, character: 51 } }, text: 'req.query.u' }]);
    assert.deepStrictEqual(lineOf(await analysis.run(engine.analyzer, doc, options, 'k')), [1]);
    doc.dispose();
  });

  it('follows a flow in a file of over 1.2 MB: no size above which data flow is silently skipped', async () => {
    const filler = Array.from({ length: 20_000 }, (_, i) => `const value${i} = '${'a long string literal, few nodes '.repeat(2)}';`).join(
      '\n',
    );
    assert.ok(filler.length > 1_400_000);
    const code = `${filler}\n${handler('  const { url } = req.query;\n  await fetch(url);')}`;
    const result = await engine.analyzeText(code, 'javascript', {
      isRuleEnabled: (r) => r.id === 'js.injection.ssrf',
      timeBudgetMs: 120_000,
    });
    assert.strictEqual(result.timedOut, false);
    assert.deepStrictEqual(
      result.findings.map((f) => `${f.range.start.line + 1}: ${(f.trace ?? []).length} steps`),
      ['20003: 2 steps'],
    );
  });

  it('does not overflow the stack on a 5,000-term concatenation', async () => {
    const terms = Array.from({ length: 5000 }, (_, i) => (i === 2500 ? 'req.query.x' : `'p${i}'`)).join(' + ');
    assert.strictEqual((await findings(handler(`  const u = ${terms};\n  await fetch(u);`))).length, 1);
  });
});

describe('taint rule loading', () => {
  const rule = (taint: string) => `id: custom.test.taint
title: Custom taint rule
severity: high
confidence: high
languages: [javascript]
cwe: [918]
owasp: A10:2021-Server-Side Request Forgery (SSRF)
message: "Request input reaches fetch."
query: |
  (call_expression function: (identifier) @_f arguments: (arguments . (_) @sink) (#eq? @_f "fetch")) @finding
${taint}
explanation: "A custom taint rule used by the loader tests; long enough for the schema."
references: ["https://cwe.mitre.org/data/definitions/918.html"]
`;

  function load(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-taint-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      const result = new RuleLoader().load([{ directory: dir, bundled: false }]);
      return { ...result, errors: result.errors.map((e) => `${path.relative(dir, e.file)}:${e.line}: ${e.message}`) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('resolves named sets from _sets/ and inline entries', () => {
    const sets =
      'sets:\n  - name: my-input\n    kind: source\n    languages: [javascript]\n    description: "my input"\n    query: "(identifier) @source"\n';
    const { rules, errors, taintSets } = load({
      'taint.yaml': rule('taint:\n  sources: [my-input]\n  sanitizers:\n    - query: "(number) @sanitizer"'),
      '_sets/s.yaml': sets,
    });
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(
      rules.map((r) => r.id),
      ['custom.test.taint'],
    );
    assert.deepStrictEqual(
      taintSets.map((s) => s.name),
      ['my-input'],
    );
  });

  it('reports unknown set names, missing captures and schema errors with file and line', () => {
    const badSet =
      'sets:\n  - name: no-capture\n    kind: source\n    languages: [javascript]\n    description: "my input"\n    query: "(identifier) @x"\n  - name: Bad Name\n    kind: source\n';
    const { rules, errors } = load({
      'taint.yaml': rule('taint:\n  sources: [nowhere]'),
      's.yaml': rule('taint:\n  sourcez: [x]').replace('custom.test.taint', 'custom.test.other'),
      '_sets/s.yaml': badSet,
    });
    assert.deepStrictEqual(rules, []);
    assert.deepStrictEqual(
      errors.sort(),
      [
        "_sets/s.yaml:7: 'sets.1' must have required property 'description'",
        "_sets/s.yaml:7: 'sets.1' must have required property 'languages'",
        "_sets/s.yaml:7: 'sets.1' must have required property 'query'",
        '_sets/s.yaml:7: \'sets.1.name\' must match pattern "^[a-z][a-z0-9-]*$"',
        "taint.yaml:9: taint.sources names 'nowhere', which is no source set for javascript (see rules/<language>/_sets/)",
        "s.yaml:12: 'taint' has unknown key 'sourcez'",
        "s.yaml:11: 'taint' must have required property 'sources'",
      ].sort(),
    );
  });
});
