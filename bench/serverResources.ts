/**
 * Server start-up, memory with many open documents, and the 2 MB minified line, all through the
 * real server process.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileUri, ServerProcess } from '../test/support/serverProcess';
import { BenchLanguage, EXTENSION, minifiedBundle, realisticFile } from './corpus';

export interface StartupResult {
  /** Process start → `initialize` answered. */
  initializeMs: number;
  /** First document of a language opened → its diagnostics (grammar load + rule compile + parse + analysis). */
  firstOpenMs: Record<BenchLanguage, number>;
  /** Process start → diagnostics of the JavaScript file opened right after `initialize`: what a user waits for on opening the editor. */
  firstDiagnosticsFromStartMs: number;
}

export async function measureStartup(): Promise<StartupResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'));
  const languages: BenchLanguage[] = ['javascript', 'typescript', 'python'];
  // Cut before the clock starts: reading the source files is the benchmark's work, not the server's.
  const texts = languages.map((language) => realisticFile(language, 1000));
  const start = performance.now();
  const server = await ServerProcess.start({ workspaceFolder: dir, settings: { debounceMs: 0 } });
  const initializeMs = performance.now() - start;
  const firstOpenMs = {} as Record<BenchLanguage, number>;
  let firstDiagnosticsFromStartMs = 0;
  try {
    for (const [i, language] of languages.entries()) {
      const uri = fileUri(path.join(dir, `first${EXTENSION[language]}`));
      const opened = performance.now();
      server.open(uri, language, texts[i], 1);
      await server.diagnostics(uri, 1, 60_000);
      firstOpenMs[language] = performance.now() - opened;
      if (language === 'javascript') firstDiagnosticsFromStartMs = performance.now() - start;
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { initializeMs, firstOpenMs, firstDiagnosticsFromStartMs };
}

/** Resident memory of the server process, from /proc (Linux). */
function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function measureMemory(documents: number, lines: number): Promise<{ idleMb?: number; loadedMb?: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'));
  const server = await ServerProcess.start({ workspaceFolder: dir, settings: { debounceMs: 0 } });
  try {
    const idleMb = rssMb(server.pid);
    const languages: BenchLanguage[] = ['javascript', 'typescript', 'python'];
    for (let i = 0; i < documents; i++) {
      const language = languages[i % 3];
      // Different text in each document: shift where the slice of real code starts.
      const text = realisticFile(language, lines + i * 37)
        .split('\n')
        .slice(i * 37)
        .join('\n');
      const uri = fileUri(path.join(dir, `doc${i}${EXTENSION[language]}`));
      server.open(uri, language, text, 1);
      await server.diagnostics(uri, 1, 60_000);
    }
    return { idleMb, loadedMb: rssMb(server.pid) };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface MinifiedResult {
  /** Default settings: the bundle is recognised and skipped. */
  skippedMs: number;
  skippedStatus?: string;
  /** `vetted.skipMinified: false`: parsed and analysed within the time budget, or stopped by it. */
  budgetMs: number;
  budgetStatus?: string;
  /** A small file opened right after the bundle: how long its diagnostics took meanwhile. */
  otherFileMs: number;
}

export async function measureMinified(): Promise<MinifiedResult> {
  const bundle = minifiedBundle();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'));
  const result: Partial<MinifiedResult> = {};
  try {
    for (const skipMinified of [true, false]) {
      const server = await ServerProcess.start({ workspaceFolder: dir, settings: { debounceMs: 0, skipMinified } });
      try {
        const warm = fileUri(path.join(dir, 'warm.js'));
        server.open(warm, 'javascript', "require('crypto').createHash('md5');", 1);
        await server.diagnostics(warm, 1, 60_000);
        const uri = fileUri(path.join(dir, 'bundle.min.js'));
        const other = fileUri(path.join(dir, 'other.js'));
        const start = performance.now();
        server.open(uri, 'javascript', bundle, 1);
        server.open(other, 'javascript', 'eval(req.query.code);', 1);
        await server.diagnostics(other, 1, 60_000);
        const otherMs = performance.now() - start;
        await server.diagnostics(uri, 1, 60_000);
        const ms = performance.now() - start;
        const status = server.statuses.filter((s) => s.uri === uri).pop();
        const words = status ? `${status.state}${status.reason ? `: ${status.reason}` : ''}` : undefined;
        if (skipMinified) Object.assign(result, { skippedMs: ms, skippedStatus: words });
        else Object.assign(result, { budgetMs: ms, budgetStatus: words, otherFileMs: otherMs });
      } finally {
        await server.stop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result as MinifiedResult;
}
