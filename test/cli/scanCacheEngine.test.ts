import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VettedEngine } from '../../server/src/engine/engine';
import { scan, ScanResult } from '../../cli/src/scan';
import { ScanCache } from '../../cli/src/cache/scanCache';
import { main } from '../../cli/src/main';
import { RuleSet } from '../../server/src/engine/ruleSet';
import { VALID_RULE } from '../support/ruleFolder';

const MD5 = "require('crypto').createHash('md5').update(x);\n";
const RULE_SET = 'rules under test';

/**
 * The cache inside one process, where the engine can be watched: what is compiled and analysed, and
 * what a timed-out or failed analysis leaves behind. (test/cli/scanCache.test.ts runs the CLI.)
 */
describe('scan cache: what is analysed and compiled', () => {
  let dir: string;
  let cacheFile: string;
  const warnings: string[] = [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-cache-engine-'));
    cacheFile = path.join(dir, 'cache', 'scan.json');
    for (const name of ['a.js', 'slow.js', 'explodes.js']) fs.writeFileSync(path.join(dir, name), MD5);
    warnings.length = 0;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** An engine that records the files it analyses and the grammars it compiles. */
  function watchedEngine(behaviour: (relative: string) => 'timeout' | 'throw' | 'normal' = () => 'normal') {
    const engine = VettedEngine.create();
    const analyzed: string[] = [];
    const compiled: string[] = [];
    const analyzeText = engine.analyzeText.bind(engine);
    engine.analyzeText = async (text, grammar, options) => {
      analyzed.push(options!.relativePath!);
      const what = behaviour(options!.relativePath!);
      if (what === 'throw') throw new Error('engine failure');
      const result = await analyzeText(text, grammar, options);
      return what === 'timeout' ? { ...result, timedOut: true } : result;
    };
    const compile = engine.ruleSet.compile.bind(engine.ruleSet);
    engine.ruleSet.compile = (grammar) => {
      compiled.push(grammar);
      return compile(grammar);
    };
    return { engine, analyzed, compiled };
  }

  async function scanWith(engine: VettedEngine, today?: Date): Promise<ScanResult> {
    const cache = ScanCache.open(cacheFile, RULE_SET, (w) => warnings.push(w), today);
    const result = await scan(engine, { root: dir, targets: [dir], maxFileBytes: 1024 * 1024, timeBudgetMs: 10_000, jobs: 1, cache });
    cache.save((w) => warnings.push(w));
    return result;
  }

  it('compiles no query and analyses no file when every file is in the cache', async () => {
    const cold = watchedEngine();
    const first = await scanWith(cold.engine);
    assert.deepStrictEqual(cold.analyzed.sort(), ['a.js', 'explodes.js', 'slow.js']);
    assert.deepStrictEqual([...new Set(cold.compiled)], ['javascript']);

    const warm = watchedEngine();
    const second = await scanWith(warm.engine);
    assert.deepStrictEqual(warm.analyzed, []);
    assert.deepStrictEqual(warm.compiled, []);
    assert.strictEqual(second.fromCache, 3);
    assert.deepStrictEqual(second.findings, first.findings);
    assert.deepStrictEqual(warnings, []);
  });

  it('never keeps the result of a file whose analysis timed out or failed', async () => {
    const flaky = watchedEngine((file) => (file === 'slow.js' ? 'timeout' : file === 'explodes.js' ? 'throw' : 'normal'));
    const first = await scanWith(flaky.engine);
    assert.deepStrictEqual(first.skipped.map((s) => s.relative).sort(), ['explodes.js', 'slow.js']);

    const next = watchedEngine();
    const second = await scanWith(next.engine);
    assert.deepStrictEqual(next.analyzed.sort(), ['explodes.js', 'slow.js']);
    assert.strictEqual(second.fromCache, 1);
    assert.deepStrictEqual(second.skipped, []);
    assert.deepStrictEqual(
      second.findings.map((f) => f.file),
      ['a.js', 'explodes.js', 'slow.js'],
    );
  });

  it('analyses a file again on the day one of its suppressions has expired', async () => {
    const until = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    fs.writeFileSync(path.join(dir, 'a.js'), `// vetted-ignore js.crypto.weak-hash until ${until} -- rotating next sprint\n${MD5}`);
    await scanWith(watchedEngine().engine);

    const sameDay = watchedEngine();
    await scanWith(sameDay.engine);
    assert.deepStrictEqual(sameDay.analyzed, []);

    const afterExpiry = watchedEngine();
    await scanWith(afterExpiry.engine, new Date(Date.now() + 3 * 86_400_000));
    assert.deepStrictEqual(afterExpiry.analyzed, ['a.js'], 'the cached result still has the finding suppressed');
  });
});

describe('scan cache with custom rules: what the CLI compiles', () => {
  let dir: string;
  let compiled: string[];
  // Every engine the CLI creates is watched, so the method is replaced on the class for the test.
  const compile = Object.getOwnPropertyDescriptor(RuleSet.prototype, 'compile')!.value as RuleSet['compile'];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-cache-rules-'));
    fs.mkdirSync(path.join(dir, 'rules'));
    fs.writeFileSync(path.join(dir, 'rules', 'no-debugger.yaml'), VALID_RULE);
    fs.writeFileSync(path.join(dir, 'app.js'), `debugger;\n${MD5}`);
    compiled = [];
    RuleSet.prototype.compile = function (grammar) {
      compiled.push(grammar);
      return compile.call(this, grammar);
    };
  });
  afterEach(() => {
    RuleSet.prototype.compile = compile;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** `vetted scan` in this process, its report and its exit code. */
  async function vettedScan(...args: string[]): Promise<{ code: number; report: string }> {
    const write = process.stdout.write.bind(process.stdout);
    let report = '';
    process.stdout.write = (chunk: string | Uint8Array) => {
      report += String(chunk);
      return true;
    };
    try {
      const code = await main(['scan', dir, '--root', dir, '--rules', path.join(dir, 'rules'), '--fail-on', 'none', ...args]);
      return { code, report };
    } finally {
      process.stdout.write = write;
    }
  }

  it('compiles every query once to find broken rules, and not again while the rules and files are unchanged', async () => {
    const cold = await vettedScan('--cache', '--format', 'json');
    assert.ok(compiled.length > 0, 'custom rules are compiled up front');
    compiled = [];
    const warm = await vettedScan('--cache', '--format', 'json');
    assert.deepStrictEqual(compiled, []);
    assert.deepStrictEqual(warm, cold);
    assert.deepStrictEqual(
      (JSON.parse(warm.report) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId),
      ['custom.test.no-debugger', 'js.crypto.weak-hash'],
    );
  });
});
