import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareFigures, comparisonLines } from '../../bench/comparison';
import { figuresOf } from '../../bench/figures';
import { benchOptions } from '../../bench/options';
import { datedName, readResultsFile } from '../../bench/resultsFile';
import { formatSpread, spreadOf } from '../../bench/spread';

/** A results file as the benchmark wrote it before repetitions: every figure a plain number. */
const SINGLE_RUN_FILE = {
  date: '2026-12-06T08:07:58.899Z',
  startup: { initializeMs: 346.2, firstOpenMs: { javascript: 1519.8 } },
  latency: [{ language: 'javascript', lines: 5000, findings: 14, openMs: 232.2, editP50: 21.5, editP95: 33.7 }],
  memory: { idleMb: 69.4 },
  cli: [{ tree: "ESLint's own lib/", files: 392, lines: 101348, vettedMs: 8167.7, vettedFindings: 0, eslintMs: 4685.9 }],
};

const spread = (...runs: number[]) => spreadOf(runs);

/** A results file as written now, each figure a spread over its runs. */
const REPEATED_FILE = {
  startup: { initializeMs: spread(300, 340, 360), firstOpenMs: { javascript: spread(1400, 1500, 1600) } },
  latency: [
    {
      language: 'javascript',
      lines: 5000,
      findings: 14,
      openMs: spread(240, 250, 260),
      editP50: spread(22, 20, 23),
      editP95: spread(34, 50, 41),
    },
  ],
  memory: { idleMb: spread(80, 81, 82) },
  cli: [
    {
      tree: "ESLint's own lib/",
      files: 392,
      lines: 101348,
      vettedMs: spread(4000, 4100, 4200),
      vettedFindings: 0,
      eslintMs: spread(4600, 4700, 4800),
    },
  ],
};

const verdicts = (before: unknown, now: unknown) =>
  Object.fromEntries(compareFigures(figuresOf(before), figuresOf(now)).compared.map((f) => [f.label, f.verdict]));

