/**
 * This run against an earlier one, figure by figure. A figure is called slower or faster only
 * when the two runs' ranges do not overlap: on a shared machine a change inside the runs' own
 * scatter cannot be told from noise.
 */
import { Figure, Unit } from './figures';
import { microseconds, ms, tableRow } from './format';
import { formatSpread, Spread } from './spread';

export type Verdict = 'slower' | 'faster' | 'larger' | 'smaller' | 'within noise' | 'one run each';

export interface ComparedFigure {
  label: string;
  unit: Unit;
  before: Spread;
  now: Spread;
  verdict: Verdict;
}

export function verdict(before: Spread, now: Spread, unit: Unit): Verdict {
  // Two single runs are two points: they never overlap, and say nothing about noise.
  if (before.runs.length < 2 && now.runs.length < 2) return 'one run each';
  const memory = unit === 'MB';
  if (now.min > before.max) return memory ? 'larger' : 'slower';
  if (now.max < before.min) return memory ? 'smaller' : 'faster';
  return 'within noise';
}

/** The figures both runs have, in this run's order, and how many only one of them has. */
export function compareFigures(before: Figure[], now: Figure[]): { compared: ComparedFigure[]; notCompared: number } {
  const earlier = new Map(before.map((f) => [f.label, f]));
  const compared: ComparedFigure[] = [];
  for (const figure of now) {
    const previous = earlier.get(figure.label);
    if (!previous || previous.unit !== figure.unit) continue;
    compared.push({
      label: figure.label,
      unit: figure.unit,
      before: previous.spread,
      now: figure.spread,
      verdict: verdict(previous.spread, figure.spread, figure.unit),
    });
  }
  return { compared, notCompared: before.length + now.length - 2 * compared.length };
}

const FORMAT: Record<Unit, (n: number) => string> = {
  ms,
  MB: ms,
  µs: microseconds,
  s: (n) => n.toFixed(2),
};

function change(before: number, now: number): string {
  if (before === 0) return '—';
  const percent = Math.round(((now - before) / before) * 100);
  return percent === 0 ? '±0%' : `${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`;
}

/** The comparison as a Markdown table, then a count of each verdict. */
export function comparisonLines({ compared, notCompared }: ReturnType<typeof compareFigures>): string[] {
  const lines = [tableRow('figure', 'before: median (min–max)', 'now: median (min–max)', 'change of median', 'verdict')];
  lines.push('| --- | ---: | ---: | ---: | --- |');
  for (const f of compared) {
    const format = FORMAT[f.unit];
    lines.push(
      tableRow(
        f.label,
        `${formatSpread(f.before, format)} ${f.unit}`,
        `${formatSpread(f.now, format)} ${f.unit}`,
        change(f.before.median, f.now.median),
        f.verdict,
      ),
    );
  }
  const counts = new Map<Verdict, number>();
  for (const f of compared) counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
  const tally = [...counts].map(([v, n]) => `${n} ${v}`).join(', ');
  lines.push(
    '',
    `${compared.length} figures compared: ${tally || 'none'}.${notCompared ? ` ${notCompared} in only one of the two runs.` : ''}`,
  );
  if (compared.some((f) => f.before.runs.length < 2 && f.now.runs.length > 1)) {
    lines.push(
      'The earlier run measured some figures once: a single number is no range, and a busier or quieter spell of the machine ' +
        "is enough to put it outside this run's range. Compare runs with repetitions made under similar load.",
    );
  }
  return lines;
}
