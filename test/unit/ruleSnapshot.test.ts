import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RuleLoader } from '../../server/src/engine/ruleLoader';
import { SNAPSHOT_FILE, writeRuleSnapshot } from '../../server/src/engine/ruleSnapshot';

/**
 * The build saves the bundled rules as loaded (dist/rules/.loaded-rules.json) so that starting
 * the server or the CLI reads no YAML. The snapshot must load exactly what the YAML loads, and be
 * ignored as soon as a YAML file differs from what it was made of.
 */
describe('rules snapshot', () => {
  const RULES = path.resolve(__dirname, '..', '..', 'rules');
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-snapshot-'));
    fs.cpSync(RULES, dir, { recursive: true, filter: (f) => fs.statSync(f).isDirectory() || /\.ya?ml$/.test(f) });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const load = () => new RuleLoader().load([{ directory: dir, bundled: true }]);

  it('loads the same rules and taint sets as the YAML, with the files where they are now', () => {
    const fromYaml = load();
    assert.deepStrictEqual(fromYaml.errors, []);
    writeRuleSnapshot(dir, fromYaml);
    // Moved, as the .vsix is installed elsewhere than it was built: paths follow the folder.
    const moved = `${dir}-moved`;
    fs.renameSync(dir, moved);
    try {
      const fromSnapshot = new RuleLoader().load([{ directory: moved, bundled: true }]);
      fs.rmSync(path.join(moved, SNAPSHOT_FILE));
      const fromYamlMoved = new RuleLoader().load([{ directory: moved, bundled: true }]);
      assert.deepStrictEqual(fromSnapshot.errors, []);
      // As JSON: a field that is undefined in the loaded rule is absent from the snapshot.
      const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
      assert.deepStrictEqual(fromSnapshot.rules, json(fromYamlMoved.rules));
      assert.deepStrictEqual(fromSnapshot.taintSets, json(fromYamlMoved.taintSets));
    } finally {
      fs.renameSync(moved, dir);
    }
  });

  it('is ignored when a rule file changed after it was made, or when it is not valid JSON', () => {
    writeRuleSnapshot(dir, load());
    const file = path.join(dir, 'javascript', 'crypto', 'weak-hash.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Changed after the build'));
    assert.strictEqual(load().rules.find((r) => r.id === 'js.crypto.weak-hash')?.title, 'Changed after the build');

    fs.writeFileSync(path.join(dir, SNAPSHOT_FILE), '{ not json');
    assert.strictEqual(load().rules.find((r) => r.id === 'js.crypto.weak-hash')?.title, 'Changed after the build');
  });

  it('is used only for the bundled folder (a custom rule folder is always read as YAML)', () => {
    const loaded = load();
    writeRuleSnapshot(dir, { ...loaded, rules: loaded.rules.map((r) => ({ ...r, title: 'from the snapshot' })) });
    assert.ok(load().rules.every((r) => r.title === 'from the snapshot'));
    const custom = new RuleLoader().load([{ directory: dir, bundled: false }]).rules;
    assert.ok(custom.length > 50 && custom.every((r) => r.title !== 'from the snapshot'));
  });
});
