/**
 * `npm run bench`: Vetted's performance on this machine, measured, not asserted. Every figure is
 * measured several times and printed as `median (min–max)`, so a change can be told from the
 * machine's noise; the results go to bench/results/ (latest.json and a dated copy) and are
 * compared with the previous run's. Settings: see options.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareFigures, comparisonLines } from './comparison';
import { compareWithEslint } from './cliComparison';
import { BenchLanguage, handlerFile, realisticFile, ROOT } from './corpus';
import { figuresOf } from './figures';
import { minutesAndSeconds } from './format';
import { benchOptions } from './options';
import { measureProvenanceTracking } from './provenanceTracking';
import { cliLines, latencyLines, memoryLines, minifiedLines, provenanceLines, startupLines } from './report';
import { BenchResults, LATEST, readResultsFile, writeResults } from './resultsFile';
import { LatencyRow, measureLatency } from './serverLatency';
import { measureMemory, measureMinified, measureStartup } from './serverResources';
import { summariseLatency, summariseMemory, summariseMinified, summariseProvenance, summariseStartup } from './summaries';

const MEMORY_DOCUMENTS = 20;
const MEMORY_LINES = 5000;

const began = performance.now();
/** Progress goes to stderr, so stdout is the report alone. */
const progress = (what: string) => console.error(`[bench ${minutesAndSeconds(performance.now() - began)}] ${what}`);
const print = (lines: string[]) => console.log(lines.join('\n') + '\n');

async function repeated<T>(times: number, what: string, measure: () => Promise<T> | T): Promise<T[]> {
  const runs: T[] = [];
  for (let i = 1; i <= times; i++) {
    progress(`${what}, run ${i} of ${times}`);
    runs.push(await measure());
  }
  return runs;
}

interface LatencyFile {
  language: BenchLanguage;
  text: string;
  corpus?: string;
}

function latencyFiles(quick: boolean): LatencyFile[] {
  const sizes = quick ? [1000, 5000] : [1000, 5000, 50000];
  const files: LatencyFile[] = [];
  for (const language of ['javascript', 'typescript', 'python'] as BenchLanguage[]) {
    for (const lines of sizes) files.push({ language, text: realisticFile(language, lines) });
  }
  // Taint rules at their most expensive: files made only of request handlers.
  for (const language of ['javascript', 'python'] as BenchLanguage[]) {
    for (const lines of sizes.filter((n) => n >= 5000)) {
      files.push({ language, text: handlerFile(language, lines), corpus: 'request handlers' });
    }
  }
  return files;
}

/**
 * The results to compare with, read before this run overwrites latest.json. A file named with
 * --compare must be readable; a damaged latest.json only costs the comparison.
 */
function previousResults(compareWith: string | undefined): { file: string; results: unknown } | undefined {
  if (compareWith) return { file: compareWith, results: readResultsFile(compareWith) };
  if (!fs.existsSync(LATEST)) return undefined;
  try {
    return { file: LATEST, results: readResultsFile(LATEST) };
  } catch (error) {
    console.error(`npm run bench: no comparison: ${(error as Error).message}`);
    return undefined;
  }
}

/** The options and the run to compare with, or a message and exit: better now than after the half hour of measuring. */
function setUp() {
  try {
    const options = benchOptions(process.argv.slice(2), process.env);
    return { options, previous: previousResults(options.compareWith) };
  } catch (error) {
    console.error(`npm run bench: ${(error as Error).message}`);
    process.exit(2);
  }
}

async function main() {
  const { options, previous } = setUp();
  const { repeat, cliRuns, edits, quick } = options;

  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}`;
  const machine = `${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
  console.log(`Vetted benchmark — ${machine}${quick ? ' (quick: no 50,000-line files, no million-line tree)' : ''}\n`);

  const startup = summariseStartup(await repeated(repeat, 'start-up', measureStartup));
  print(startupLines(startup, repeat));

  // Whole tables as runs, rather than one file's runs back to back, so a slow spell of the
  // machine spreads over the files instead of skewing one of them.
  const files = latencyFiles(quick);
  const latencyRuns = await repeated(repeat, 'latency table', async () => {
    const rows: LatencyRow[] = [];
    for (const file of files) {
      const row = await measureLatency(file.language, file.text, edits);
      rows.push(file.corpus ? { ...row, corpus: file.corpus } : row);
    }
    return rows;
  });
  const latency = files.map((_, i) => summariseLatency(latencyRuns.map((rows) => rows[i])));
  print(latencyLines(latency, repeat, edits));

  const minified = summariseMinified(await repeated(repeat, 'minified bundle', measureMinified));
  print(minifiedLines(minified, repeat));

  const memory = summariseMemory(await repeated(repeat, 'memory', () => measureMemory(MEMORY_DOCUMENTS, MEMORY_LINES)));
  print(memoryLines(memory, repeat, MEMORY_DOCUMENTS, MEMORY_LINES));

  const provenance = summariseProvenance(await repeated(repeat, 'provenance tracking', measureProvenanceTracking));
  print(provenanceLines(provenance, repeat));

  progress(`CLI against ESLint${quick ? '' : ', with the million-line tree'}`);
  const cli = compareWithEslint(cliRuns, { millionLines: !quick });
  print(cliLines(cli, cliRuns));

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine,
    repeat,
    cliRuns,
    edits,
    quick,
    startup,
    latency,
    minified,
    memory,
    provenance,
    cli,
    wallTimeMs: performance.now() - began,
  };
  const written = writeResults(results);
  console.log(`Wrote ${written.map((f) => path.relative(ROOT, f)).join(' and ')}\n`);

  if (previous) {
    const { date, machine: previousMachine } = previous.results as { date?: unknown; machine?: unknown };
    console.log(`Compared with ${path.relative(ROOT, previous.file)}${typeof date === 'string' ? ` (${date})` : ''}:`);
    if (typeof previousMachine === 'string' && previousMachine !== machine)
      console.log(`(measured on another machine: ${previousMachine})`);
    print(comparisonLines(compareFigures(figuresOf(previous.results), figuresOf(results))));
  }
  console.log(`Total wall time: ${minutesAndSeconds(results.wallTimeMs)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
