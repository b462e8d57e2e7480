import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  CodeActionKind,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  InitializeParams,
  InitializeResult,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { Parser } from 'web-tree-sitter';
import { VettedEngine } from '../engine/engine';
import { explanationMarkdown } from '../engine/explanation';
import { fixKeepsSyntax } from '../engine/fixes';
import { GrammarLoader } from '../engine/grammarLoader';
import { grammarForLanguageId, grammarForPath } from '../engine/languages';
import { ParsedDocument, ParseTimeoutError } from '../engine/parsedDocument';
import { sameTree } from '../engine/sameTree';
import { severityRank } from '../engine/rule';
import type { RuleLoadError } from '../engine/ruleLoader';
import type { Finding } from '../engine/finding';
import type { ProvenanceRegion } from '../provenance/format';
import {
  AcceptNoticeNotification,
  AcceptNoticeParams,
  DiagnosticData,
  DocumentStatusNotification,
  DocumentStatusParams,
  ExplainRequest,
  ProvenanceNotification,
  REVIEW_REQUIRED_CODE,
} from '../protocol';
import { DEFAULT_SETTINGS, VettedSettings } from '../settingTable';
import { AnalysisScheduler } from './analysisScheduler';
import { codeActionsFor } from './codeActions';
import { DATAFLOW_SKIPPED_REASON, EDITOR_DATAFLOW_MAX_CHARS, skipReason } from './documentLimits';
import { AiTag, toDiagnostic } from './diagnostics';
import { findingAt, hoverFor } from './hover';
import { traceMarkdown } from '../engine/dataflow/traceText';
import { invalidChange, isOpenedDocument, isPosition, isRange } from './requestParams';
import { OpenDocument } from './openDocument';
import { ruleSourcesFor } from './ruleSources';
import { ProvenanceRegistry, regionOf, sensitiveArea } from './provenanceTagger';
import { normalizeSettings } from './settings';

/** Files at least this long are parsed in slices of PARSE_SLICE_MS with other work in between. */
const YIELDING_PARSE_CHARS = 256 * 1024;
const PARSE_SLICE_MS = 30;

/**
 * How long a document with syntax errors must be left alone before its incrementally kept tree is
 * checked against a fresh parse (at least this, or four debounce periods).
 */
const VERIFY_IDLE_MS = 750;

/** Documents whose syntax trees are kept; the least recently used others are released. */
const MAX_PARSED_DOCUMENTS = 5;

/**
 * The language server: keeps a parsed tree per open document, analyses on open and (debounced)
 * on change, publishes diagnostics for the latest version only, and answers hover, code actions
 * and `vetted/explain`.
 */
export class VettedServer {
  private settings: VettedSettings = DEFAULT_SETTINGS;
  private workspaceFolders: string[] = [];
  private readonly grammars = new GrammarLoader();
  private engine: VettedEngine;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly scheduler: AnalysisScheduler;
  /** Checks idle documents with syntax errors against a fresh parse (see verifyFreshParse). */
  private readonly verifier: AnalysisScheduler;
  private ruleErrorFiles = new Set<string>();
  private readonly provenance = new ProvenanceRegistry();

