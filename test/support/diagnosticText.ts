import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';

/** A diagnostic's message, which the server always sends as plain text (LSP 3.18 also allows Markdown). */
export function diagnosticText(d: Diagnostic): string {
  assert.strictEqual(typeof d.message, 'string', 'the server sent a Markdown diagnostic message');
  return d.message as string;
}
