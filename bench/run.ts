/**
 * `npm run bench`: Vetted's performance on this machine, measured, not asserted. Prints tables
 * and writes bench/results/latest.json for tracking. BENCH_EDITS (default 200) sets the number
 * of edits per file, BENCH_RUNS (default 3) the CLI runs per tool, BENCH_QUICK=1 skips 50k lines.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareWithEslint } from './cliComparison';
import { BenchLanguage, handlerFile, realisticFile, ROOT } from './corpus';
import { measureProvenanceTracking } from './provenanceTracking';
import { LatencyRow, measureLatency } from './serverLatency';
import { measureMemory, measureMinified, measureStartup } from './serverResources';

const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = process.env.BENCH_QUICK ? [1000, 5000] : [1000, 5000, 50000];

const ms = (n: number | undefined) => (n === undefined ? '—' : n < 10 ? n.toFixed(1) : Math.round(n).toString());
const seconds = (n: number | undefined) => (n === undefined ? '—' : (n / 1000).toFixed(2));
/** A Markdown table row. */
const tableRow = (...cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function latencyRow(file: string, row: LatencyRow): string {
  const { findings, openMs, editP50, editP95, reparseP50, reparseP95, analysisP50, analysisP95 } = row;
  return tableRow(
    file,
    findings,
    ms(openMs),
    ms(editP50),
    ms(editP95),
    `${ms(reparseP50)} / ${ms(reparseP95)}`,
    `${ms(analysisP50)} / ${ms(analysisP95)}`,
  );
}

async function main() {
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}`;
  const machine = `${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
  console.log(`Vetted benchmark — ${machine}\n`);

  const startup = await measureStartup();
  console.log(`Server start → initialize answered: ${ms(startup.initializeMs)} ms (no grammar loaded yet)`);
  console.log(
    `First 1k-line file of a language → diagnostics (grammar load + rule compile + analysis): ` +
      Object.entries(startup.firstOpenMs)
        .map(([l, v]) => `${l} ${ms(v)} ms`)
        .join(', ') +
      '\n',
  );

  const latency: LatencyRow[] = [];
  console.log(`Through the server over stdio, debounce excluded; ${EDITS} one-character edits at random positions per file.`);
  console.log(
    tableRow(
      'file',
      'findings',
      'open → diagnostics (ms)',
      'edit → diagnostics p50 (ms)',
      'p95 (ms)',
      'in-process: reparse p50 / p95 (ms)',
      'reparse + analysis p50 / p95 (ms)',
    ),
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const language of ['javascript', 'typescript', 'python'] as BenchLanguage[]) {
    for (const lines of SIZES) {
      const row = await measureLatency(language, realisticFile(language, lines), EDITS);
      latency.push(row);
      console.log(latencyRow(`${language} ${lines.toLocaleString('en')} lines`, row));
    }
  }

  // Taint rules at their most expensive: files made only of request handlers.
  for (const language of ['javascript', 'python'] as BenchLanguage[]) {
    for (const lines of SIZES.filter((n) => n >= 5000)) {
      const row = await measureLatency(language, handlerFile(language, lines), EDITS);
      latency.push({ ...row, corpus: 'request handlers' });
      console.log(latencyRow(`${language} ${lines.toLocaleString('en')} lines of request handlers`, row));
    }
  }

  const minified = await measureMinified();
  console.log(`\n2 MB one-line minified bundle: default settings → ${minified.skippedStatus} in ${ms(minified.skippedMs)} ms`);
  console.log(
    `  with vetted.skipMinified false → ${minified.budgetStatus} after ${ms(minified.budgetMs)} ms;` +
      ` a small file opened meanwhile got its diagnostics after ${ms(minified.otherFileMs)} ms`,
  );

  const memory = await measureMemory(20, 5000);
  console.log(`\nServer RSS: ${ms(memory.idleMb)} MB idle, ${ms(memory.loadedMb)} MB with 20 open 5,000-line documents (JS, TS, Python)`);

  const provenance = measureProvenanceTracking();
  const { regions, p50Us, p95Us } = provenance;
  console.log(
    `Provenance tracking per keystroke (5,000 lines, ${regions} AI regions): p50 ${p50Us.toFixed(0)} µs, p95 ${p95Us.toFixed(0)} µs`,
  );

  console.log(`\nCLI on real source trees, fresh process each run, median of ${RUNS} (one run for the six-fold tree):`);
  const cli = compareWithEslint(RUNS);
  console.log(
    tableRow(
      'tree',
      'files',
      'lines',
      'vetted scan (s)',
      'findings',
      'ESLint 9 + eslint-plugin-security (s)',
      'findings',
      'ESLint ÷ Vetted',
    ),
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of cli) {
    const ratio = r.eslintMs ? `${(r.eslintMs / r.vettedMs).toFixed(1)}×` : '—';
    console.log(
      tableRow(
        r.tree,
        r.files,
        r.lines.toLocaleString('en'),
        seconds(r.vettedMs),
        r.vettedFindings,
        seconds(r.eslintMs),
        r.eslintFindings ?? '—',
        ratio,
      ),
    );
  }

  const results = { date: new Date().toISOString(), machine, edits: EDITS, startup, latency, minified, memory, provenance, cli };
  const out = path.join(ROOT, 'bench', 'results', 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${path.relative(ROOT, out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
