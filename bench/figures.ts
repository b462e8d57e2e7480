/**
 * A results file as a flat list of named figures, so two files can be compared figure by figure.
 * Reads files of every format the benchmark has written: figures as spreads, or as the plain
 * numbers of files from before repetitions (runs of one). A figure a file does not have is left
 * out, so files from quick runs, other versions or other machines compare on what they share.
 */
import { asSpread, Spread } from './spread';

export type Unit = 'ms' | 's' | 'MB' | 'µs';

export interface Figure {
  /** Names the same measurement in every file, e.g. `javascript 5,000 lines: edit → diagnostics p95`. */
  label: string;
  unit: Unit;
  spread: Spread;
}

type Json = Record<string, unknown>;

const object = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map(object) : []);

const scaled = (spread: Spread, by: number): Spread => ({
  median: spread.median / by,
  min: spread.min / by,
  max: spread.max / by,
  runs: spread.runs.map((n) => n / by),
});

const LATENCY_FIGURES: [key: string, name: string][] = [
  ['openMs', 'open → diagnostics'],
  ['editP50', 'edit → diagnostics p50'],
  ['editP95', 'edit → diagnostics p95'],
  ['reparseP50', 'in-process reparse p50'],
  ['reparseP95', 'in-process reparse p95'],
  ['analysisP50', 'in-process reparse + analysis p50'],
  ['analysisP95', 'in-process reparse + analysis p95'],
];

export function figuresOf(results: unknown): Figure[] {
  const figures: Figure[] = [];
  const add = (label: string, unit: Unit, value: unknown, divideBy = 1) => {
    const spread = asSpread(value);
    if (spread) figures.push({ label, unit, spread: scaled(spread, divideBy) });
  };
  const { startup, latency, minified, memory, provenance, cli } = object(results);

  const start = object(startup);
  add('start-up: process start → initialize answered', 'ms', start.initializeMs);
  add('start-up: process start → first JavaScript diagnostics', 'ms', start.firstDiagnosticsFromStartMs);
  for (const [language, value] of Object.entries(object(start.firstOpenMs))) {
    add(`start-up: first ${language} file → diagnostics`, 'ms', value);
  }

  for (const row of list(latency)) {
    const lines = typeof row.lines === 'number' ? row.lines.toLocaleString('en') : String(row.lines);
    const file = `${String(row.language)} ${lines} lines${typeof row.corpus === 'string' ? ` of ${row.corpus}` : ''}`;
    for (const [key, name] of LATENCY_FIGURES) add(`${file}: ${name}`, 'ms', row[key]);
  }

  const bundle = object(minified);
  add('2 MB minified bundle: recognised and skipped', 'ms', bundle.skippedMs);
  add('2 MB minified bundle: analysed until the time budget', 'ms', bundle.budgetMs);
  add('2 MB minified bundle: small file opened meanwhile → diagnostics', 'ms', bundle.otherFileMs);

  const rss = object(memory);
  add('server memory (RSS): idle', 'MB', rss.idleMb);
  add('server memory (RSS): with open documents', 'MB', rss.loadedMb);

  const tracking = object(provenance);
  add('provenance tracking per keystroke p50', 'µs', tracking.p50Us);
  add('provenance tracking per keystroke p95', 'µs', tracking.p95Us);

  for (const row of list(cli)) {
    add(`CLI, ${String(row.tree)}: vetted scan`, 's', row.vettedMs, 1000);
    add(`CLI, ${String(row.tree)}: ESLint + security plugin`, 's', row.eslintMs, 1000);
  }
  return figures;
}
