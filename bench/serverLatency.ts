/**
 * Through the real server process over stdio (debounce 0, so the debounce is excluded): open →
 * first diagnostics, and one-character edit → diagnostics for the new version at random
 * positions. The same edits are replayed in-process to time the incremental reparse alone, the
 * floor any per-keystroke analysis has.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DidCloseTextDocumentNotification } from 'vscode-languageserver-protocol';
import type { Parser } from 'web-tree-sitter';
import { VettedEngine } from '../server/src/engine/engine';
import { DocumentAnalysis } from '../server/src/engine/incrementalAnalysis';
import { EDITOR_DATAFLOW_MAX_CHARS } from '../server/src/lsp/documentLimits';
import { ParsedDocument } from '../server/src/engine/parsedDocument';
import { fileUri, ServerProcess } from '../test/support/serverProcess';
import { BenchLanguage, EXTENSION, percentile, rng } from './corpus';

export interface LatencyRow {
  language: BenchLanguage;
  lines: number;
  /** What the file is made of, when not realisticFile's mix (e.g. `request handlers`). */
  corpus?: string;
  findings: number;
  openMs: number;
  editP50: number;
  editP95: number;
  reparseP50: number;
  reparseP95: number;
  analysisP50: number;
  analysisP95: number;
}

interface Edit {
  line: number;
  character: number;
  text: string;
}

/**
 * One-character edits at random positions: a letter or a space typed somewhere, then deleted
 * again by the next edit, so the file stays the real code it started as (edits that pile up turn
 * it into a file nobody would edit).
 */
function randomEdits(text: string, count: number, seed: number): { edit: Edit; remove: boolean }[] {
  const lines = text.split('\n');
  const random = rng(seed);
  const out: { edit: Edit; remove: boolean }[] = [];
  for (let i = 0; out.length < count; i++) {
    const line = Math.floor(random() * (lines.length - 1));
    const character = Math.floor(random() * (lines[line].length + 1));
    const typed = random() < 0.5 ? 'x' : ' ';
    out.push({ edit: { line, character, text: typed }, remove: false });
    out.push({ edit: { line, character, text: '' }, remove: true });
  }
  return out.slice(0, count);
}

function lspChange({ edit, remove }: { edit: Edit; remove: boolean }) {
  return {
    range: {
      start: { line: edit.line, character: edit.character },
      end: { line: edit.line, character: edit.character + (remove ? 1 : 0) },
    },
    text: edit.text,
  };
}

export async function measureLatency(language: BenchLanguage, text: string, editCount: number): Promise<LatencyRow> {
  const edits = randomEdits(text, editCount, 42);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'));
  const server = await ServerProcess.start({ workspaceFolder: dir, settings: { debounceMs: 0 } });
  let openMs: number;
  let findings: number;
  const times: number[] = [];
  try {
    // Steady state: the grammar loaded, the rules compiled and the parser's code warm, from two
    // documents of the same size opened and closed first (the start-up line has the cold case).
    for (const name of ['warm1', 'warm2']) {
      const warm = fileUri(path.join(dir, `${name}${EXTENSION[language]}`));
      server.open(warm, language, text, 1);
      await server.diagnostics(warm, 1, 60_000);
      void server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: warm } });
    }
    const uri = fileUri(path.join(dir, `big${EXTENSION[language]}`));
    let start = performance.now();
    server.open(uri, language, text, 1);
    findings = (await server.diagnostics(uri, 1, 60_000)).length;
    openMs = performance.now() - start;
    let version = 1;
    for (const edit of edits) {
      version++;
      start = performance.now();
      server.change(uri, version, [lspChange(edit)]);
      await server.diagnostics(uri, version, 60_000);
      times.push(performance.now() - start);
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const { reparse, analysis } = await inProcess(language, text, edits);
  return {
    language,
    lines: text.split('\n').length - 1,
    findings,
    openMs,
    editP50: percentile(times, 50),
    editP95: percentile(times, 95),
    reparseP50: percentile(reparse, 50),
    reparseP95: percentile(reparse, 95),
    analysisP50: percentile(analysis, 50),
    analysisP95: percentile(analysis, 95),
  };
}

/**
 * One engine per language for the whole benchmark: loading a grammar and compiling rules takes
 * seconds and is not what these rows time (rules are compiled per document, by what it could
 * match; the engine keeps them), while everything that depends on a document's text (its tree,
 * its analysis cache) is made fresh for each file below.
 */
const engines = new Map<BenchLanguage, Promise<{ engine: VettedEngine; parser: Parser }>>();

function engineFor(language: BenchLanguage) {
  let ready = engines.get(language);
  if (!ready) {
    const engine = VettedEngine.create();
    ready = (async () => {
      const parser = await engine.parser(language);
      return { engine, parser };
    })();
    engines.set(language, ready);
  }
  return ready;
}

/**
 * The same edits in this process: the incremental reparse alone, and reparse + incremental
 * analysis. Both come from one document, the reparse timed up to the new tree and the analysis
 * after it, rather than from a second document reparsed on its own: a 50,000-line reparse is
 * tens of milliseconds per edit, and doing it twice made these rows the slowest of the benchmark.
 */
async function inProcess(language: BenchLanguage, text: string, edits: { edit: Edit; remove: boolean }[]) {
  const { engine, parser } = await engineFor(language);
  const reparse: number[] = [];
  const analysis: number[] = [];
  const document = ParsedDocument.create(parser, language, text);
  const documentAnalysis = new DocumentAnalysis();
  // As the server analyses (taint rules left out of files over its size limit).
  const options = { dataflowMaxChars: EDITOR_DATAFLOW_MAX_CHARS };
  await documentAnalysis.run(engine.analyzer, document, options, 'bench');
  for (const edit of edits) {
    const start = performance.now();
    document.update([lspChange(edit)]);
    void document.tree;
    const reparsed = performance.now();
    await documentAnalysis.run(engine.analyzer, document, options, 'bench');
    reparse.push(reparsed - start);
    analysis.push(performance.now() - start);
  }
  document.dispose();
  return { reparse, analysis };
}