  constructor(private readonly connection: Connection) {
    // No rules yet: they load once the client has sent its settings (onInitialized), so start-up
    // does not read every rule file twice.
    this.engine = VettedEngine.create({ grammars: this.grammars, ruleSources: [] });
    this.scheduler = new AnalysisScheduler(
      () => this.settings.debounceMs,
      (uri) => this.analyze(uri),
      (uri, error) => this.connection.console.error(`Vetted: analysis of ${uri} failed: ${describe(error)}`),
    );
    this.verifier = new AnalysisScheduler(
      () => Math.max(VERIFY_IDLE_MS, 4 * this.settings.debounceMs),
      (uri) => this.verifyFreshParse(uri),
      (uri, error) => this.connection.console.error(`Vetted: checking ${uri} against a fresh parse failed: ${describe(error)}`),
    );
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => {
      this.reloadRules();
      // Grammars and rule queries load when the first file of their language opens, not here.
      c.console.info(
        `Vetted: server ready ${Math.round(process.uptime() * 1000)} ms after start; ${this.engine.ruleSet.rules.length} rules loaded`,
      );
    });
    c.onDidChangeConfiguration((change) => {
      const raw = (change.settings as { vetted?: unknown } | undefined)?.vetted;
      if (raw !== undefined) this.applySettings(normalizeSettings(raw));
    });
    c.onDidOpenTextDocument(({ textDocument }) => {
      if (!isOpenedDocument(textDocument))
        return this.connection.console.error(`Vetted: ignored a malformed didOpen: ${JSON.stringify(textDocument)?.slice(0, 200)}`);
      const grammar = grammarForLanguageId(textDocument.languageId) ?? grammarForPath(textDocument.uri);
      if (!grammar) return;
      this.documents.get(textDocument.uri)?.dispose();
      this.documents.set(textDocument.uri, new OpenDocument(textDocument.uri, grammar, textDocument.version, textDocument.text));
      this.scheduler.schedule(textDocument.uri, true);
    });
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const doc = this.currentOrStale(textDocument?.uri);
      if (!doc) return;
      this.verifier.cancel(doc.uri);
      const problem = invalidChange(contentChanges);
      if (problem) return this.markOutOfSync(doc, textDocument.version, problem);
      doc.applyChanges(contentChanges, textDocument.version);
      // Until a change brings the whole text again, nothing the server could report is true.
      if (!doc.outOfSync) this.scheduler.schedule(textDocument.uri);
    });
    c.onNotification(ProvenanceNotification, (params) => {
      this.provenance.set(params.uri, params.version, params.regions);
      const doc = this.documents.get(params.uri);
      // Findings already computed for this version only need tagging again, not a new analysis.
      if (doc && doc.findingsVersion === params.version) void this.publish(doc);
    });
    c.onDidCloseTextDocument(({ textDocument }) => {
      if (typeof textDocument?.uri !== 'string') return;
      this.provenance.delete(textDocument.uri);
      this.scheduler.cancel(textDocument.uri);
      this.verifier.cancel(textDocument.uri);
      this.documents.get(textDocument.uri)?.dispose();
      this.documents.delete(textDocument.uri);
      void c.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    });
    c.onHover(({ textDocument, position }) => {
      const doc = this.currentDocument(textDocument?.uri);
      if (!doc || !isPosition(position)) return null;
      const regions = this.aiRegions(doc);
      return hoverFor(doc.findings, position, (finding) => this.aiTag(finding, regions));
    });
    c.onCodeAction(async ({ textDocument, context }) => {
      const requested = Array.isArray(context?.diagnostics) ? context.diagnostics.filter((d) => isRange(d?.range)) : [];
      const doc = this.currentDocument(textDocument?.uri);
      // A skipped (too large, minified) document has no findings and is never parsed here.
      if (!doc || (!doc.parsedDocument && doc.findings.length === 0)) return [];
      // A document whose tree was released is parsed again: fixes are checked against the tree.
      const parser = await this.engine.parser(doc.grammar);
      const parsed = doc.parsedDocument ?? (await this.parseNew(doc, parser, this.settings.analysisTimeBudgetMs));
      if (this.currentDocument(textDocument.uri) !== doc) return [];
      doc.lastUsed = Date.now();
      return codeActionsFor(requested, doc.findings, {
        uri: doc.uri,
        version: doc.version,
        grammar: doc.grammar,
        text: doc.text,
        tree: parsed.tree,
        fixIsSafe: (finding) => fixKeepsSyntax(this.engine, doc.grammar, doc.text, finding.fix!.edits, parsed.tree),
      });
    });
    c.onRequest(ExplainRequest, (params) => {
      const rule = typeof params?.ruleId === 'string' ? this.engine.ruleSet.rule(params.ruleId) : undefined;
      if (!rule) return null;
      // Asked about one finding (from its code action): its path comes first.
      const finding =
        typeof params.uri === 'string' && isPosition(params.position)
          ? findingAt(this.documents.get(params.uri)?.findings ?? [], rule.id, params.position)
          : undefined;
      const path = finding ? traceMarkdown(finding) : '';
      return { title: `${rule.id}: ${rule.title}`, markdown: path ? `${path}\n\n${explanationMarkdown(rule)}` : explanationMarkdown(rule) };
    });
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.workspaceFolders = (params.workspaceFolders ?? [])
      .map((f) => f.uri)
      .concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : [])
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri));
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    if (options?.settings !== undefined) this.settings = normalizeSettings(options.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'vetted', version: '0.1.0' },
    };
  }

  private applySettings(next: VettedSettings): void {
    const previous = this.settings;
    this.settings = next;
    const rulesChanged =
      previous.workspaceTrusted !== next.workspaceTrusted || previous.extraRuleFolders.join('\n') !== next.extraRuleFolders.join('\n');
    if (rulesChanged) this.reloadRules();
    for (const uri of this.documents.keys()) this.scheduler.schedule(uri, true);
  }

  private reloadRules(): void {
    const sources = ruleSourcesFor(this.settings, this.workspaceFolders);
    this.engine = VettedEngine.create({ ruleSources: sources, grammars: this.grammars });
    if (sources.some((s) => !s.bundled)) {
      // User rules are not tested at build time: their queries are compiled one by one now (each
      // takes milliseconds), so every broken rule is reported once, at load.
      const engine = this.engine;
      void engine.customRuleErrors().then((errors) => {
        if (engine === this.engine) this.reportRuleErrors(errors);
      });
    } else {
      this.reportRuleErrors(this.engine.loadErrors);
    }
    for (const uri of this.documents.keys()) this.scheduler.schedule(uri, true);
  }

  /** Broken rule files get diagnostics at the offending line, and one warning message. */
  private reportRuleErrors(errors: RuleLoadError[]): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const error of errors) {
      const list = byFile.get(error.file) ?? [];
      const line = Math.max(0, error.line - 1);
      list.push({
        range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
        severity: error.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
        source: 'vetted',
        message: error.message,
      });
      byFile.set(error.file, list);
    }
    for (const file of this.ruleErrorFiles) {
      if (!byFile.has(file)) void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
    }
    for (const [file, diagnostics] of byFile) void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
    this.ruleErrorFiles = new Set(byFile.keys());
    for (const error of errors) this.connection.console.error(`Vetted rule error: ${error.file}:${error.line}: ${error.message}`);
    if (errors.length > 0) {
      const first = errors[0];
      const where = `${path.basename(first.file)}:${first.line}`;
      void this.connection.window.showWarningMessage(
        `Vetted: ${errors.length} problem(s) in custom rules; the other rules keep working. First: ${where}: ${first.message}`,
      );
    }
  }

  /** The open document with this uri, whatever its findings' version. */
  private currentOrStale(uri: unknown): OpenDocument | undefined {
    return typeof uri === 'string' ? this.documents.get(uri) : undefined;
  }

  /** The document, if its findings belong to its current version. */
  private currentDocument(uri: string | undefined): OpenDocument | undefined {
    const doc = uri === undefined ? undefined : this.documents.get(uri);
    return doc && doc.findingsVersion === doc.version ? doc : undefined;
  }

  private async analyze(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const engine = this.engine;
    const settings = this.settings;
    const version = doc.version;
    // Every change schedules a run of its own: a run that finds the document moved on (or
    // closed, or the rules reloaded) after an await leaves the work to that newer run.
    const stale = () => this.documents.get(uri) !== doc || engine !== this.engine || doc.version !== version || !!doc.outOfSync;
    if (stale()) return;
    const skip = settings.enable ? skipReason(doc.text, settings) : undefined;
    // The grammar loads once per language, and not for a file that will be skipped; the rules the
    // document could match are compiled by its analysis.
    const parser = settings.enable && !skip ? await engine.parser(doc.grammar) : undefined;
    if (stale()) return;
    const started = performance.now();
    const hadTree = !!doc.parsedDocument;
    let parsed: ParsedDocument | undefined;
    let parseProblem: string | undefined;
    if (parser) {
      try {
        // A large file is parsed over several turns; edits meanwhile are applied to its new tree.
        parsed = doc.parsedDocument ?? (await this.parseNew(doc, parser, settings.analysisTimeBudgetMs));
      } catch (error) {
        if (!(error instanceof ParseTimeoutError)) throw error;
        parseProblem = `${error.message} (vetted.analysisTimeBudgetMs)`;
      }
      if (stale()) return;
    }
    if (!parsed) {
      doc.findings = [];
      doc.findingsVersion = version;
      const reason = skip ?? parseProblem;
      if (reason) this.connection.console.info(`Vetted: not analysing ${uri}: ${reason}`);
      this.sendStatus(doc, { uri, version, state: reason ? 'skipped' : 'disabled', reason });
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const minimum = severityRank(settings.minimumSeverity);
    const disabled = new Set(settings.disabledRules);
    const relativePath = this.relativePath(uri);
    const options = {
      relativePath,
      isRuleEnabled: (rule: import('../engine/rule').Rule) => !disabled.has(rule.id) && severityRank(rule.severity) >= minimum,
      // One budget for the whole run: what parsing used is not available for matching. (Measured
      // as the parse itself: time other documents' work took meanwhile is not this file's.)
      timeBudgetMs: Math.max(50, settings.analysisTimeBudgetMs - (hadTree ? 0 : parsed.parseMs)),
      dataflowMaxChars: EDITOR_DATAFLOW_MAX_CHARS,
    };
    // Everything besides the text that decides which findings there are: a change means a full
    // analysis (so does the text crossing the size above which taint rules do not run).
    const overDataflowLimit = parsed.text.length > EDITOR_DATAFLOW_MAX_CHARS;
    const key = JSON.stringify([settings.minimumSeverity, [...disabled].sort(), relativePath, overDataflowLimit]);
    const result = await doc.analysis.run(engine.analyzer, parsed, options, key);
    if (stale()) return;
    const durationMs = Math.round(performance.now() - started);
    if (result.timedOut) {
      this.connection.console.warn(
        `Vetted: analysis of ${uri} stopped after ${settings.analysisTimeBudgetMs} ms; findings may be incomplete`,
      );
    }
    if (result.dataflowSkipped && result.mode === 'full') this.connection.console.info(`Vetted: ${uri}: ${DATAFLOW_SKIPPED_REASON}`);
    this.sendStatus(doc, {
      uri,
      version,
      state: result.timedOut || result.dataflowSkipped ? 'partial' : 'analysed',
      reason: result.timedOut
        ? `stopped after ${settings.analysisTimeBudgetMs} ms (vetted.analysisTimeBudgetMs); findings may be incomplete`
        : result.dataflowSkipped
          ? DATAFLOW_SKIPPED_REASON
          : undefined,
      durationMs,
    });
    doc.findings = result.findings;
    doc.findingsVersion = version;
    this.releaseOldTrees(doc);
    await this.publish(doc);
    doc.lastMode = result.mode;
    // After edits to broken code tree-sitter's incremental tree can differ from a fresh parse, and
    // error recovery can change bindings far from the edit; check once the document is idle.
    const derived = parsed.reparsedIncrementally || result.mode !== 'full';
    if (derived && doc.verifiedVersion !== version && parsed.tree.rootNode.hasError) this.verifier.schedule(uri);
  }

  /**
   * A document with syntax errors, left alone for a while after incremental edits: parse its text
   * afresh and analyse it in full (publishing the result). The fresh tree replaces the
   * incrementally kept one when they differ. Idle-time work only, at most once per version, and
   * only for documents with errors, where error recovery can make an incremental result differ.
   */
  private async verifyFreshParse(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    const kept = doc?.parsedDocument;
    if (!doc || !kept || doc.outOfSync || doc.findingsVersion !== doc.version || kept.text.length >= YIELDING_PARSE_CHARS) return;
    const parser = await this.engine.parser(doc.grammar);
    if (this.documents.get(uri) !== doc || doc.parsedDocument !== kept || doc.findingsVersion !== doc.version) return;
    doc.verifiedVersion = doc.version;
    let fresh: ParsedDocument;
    try {
      fresh = ParsedDocument.create(parser, doc.grammar, kept.text, { timeBudgetMs: this.settings.analysisTimeBudgetMs });
    } catch (error) {
      if (error instanceof ParseTimeoutError) return;
      throw error;
    }
    if (sameTree(fresh.tree, kept.tree)) {
      fresh.dispose();
      if (doc.lastMode === 'full' && !kept.reparsedIncrementally) return;
      doc.startAfresh();
    } else {
      this.connection.console.info(`Vetted: the incrementally parsed tree of ${uri} differs from a fresh parse; analysing the fresh one`);
      doc.startAfresh(fresh);
    }
    this.scheduler.schedule(uri, true);
  }

  /**
   * A change the server cannot apply (a negative line, a range ending before it starts): applying
   * it would corrupt the text so every later edit lands on the wrong line. The server cannot ask
   * the editor for its text, so it rejects the change, clears the document's diagnostics, says so
   * in the log and the status bar, and waits for a change with the whole text or a reopen.
   */
  private markOutOfSync(doc: OpenDocument, version: number, problem: string): void {
    doc.outOfSync = problem;
    doc.version = version;
    doc.findings = [];
    doc.findingsVersion = version;
    this.scheduler.cancel(doc.uri);
    const reason = 'out of sync with the editor after an invalid change; reopen the file';
    this.connection.console.error(`Vetted: rejected a change to ${doc.uri} (${problem}); ${reason}`);
    this.sendStatus(doc, { uri: doc.uri, version, state: 'skipped', reason });
    void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [] });
  }

  /**
   * Keeps syntax trees only for the most recently used documents: with many files open, the
   * others' trees would hold memory the wasm heap never returns. A released document is parsed
   * again when it is next edited or asked for code actions.
   */
  private releaseOldTrees(current: OpenDocument): void {
    const parsed = [...this.documents.values()].filter((d) => d.parsedDocument && d !== current);
    if (parsed.length < MAX_PARSED_DOCUMENTS) return;
    parsed.sort((a, b) => a.lastUsed - b.lastUsed);
    for (const doc of parsed.slice(0, parsed.length - (MAX_PARSED_DOCUMENTS - 1))) doc.releaseTree();
  }

  /**
   * Parses a document that has no tree yet. Large files get a parser of their own and are parsed
   * in slices, so other documents are answered meanwhile; small ones are parsed at once.
   */
  private parseNew(doc: OpenDocument, sharedParser: Parser, budgetMs: number): Promise<ParsedDocument> {
    return doc.parseAsync(async (text) => {
      if (text.length < YIELDING_PARSE_CHARS) return ParsedDocument.create(sharedParser, doc.grammar, text, { timeBudgetMs: budgetMs });
      const own = await this.engine.grammars.parser(doc.grammar);
      return ParsedDocument.createYielding(own, doc.grammar, text, { timeBudgetMs: budgetMs, sliceMs: PARSE_SLICE_MS });
    });
  }

  /** Tells the client how the analysis went, when that changed (not on every keystroke). */
  private sendStatus(doc: OpenDocument, status: DocumentStatusParams): void {
    const summary = `${status.state}:${status.reason ?? ''}`;
    if (doc.lastStatus === summary) return;
    doc.lastStatus = summary;
    void this.connection.sendNotification(DocumentStatusNotification, status);
  }

  /**
   * Publishes the document's current findings, tagging those in AI-accepted regions, adding the
   * review-required notes, and sending each acceptance's notice once.
   */
  private async publish(doc: OpenDocument): Promise<void> {
    const settings = this.settings;
    const version = doc.findingsVersion;
    const regions = this.aiRegions(doc);
    const diagnostics = doc.findings.map((finding) => toDiagnostic(finding, version, this.aiTag(finding, regions), doc.uri));
    const parsed = doc.parsedDocument;
    if (regions && parsed) {
      const relativePath = this.relativePath(doc.uri);
      for (const region of regions) {
        if (region.confidence === 'high' && settings.provenance.reviewSensitiveAreas) {
          const sensitive = sensitiveArea(region, parsed.tree, parsed.text, relativePath);
          // Marked on the region's first line only: a blue squiggle over a whole block is noise.
          const lineEnd = parsed.text.indexOf('\n', region.start);
          const end = Math.min(region.end, lineEnd < 0 ? parsed.text.length : lineEnd);
          if (sensitive)
            diagnostics.push(
              reviewRequired(parsed.pointAt(region.start), parsed.pointAt(Math.max(end, region.start)), sensitive, region.id, version),
            );
        }
        if (region.confidence !== 'high' || !this.provenance.firstAnnouncement(region.id)) continue;
        const introduced = doc.findings.filter((f) => regionOf(f, [region]));
        if (introduced.length === 0) continue;
        const notice: AcceptNoticeParams = {
          uri: doc.uri,
          regionId: region.id,
          findings: introduced.map((f) => ({
            ruleId: f.rule.id,
            title: f.rule.title,
            message: f.message,
            range: { start: f.range.start, end: f.range.end },
            hasFix: !!f.fix,
          })),
        };
        void this.connection.sendNotification(AcceptNoticeNotification, notice);
      }
    }
    await this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  }

  /** The AI-accepted regions of the document's analysed version, when provenance is on. */
  private aiRegions(doc: OpenDocument): ProvenanceRegion[] | undefined {
    return this.settings.provenance.enabled ? this.provenance.regionsAt(doc.uri, doc.findingsVersion) : undefined;
  }

  /** How a finding in AI-accepted code is shown: the same tag (and severity) in diagnostics and hover. */
  private aiTag(finding: Finding, regions: ProvenanceRegion[] | undefined): AiTag | undefined {
    const region = regions && regionOf(finding, regions);
    if (!region) return undefined;
    const high = region.confidence === 'high';
    return { regionId: region.id, escalate: this.settings.provenance.escalateSeverity && high, possibly: !high };
  }

  private relativePath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    const folder = this.workspaceFolders.find((f) => file.startsWith(f + path.sep));
    return (folder ? path.relative(folder, file) : file).split(path.sep).join('/');
  }
}

function reviewRequired(
  start: { row: number; column: number },
  end: { row: number; column: number },
  sensitive: { area: string; detail: string },
  regionId: string,
  version: number,
): Diagnostic {
  const data: DiagnosticData = { kind: 'review-note', ruleId: REVIEW_REQUIRED_CODE, version, ai: 'accepted', aiRegion: regionId };
  const why =
    sensitive.area === 'path'
      ? `in ${sensitive.detail}`
      : sensitive.area === 'api'
        ? `using ${sensitive.detail}`
        : `in ${sensitive.detail}()`;
  return {
    range: { start: { line: start.row, character: start.column }, end: { line: end.row, character: end.column } },
    severity: DiagnosticSeverity.Information,
    source: 'vetted',
    code: REVIEW_REQUIRED_CODE,
    message: `AI-accepted code in security-sensitive logic (${why}): review it before merging, even though no rule flagged it.`,
    data,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