describe('benchmark spreads and comparisons', () => {
  it('summarises runs as median and range, and prints them as median (min–max)', () => {
    assert.deepStrictEqual(spread(30, 10, 20), { median: 20, min: 10, max: 30, runs: [30, 10, 20] });
    assert.strictEqual(spread(10, 40, 20, 30).median, 25);
    assert.strictEqual(
      formatSpread(spread(12.34, 9.5, 15), (n) => n.toFixed(1)),
      '12.3 (9.5–15.0)',
    );
    assert.strictEqual(
      formatSpread(spread(7), (n) => n.toFixed(1)),
      '7.0',
      'one run has no range to show',
    );
    assert.strictEqual(formatSpread(spread(14, 14, 14), String), '14', 'nor have runs that agree');
    assert.strictEqual(formatSpread(spread(317, 283, 317), String), '317 (283–317)');
  });

  it('reads a results file of single numbers as runs of one, figure by figure', () => {
    const figures = figuresOf(SINGLE_RUN_FILE);
    const byLabel = Object.fromEntries(figures.map((f) => [f.label, f]));
    assert.deepStrictEqual(byLabel['javascript 5,000 lines: edit → diagnostics p95'].spread, {
      median: 33.7,
      min: 33.7,
      max: 33.7,
      runs: [33.7],
    });
    assert.strictEqual(byLabel["CLI, ESLint's own lib/: vetted scan"].unit, 's');
    assert.strictEqual(byLabel["CLI, ESLint's own lib/: vetted scan"].spread.median.toFixed(2), '8.17', 'CLI times in seconds');
    assert.ok(!figures.some((f) => /findings|lines$/.test(f.label)), 'counts are not measurements');
  });

  it('calls a figure slower or faster only when the ranges do not overlap', () => {
    assert.deepStrictEqual(verdicts(SINGLE_RUN_FILE, REPEATED_FILE), {
      'start-up: process start → initialize answered': 'within noise',
      'start-up: first javascript file → diagnostics': 'within noise',
      'javascript 5,000 lines: open → diagnostics': 'slower',
      'javascript 5,000 lines: edit → diagnostics p50': 'within noise',
      'javascript 5,000 lines: edit → diagnostics p95': 'slower',
      'server memory (RSS): idle': 'larger',
      "CLI, ESLint's own lib/: vetted scan": 'faster',
      "CLI, ESLint's own lib/: ESLint + security plugin": 'within noise',
    });
  });

  it('gives no verdict between two single runs, which cannot tell a change from noise', () => {
    const slower = { ...SINGLE_RUN_FILE, startup: { initializeMs: 900 } };
    assert.strictEqual(verdicts(SINGLE_RUN_FILE, slower)['start-up: process start → initialize answered'], 'one run each');
  });

  it('compares only the figures both runs have, and says how many it left out', () => {
    const quick = { startup: REPEATED_FILE.startup, latency: [] };
    const lines = comparisonLines(compareFigures(figuresOf(REPEATED_FILE), figuresOf(quick)));
    assert.deepStrictEqual(lines.slice(2, -2), [
      '| start-up: process start → initialize answered | 340 (300–360) ms | 340 (300–360) ms | ±0% | within noise |',
      '| start-up: first javascript file → diagnostics | 1500 (1400–1600) ms | 1500 (1400–1600) ms | ±0% | within noise |',
    ]);
    assert.strictEqual(lines[lines.length - 1], '2 figures compared: 2 within noise. 6 in only one of the two runs.');
  });

  it('warns that a verdict against a single earlier run means little', () => {
    const lines = comparisonLines(compareFigures(figuresOf(SINGLE_RUN_FILE), figuresOf(REPEATED_FILE)));
    assert.match(lines[lines.length - 1], /^The earlier run measured some figures once/);
    const again = comparisonLines(compareFigures(figuresOf(REPEATED_FILE), figuresOf(REPEATED_FILE)));
    assert.match(again[again.length - 1], /^8 figures compared: 8 within noise\.$/);
  });

  it('prints the change of the medians next to both ranges', () => {
    const before = { provenance: { p50Us: spread(1000, 1100, 1200) } };
    const now = { provenance: { p50Us: spread(1300, 1400, 1500) } };
    const [, , row] = comparisonLines(compareFigures(figuresOf(before), figuresOf(now)));
    assert.strictEqual(row, '| provenance tracking per keystroke p50 | 1100 (1000–1200) µs | 1400 (1300–1500) µs | +27% | slower |');
  });

  it('reads a results file from disk, and names the file when it cannot', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-test-'));
    try {
      const file = path.join(dir, 'old.json');
      fs.writeFileSync(file, JSON.stringify(SINGLE_RUN_FILE));
      assert.strictEqual(figuresOf(readResultsFile(file)).length, 8);
      fs.writeFileSync(file, '{ not json');
      assert.throws(() => readResultsFile(file), /old\.json is not JSON/);
      assert.throws(() => readResultsFile(path.join(dir, 'missing.json')), /cannot read .*missing\.json/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the dated copy after the run, without colons', () => {
    assert.strictEqual(datedName('2026-12-06T08:07:58.899Z'), '2026-12-06T08-07-58Z.json');
  });
});

describe('benchmark options', () => {
  it('repeats three times by default and compares with the previous run', () => {
    assert.deepStrictEqual(benchOptions([], {}), { repeat: 3, cliRuns: 3, edits: 200, quick: false, compareWith: undefined });
  });

  it('takes --compare relative to the folder npm was run from', () => {
    const env = { INIT_CWD: path.join(os.tmpdir(), 'somewhere') };
    assert.strictEqual(benchOptions(['--compare', 'old.json'], env).compareWith, path.join(os.tmpdir(), 'somewhere', 'old.json'));
    assert.strictEqual(benchOptions(['--compare=old.json'], env).compareWith, path.join(os.tmpdir(), 'somewhere', 'old.json'));
  });

  it('refuses settings it cannot use before measuring anything', () => {
    assert.throws(() => benchOptions([], { BENCH_REPEAT: '0' }), /BENCH_REPEAT must be a whole number of at least 1, not "0"/);
    assert.throws(() => benchOptions([], { BENCH_RUNS: 'three' }), /BENCH_RUNS/);
    assert.throws(() => benchOptions(['--comapre', 'x.json'], {}), /unknown argument "--comapre"/);
    assert.strictEqual(benchOptions([], { BENCH_QUICK: '1', BENCH_REPEAT: '5' }).repeat, 5);
    assert.strictEqual(benchOptions([], { BENCH_QUICK: '1' }).quick, true);
  });
});
