import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/finding';
import { DocumentAnalysis } from '../engine/incrementalAnalysis';
import type { GrammarName } from '../engine/languages';
import { ContentChange, ParsedDocument } from '../engine/parsedDocument';

/**
 * An open editor document as the server sees it. Until its grammar is loaded the text is kept in
 * a plain TextDocument; from then on a ParsedDocument keeps text and syntax tree in step.
 */
export class OpenDocument {
  private plain: TextDocument | undefined;
  private parsed: ParsedDocument | undefined;
  private parsing: Promise<ParsedDocument> | undefined;
  private changesWhileParsing: ContentChange[][] | undefined;
  private disposed = false;
  /** Findings of the last completed analysis, and the version they belong to. */
  findings: Finding[] = [];
  findingsVersion = -1;
  /** Matches kept between edits, so an edit re-analyses only the statements it changed. */
  analysis = new DocumentAnalysis();
  /** When this document was last opened or edited (for keeping only recent syntax trees). */
  lastUsed = Date.now();
  /** The last status sent for this document (skipped, partial, ...), to send only changes. */
  lastStatus: string | undefined;
  /**
   * Set when the client sent a change that cannot be applied (a negative line, a range that ends
   * before it starts): the server no longer knows the editor's text, so it applies no edits and
   * reports nothing until a change replaces the whole text (or the file is reopened).
   */
  outOfSync: string | undefined;
  /** How the last analysis ran (full, incremental, unchanged). */
  lastMode: 'full' | 'incremental' | 'unchanged' | undefined;
  /** The version last checked against a fresh parse and analysis (at most once per version). */
  verifiedVersion = -1;

  constructor(
    readonly uri: string,
    readonly grammar: GrammarName,
    public version: number,
    text: string,
  ) {
    this.plain = TextDocument.create(uri, grammar, version, text);
  }

  get text(): string {
    return this.parsed ? this.parsed.text : this.plain!.getText();
  }

  /** The parsed form, once analysis has created it. */
  get parsedDocument(): ParsedDocument | undefined {
    return this.parsed;
  }

  applyChanges(changes: ContentChange[], version: number): void {
    this.version = version;
    this.lastUsed = Date.now();
    if (this.outOfSync) {
      // Only a full-text change tells us the text again; the edits before it are moot.
      const full = changes.map((c) => !c.range).lastIndexOf(true);
      if (full < 0) return;
      changes = changes.slice(full);
      this.outOfSync = undefined;
    }
    if (this.parsed) this.parsed.update(changes);
    else {
      this.plain = TextDocument.update(this.plain!, changes, version);
      this.changesWhileParsing?.push(changes);
    }
  }

  /**
   * The parsed form, created (possibly over several event-loop turns) from the current text.
   * Changes that arrive meanwhile are applied to it incrementally once it is ready.
   */
  parseAsync(create: (text: string) => Promise<ParsedDocument>): Promise<ParsedDocument> {
    if (this.parsed) return Promise.resolve(this.parsed);
    if (this.parsing) return this.parsing;
    this.changesWhileParsing = [];
    const parsing = create(this.plain!.getText()).then(
      (parsed) => {
        for (const changes of this.changesWhileParsing ?? []) parsed.update(changes);
        this.changesWhileParsing = undefined;
        this.parsing = undefined;
        if (this.disposed) {
          parsed.dispose();
          throw new Error('document closed while it was parsed');
        }
        this.parsed = parsed;
        this.plain = undefined;
        return parsed;
      },
      (error: unknown) => {
        this.changesWhileParsing = undefined;
        this.parsing = undefined;
        throw error;
      },
    );
    this.parsing = parsing;
    return parsing;
  }

  /**
   * Takes a freshly parsed tree of the current text in place of the incrementally kept one (or,
   * without one, just forgets the kept matches); the next analysis is a full one.
   */
  startAfresh(fresh?: ParsedDocument): void {
    if (fresh) {
      this.parsed?.dispose();
      this.parsed = fresh;
    }
    this.analysis = new DocumentAnalysis();
  }

  /**
   * Frees the syntax tree (tree-sitter's memory is the large part of an open document) and keeps
   * the text and the last findings. The next analysis parses again and analyses in full.
   */
  releaseTree(): void {
    if (!this.parsed) return;
    this.plain = TextDocument.create(this.uri, this.grammar, this.version, this.parsed.text);
    this.parsed.dispose();
    this.parsed = undefined;
    this.analysis = new DocumentAnalysis();
  }

  dispose(): void {
    this.disposed = true;
    this.parsed?.dispose();
  }
}
