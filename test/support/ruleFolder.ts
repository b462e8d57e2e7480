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
