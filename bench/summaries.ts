/**
 * Repeated runs of the server measurements folded into one result each, every figure a spread
 * over the runs. Counts that describe the input (lines, regions) are the same in every run and
 * are kept from the first.
 */
import { BenchLanguage } from './corpus';
import { LatencyRow } from './serverLatency';
import { MinifiedResult, StartupResult } from './serverResources';
import { Spread, spreadOf, spreadOfMeasured } from './spread';

export interface StartupSummary {
  initializeMs: Spread;
  firstOpenMs: Record<BenchLanguage, Spread>;
  firstDiagnosticsFromStartMs: Spread;
}

export interface LatencySummary {
  language: BenchLanguage;
  lines: number;
  corpus?: string;
  /** Findings differ between runs only when the open hit the analysis time budget on a slow run. */
  findings: Spread;
  openMs: Spread;
  /** Each run's p50 and p95 over its edits; the spread is over the runs. */
  editP50: Spread;
  editP95: Spread;
  reparseP50: Spread;
  reparseP95: Spread;
  analysisP50: Spread;
  analysisP95: Spread;
}

export interface MinifiedSummary {
  skippedMs: Spread;
  skippedStatus?: string;
  budgetMs: Spread;
  budgetStatus?: string;
  otherFileMs: Spread;
}

export interface MemorySummary {
  idleMb?: Spread;
  loadedMb?: Spread;
}

export interface ProvenanceSummary {
  regions: number;
  p50Us: Spread;
  p95Us: Spread;
}

/** The spread of one field across `runs`. */
const across =
  <T>(runs: T[]) =>
  (pick: (run: T) => number) =>
    spreadOf(runs.map(pick));

export function summariseStartup(runs: StartupResult[]): StartupSummary {
  const of = across(runs);
  return {
    initializeMs: of((r) => r.initializeMs),
    firstOpenMs: {
      javascript: of((r) => r.firstOpenMs.javascript),
      typescript: of((r) => r.firstOpenMs.typescript),
      python: of((r) => r.firstOpenMs.python),
    },
    firstDiagnosticsFromStartMs: of((r) => r.firstDiagnosticsFromStartMs),
  };
}

/** `runs` are the same file measured in each repetition of the latency table. */
export function summariseLatency(runs: LatencyRow[]): LatencySummary {
  const of = across(runs);
  const { language, lines, corpus } = runs[0];
  return {
    language,
    lines,
    ...(corpus ? { corpus } : {}),
    findings: of((r) => r.findings),
    openMs: of((r) => r.openMs),
    editP50: of((r) => r.editP50),
    editP95: of((r) => r.editP95),
    reparseP50: of((r) => r.reparseP50),
    reparseP95: of((r) => r.reparseP95),
    analysisP50: of((r) => r.analysisP50),
    analysisP95: of((r) => r.analysisP95),
  };
}

export function summariseMinified(runs: MinifiedResult[]): MinifiedSummary {
  const of = across(runs);
  return {
    skippedMs: of((r) => r.skippedMs),
    skippedStatus: runs[0].skippedStatus,
    budgetMs: of((r) => r.budgetMs),
    budgetStatus: runs[0].budgetStatus,
    otherFileMs: of((r) => r.otherFileMs),
  };
}

export function summariseMemory(runs: { idleMb?: number; loadedMb?: number }[]): MemorySummary {
  return { idleMb: spreadOfMeasured(runs.map((r) => r.idleMb)), loadedMb: spreadOfMeasured(runs.map((r) => r.loadedMb)) };
}

export function summariseProvenance(runs: { regions: number; p50Us: number; p95Us: number }[]): ProvenanceSummary {
  const of = across(runs);
  return { regions: runs[0].regions, p50Us: of((r) => r.p50Us), p95Us: of((r) => r.p95Us) };
}
