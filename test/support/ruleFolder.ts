import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Runs `body` with a temporary folder holding `files` (name → text), removed afterwards. */
export async function withRuleFolder(files: Record<string, string>, body: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-rules-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    await body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A small custom rule that loads and compiles: the good neighbour of a broken rule file in the tests. */
export const VALID_RULE = `id: custom.test.no-debugger
title: Debugger statement
severity: low
confidence: high
languages: [javascript]
cwe: [489]
owasp: A05:2021-Security Misconfiguration
message: "A debugger statement was left in."
query: "(debugger_statement) @finding"
explanation: "Debugger statements pause execution for anyone with dev tools open; remove them."
references: ["https://cwe.mitre.org/data/definitions/489.html"]
`;
