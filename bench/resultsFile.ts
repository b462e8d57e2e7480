/**
 * The benchmark's results on disk: `latest.json`, overwritten by each run, and a copy named by
 * the run's date and time, kept for comparisons later. The folder is not committed (.gitignore).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CliRow } from './cliComparison';
import { ROOT } from './corpus';
import { LatencySummary, MemorySummary, MinifiedSummary, ProvenanceSummary, StartupSummary } from './summaries';

export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
export const LATEST = path.join(RESULTS_DIR, 'latest.json');

export interface BenchResults {
  date: string;
  machine: string;
  /** Repetitions of each server figure, and runs of the CLI on the real-size trees. */
  repeat: number;
  cliRuns: number;
  edits: number;
  quick: boolean;
  startup: StartupSummary;
  latency: LatencySummary[];
  minified: MinifiedSummary;
  memory: MemorySummary;
  provenance: ProvenanceSummary;
  cli: CliRow[];
  wallTimeMs: number;
}

/** A results file of any format, parsed; an error naming the file when it is missing or not JSON. */
export function readResultsFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/** `2026-12-06T08-07-58Z`: the ISO date and time, without the colons some file systems refuse. */
export function datedName(date: string): string {
  return `${date.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`;
}

/** Writes latest.json and the dated copy; returns both paths. */
export function writeResults(results: BenchResults, dir = RESULTS_DIR): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const text = JSON.stringify(results, null, 2) + '\n';
  const files = [path.join(dir, 'latest.json'), path.join(dir, datedName(results.date))];
  for (const file of files) fs.writeFileSync(file, text);
  return files;
}
