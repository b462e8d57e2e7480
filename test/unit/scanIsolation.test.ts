import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { VettedEngine } from '../../server/src/engine/engine';
import { toJson } from '../../cli/src/formats/json';
import { toSarif } from '../../cli/src/formats/sarif';
import { toText } from '../../cli/src/formats/text';
import { exitCodeFor } from '../../cli/src/exitCode';
import { scan } from '../../cli/src/scan';
import { ScanPool } from '../../cli/src/scanPool';
import type { AnalysisJob } from '../../cli/src/workerProtocol';

const MD5 = "require('crypto').createHash('md5').update(x);\n";

/**
 * A file whose analysis fails, for whatever reason, is a note naming the file and the reason; the
 * other files are reported as usual and the exit code still follows their findings. The failure
 * is forced here (the engine throws for one file; a stand-in worker throws or dies) rather than
 * produced by some input that happens to break the engine today.
 */
describe('scan: one failing file does not sink the others', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-isolation-'));
    for (const name of ['a.js', 'explodes.js', 'z.js']) fs.writeFileSync(path.join(dir, name), MD5);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('in this thread: the failed file is a note (an error in SARIF), the rest is reported, the gate follows the findings', async () => {
    const engine = VettedEngine.create();
    const analyzeText = engine.analyzeText.bind(engine);
    engine.analyzeText = async (text, grammar, options) => {
      if (options?.relativePath === 'explodes.js') throw new RangeError('Maximum call stack size exceeded\n    at deep (analyzer.ts:1:1)');
      return analyzeText(text, grammar, options);
    };
    const result = await scan(engine, { root: dir, targets: [dir], maxFileBytes: 1024 * 1024, timeBudgetMs: 10_000, jobs: 1 });
    assert.deepStrictEqual(
      result.findings.map((f) => f.file),
      ['a.js', 'z.js'],
    );
    assert.deepStrictEqual(result.skipped, [
      { relative: 'explodes.js', reason: 'analysis failed: RangeError: Maximum call stack size exceeded', failed: true },
    ]);

    const text = toText(result, false).trimEnd().split('\n');
    assert.ok(text.includes('note: skipped explodes.js: analysis failed: RangeError: Maximum call stack size exceeded'));
    assert.strictEqual(
      text[text.length - 1],
      '2 finding(s) (2 medium) in 2 file(s) scanned; 1 file(s) could not be analysed (see the notes).',
    );
    assert.deepStrictEqual((toJson(result) as { skipped: unknown[] }).skipped, [
      { file: 'explodes.js', reason: 'analysis failed: RangeError: Maximum call stack size exceeded', failed: true },
    ]);
    const log = toSarif(result, engine.ruleSet.rules);
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false, logger: false }).compile(
      sarifSchema,
    );
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    const [notification] = log.runs[0].invocations![0].toolExecutionNotifications!;
    assert.strictEqual(notification.level, 'error');
    assert.strictEqual(notification.locations![0].physicalLocation!.artifactLocation!.uri, 'explodes.js');

    assert.strictEqual(exitCodeFor(result, { failOn: 'high', failOnAi: 'none', ruleErrors: 0 }), 0, 'medium findings under --fail-on high');
    assert.strictEqual(exitCodeFor(result, { failOn: 'medium', failOnAi: 'none', ruleErrors: 0 }), 1);
  });

  it('in worker threads: an error reply, a thread that exits and an uncaught error each fail only their file', async () => {
    const script = path.resolve(__dirname, '..', 'support', 'fakeScanWorker.js');
    const texts = ['ok', 'THROW', 'ok', 'CRASH', 'ok', 'UNCAUGHT', 'ok', 'ok'];
    // Of equal length, so the pool (largest first) sends them in this order.
    const jobs: AnalysisJob[] = texts.map((text, id) => ({
      id,
      relative: `f${id}.js`,
      text: text.padEnd(8),
      grammar: 'javascript',
      timeBudgetMs: 1000,
    }));
    // Two workers, each with its share of the rules: every file goes to both, and their replies are merged.
    const pool = new ScanPool(script, [[], []], []);
    try {
      const replies = await pool.analyze(jobs);
      assert.deepStrictEqual(
        replies.map((r) => ('error' in r ? r.error : `ok ${r.suppressedCount}`)),
        [
          'ok 0',
          'RangeError: Maximum call stack size exceeded',
          'ok 4',
          'the analysis stopped its worker thread: scan worker exited with code 3',
          'ok 8',
          'the analysis stopped its worker thread: uncaught in worker',
          'ok 12',
          'ok 14',
        ],
      );
    } finally {
      await pool.close();
    }
  });
});
