/**
 * A figure measured several times: its median and its range, and every run kept so a later
 * comparison (or a person) can see how the runs fell. A single run is a spread of one.
 */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** The spread of one figure's runs; there must be at least one. */
export function spreadOf(runs: number[]): Spread {
  if (runs.length === 0) throw new Error('a spread needs at least one run');
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: [...runs] };
}

/** As spreadOf, for a figure some runs could not measure (memory off Linux): undefined when none did. */
export function spreadOfMeasured(values: (number | undefined)[]): Spread | undefined {
  const runs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return runs.length ? spreadOf(runs) : undefined;
}

/**
 * A figure as a results file holds it: a spread, or a plain number as files written before
 * repetitions have it (read as a run of one). Anything else is not a figure.
 */
export function asSpread(value: unknown): Spread | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? spreadOf([value]) : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const { median, min, max, runs } = value as Partial<Record<keyof Spread, unknown>>;
  if (![median, min, max].every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const kept = Array.isArray(runs) ? runs.filter((n): n is number => typeof n === 'number') : [];
  return { median: median as number, min: min as number, max: max as number, runs: kept.length ? kept : [median as number] };
}

/** `median (min–max)` in the given number format; a single run, or runs that all agree, just the number. */
export function formatSpread(spread: Spread | undefined, format: (n: number) => string): string {
  if (!spread) return '—';
  if (spread.min === spread.max) return format(spread.median);
  return `${format(spread.median)} (${format(spread.min)}–${format(spread.max)})`;
}
