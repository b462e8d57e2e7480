import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Tree } from 'web-tree-sitter';
import type { Finding } from '../engine/finding';
import { GRAMMARS, GrammarName } from '../engine/languages';
import { COMMANDS } from '../commandTable';

export interface CodeActionContext {
  uri: string;
  version: number;
  grammar: GrammarName;
  text: string;
  tree: Tree;
  /** Whether applying the fix leaves the code parseable (checked lazily, only for requested actions). */
  fixIsSafe: (finding: Finding) => Promise<boolean>;
}

/**
 * For each Vetted diagnostic in the request: the rule's quick fix (preferred) when it is safe,
 * "Explain" (opens the rule's explanation), and "Ignore on this line" (a suppression comment).
 */
export async function codeActionsFor(diagnostics: Diagnostic[], findings: Finding[], ctx: CodeActionContext): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'vetted') continue;
    const finding = findings.find(
      (f) =>
        f.rule.id === diagnostic.code &&
        f.range.start.line === diagnostic.range.start.line &&
        f.range.start.character === diagnostic.range.start.character &&
        f.range.end.line === diagnostic.range.end.line &&
        f.range.end.character === diagnostic.range.end.character,
    );
    if (!finding) continue;
    const ruleId = finding.rule.id;
    if (finding.fix && (await ctx.fixIsSafe(finding))) {
      actions.push({
        title: `Fix: ${finding.fix.title} (${ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: {
          documentChanges: [
            {
              textDocument: { uri: ctx.uri, version: ctx.version },
              edits: finding.fix.edits.map((e) => TextEdit.replace({ start: e.range.start, end: e.range.end }, e.newText)),
            },
          ],
        },
      });
    }
    actions.push({
      title: finding.fix ? `Explain ${ruleId}` : `Explain ${ruleId} and how to fix it`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: {
        title: `Explain ${ruleId}`,
        command: COMMANDS.explain.id,
        arguments: finding.trace ? [ruleId, ctx.uri, finding.range.start] : [ruleId],
      },
    });
    actions.push({
      title: `Ignore ${ruleId} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version }, edits: [suppressionEdit(finding, ctx)] }],
      },
    });
  }
  return actions;
}

/** Inserts `vetted-ignore <id> -- <reason>` on its own line above the finding, indented like it. */
export function suppressionEdit(finding: Finding, ctx: Pick<CodeActionContext, 'text' | 'tree' | 'grammar'>): TextEdit {
  const line = finding.range.start.line;
  const lineText = ctx.text.split(/\r?\n|\r/)[line] ?? '';
  const indent = /^\s*/.exec(lineText)![0];
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  const body = `vetted-ignore ${finding.rule.id} -- TODO: explain why this is safe`;
  const comment = isJsxChildLine(ctx.tree, line, indent.length) ? `{/* ${body} */}` : `${GRAMMARS[ctx.grammar].lineComment} ${body}`;
  return TextEdit.insert({ line, character: 0 }, `${indent}${comment}${eol}`);
}

/** A line whose first token is a child of a JSX element needs a JSX comment (`{/* … *\/}`). */
function isJsxChildLine(tree: Tree, line: number, column: number): boolean {
  const node = tree.rootNode.descendantForPosition({ row: line, column });
  for (let n = node; n; n = n.parent) {
    // Only nodes that begin on this line decide; an enclosing node from an earlier line is JS context.
    if (n.startPosition.row !== line) return false;
    if (
      n.parent &&
      (n.parent.type === 'jsx_element' || n.parent.type === 'jsx_fragment') &&
      n.type !== 'jsx_opening_element' &&
      n.type !== 'jsx_closing_element'
    ) {
      return true;
    }
  }
  return false;
}
