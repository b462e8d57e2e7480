import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMAND_CATEGORY, COMMANDS } from '../../server/src/commandTable';
import { VSCODE_LANGUAGE_IDS } from '../../server/src/engine/languages';
import { SETTING_KEYS, settingDefinition, SettingDefinition } from '../../server/src/settingTable';

const ROOT = path.resolve(__dirname, '..', '..');

interface Manifest {
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
  contributes: {
    configuration: { properties: Record<string, object> };
    commands: { command: string; title: string; category?: string }[];
    keybindings: { command: string; when?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** The package.json property VS Code needs for a setting of the table. */
function manifestProperty(definition: SettingDefinition): object {
  const type = definition.type === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type: definition.type };
  return {
    ...type,
    ...(definition.type === 'string' ? { enum: [...definition.enum] } : {}),
    default: definition.default,
    ...(definition.type === 'number' ? { minimum: definition.minimum, maximum: definition.maximum } : {}),
    ...(definition.scope ? { scope: definition.scope } : {}),
    description: definition.description,
  };
}

/**
 * package.json is read by VS Code as a static file, so it cannot import the tables; these tests
 * hold what it declares to them (settings, commands, languages), field by field.
 */
describe('package.json against the settings, command and language tables', () => {
  it('declares every setting of the table, in its order, with its type, default, bounds, scope and description', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepStrictEqual(
      Object.keys(properties),
      SETTING_KEYS.map((key) => `vetted.${key}`),
    );
    for (const key of SETTING_KEYS) {
      assert.deepStrictEqual(properties[`vetted.${key}`], manifestProperty(settingDefinition(key)), `vetted.${key}`);
    }
  });

  it('restricts in untrusted workspaces exactly the settings the table restricts', () => {
    const restricted = SETTING_KEYS.filter((key) => settingDefinition(key).restricted).map((key) => `vetted.${key}`);
    assert.deepStrictEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, restricted);
  });

  it('contributes every command of the table, with its title and category, and no other', () => {
    assert.deepStrictEqual(
      manifest.contributes.commands,
      Object.values(COMMANDS).map(({ id, title }) => ({ command: id, title, category: COMMAND_CATEGORY })),
    );
  });

  it('binds keys and menu entries only to commands of the table, and reads only settings of the table', () => {
    const ids = new Set<string>(Object.values(COMMANDS).map((c) => c.id));
    const entries = [...manifest.contributes.keybindings, ...Object.values(manifest.contributes.menus).flat()];
    assert.deepStrictEqual(
      entries.filter((e) => !ids.has(e.command)).map((e) => e.command),
      [],
    );
    const settings = new Set(SETTING_KEYS.map((key) => `vetted.${key}`));
    const read = entries.flatMap((e) => [...(e.when ?? '').matchAll(/\bconfig\.(vetted\.[\w.]+)/g)].map((m) => m[1]));
    assert.ok(read.length > 0, 'the Tab binding is conditional on vetted.provenance.enabled');
    assert.deepStrictEqual(
      read.filter((key) => !settings.has(key)),
      [],
    );
  });

  it('activates on exactly the languages the server analyses', () => {
    assert.deepStrictEqual(
      manifest.activationEvents,
      VSCODE_LANGUAGE_IDS.map((id) => `onLanguage:${id}`),
    );
  });

  it("lists every setting with its default in the README's Settings table", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Settings'), readme.indexOf('\n### ', readme.indexOf('### Settings') + 1));
    const rows = [...section.matchAll(/^\| `vetted\.([\w.]+)` \| `([^`]*)` \|/gm)].map((m) => [m[1], m[2]]);
    assert.deepStrictEqual(
      rows,
      SETTING_KEYS.map((key) => {
        const value = settingDefinition(key).default;
        return [key, typeof value === 'string' ? value : JSON.stringify(value)];
      }),
    );
  });
});
