/**
 * The benchmark's printed report: each section's lines, every figure as `median (min–max)` over
 * its runs (a single run as its number), and the number of runs in each heading.
 */
import { CliRow } from './cliComparison';
import { microseconds, ms, seconds, tableRow } from './format';
import { formatSpread, Spread } from './spread';
import { LatencySummary, MemorySummary, MinifiedSummary, ProvenanceSummary, StartupSummary } from './summaries';

const inMs = (s: Spread | undefined) => formatSpread(s, ms);
const runsOf = (n: number) => (n === 1 ? 'one run' : `median (min–max) of ${n} runs`);

export function startupLines(startup: StartupSummary, repeat: number): string[] {
  const firstOpen = Object.entries(startup.firstOpenMs)
    .map(([language, spread]) => `${language} ${inMs(spread)} ms`)
    .join(', ');
  return [
    `Start-up, a fresh server process each run, ${runsOf(repeat)}:`,
    `  server start → initialize answered: ${inMs(startup.initializeMs)} ms (no grammar loaded yet)`,
    `  first 1k-line file of a language → diagnostics (grammar load + rule compile + analysis): ${firstOpen}`,
    `  server start → diagnostics of a 1k-line JavaScript file opened right after initialize: ${inMs(startup.firstDiagnosticsFromStartMs)} ms`,
  ];
}

function latencyFile(row: LatencySummary): string {
  return `${row.language} ${row.lines.toLocaleString('en')} lines${row.corpus ? ` of ${row.corpus}` : ''}`;
}

export function latencyLines(rows: LatencySummary[], repeat: number, edits: number): string[] {
  return [
    `Through the server over stdio, debounce excluded; ${edits} one-character edits at random positions per file.`,
    `A run is the whole table, a fresh server per file; p50 and p95 are over one run's edits` +
      (repeat === 1 ? ', from one run.' : `, each cell the ${runsOf(repeat)}.`),
    tableRow(
      'file',
      'findings',
      'open → diagnostics (ms)',
      'edit → diagnostics p50 (ms)',
      'p95 (ms)',
      'in-process: reparse p50 / p95 (ms)',
      'reparse + analysis p50 / p95 (ms)',
    ),
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) =>
      tableRow(
        latencyFile(row),
        formatSpread(row.findings, String),
        inMs(row.openMs),
        inMs(row.editP50),
        inMs(row.editP95),
        `${inMs(row.reparseP50)} / ${inMs(row.reparseP95)}`,
        `${inMs(row.analysisP50)} / ${inMs(row.analysisP95)}`,
      ),
    ),
  ];
}

export function minifiedLines(minified: MinifiedSummary, repeat: number): string[] {
  return [
    `2 MB one-line minified bundle, ${runsOf(repeat)}: default settings → ${minified.skippedStatus} in ${inMs(minified.skippedMs)} ms`,
    `  with vetted.skipMinified false → ${minified.budgetStatus} after ${inMs(minified.budgetMs)} ms;` +
      ` a small file opened meanwhile got its diagnostics after ${inMs(minified.otherFileMs)} ms`,
  ];
}

export function memoryLines(memory: MemorySummary, repeat: number, documents: number, lines: number): string[] {
  return [
    `Server RSS, ${runsOf(repeat)}: ${inMs(memory.idleMb)} MB idle, ${inMs(memory.loadedMb)} MB with ${documents} open ` +
      `${lines.toLocaleString('en')}-line documents (JS, TS, Python)`,
  ];
}

export function provenanceLines(provenance: ProvenanceSummary, repeat: number): string[] {
  const { regions, p50Us, p95Us } = provenance;
  return [
    `Provenance tracking per keystroke (5,000 lines, ${regions} AI regions), ${runsOf(repeat)}: ` +
      `p50 ${formatSpread(p50Us, microseconds)} µs, p95 ${formatSpread(p95Us, microseconds)} µs`,
  ];
}

export function cliLines(rows: CliRow[], runs: number): string[] {
  const inSeconds = (s: Spread | undefined) => formatSpread(s, seconds);
  return [
    `CLI on real source trees, a fresh process each run, ${runsOf(runs)} (one run for the six- and ten-fold trees):`,
    tableRow(
      'tree',
      'files',
      'lines',
      'vetted scan (s)',
      'findings',
      'ESLint 9 + eslint-plugin-security (s)',
      'findings',
      'ESLint ÷ Vetted (medians)',
    ),
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      tableRow(
        r.tree,
        r.files,
        r.lines.toLocaleString('en'),
        inSeconds(r.vettedMs),
        r.vettedFindings,
        inSeconds(r.eslintMs),
        r.eslintFindings ?? '—',
        r.eslintMs ? `${(r.eslintMs.median / r.vettedMs.median).toFixed(1)}×` : '—',
      ),
    ),
  ];
}
