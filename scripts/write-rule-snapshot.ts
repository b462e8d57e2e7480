/**
 * Build step: saves the bundled rules, as loaded, beside them (see server/src/engine/ruleSnapshot.ts).
 * Usage: tsx scripts/write-rule-snapshot.ts <rules folder>. Fails when a rule does not load.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RuleLoader } from '../server/src/engine/ruleLoader';
import { SNAPSHOT_FILE, writeRuleSnapshot } from '../server/src/engine/ruleSnapshot';

const directory = process.argv[2];
if (!directory) throw new Error('usage: write-rule-snapshot <rules folder>');
// Made from the YAML, never from an earlier snapshot.
fs.rmSync(path.join(directory, SNAPSHOT_FILE), { force: true });
const loaded = new RuleLoader().load([{ directory, bundled: true }]);
if (loaded.errors.length > 0) {
  for (const e of loaded.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  process.exit(1);
}
writeRuleSnapshot(directory, loaded);
