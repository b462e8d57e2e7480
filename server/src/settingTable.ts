/**
 * Every `vetted.*` setting, described once. The defaults the server starts with, the clamps it
 * applies to what a client sends, the extension's reader, and the settings VS Code shows (package.json's
 * `contributes.configuration`, which must stay a static file: a test holds it to this table field
 * by field) all come from here. No runtime dependencies: the CLI imports it too.
 */
import { SEVERITIES } from './engine/rule';

interface SettingBase {
  description: string;
  /** package.json `scope`, when not VS Code's default (`window`). */
  scope?: 'resource';
  /** Ignored in untrusted workspaces (package.json `capabilities.untrustedWorkspaces.restrictedConfigurations`). */
  restricted?: true;
  /** Read by the extension only; not part of the settings sent to the server. */
  clientOnly?: true;
}
export type SettingDefinition = SettingBase &
  (
    | { type: 'boolean'; default: boolean }
    | { type: 'string'; enum: readonly string[]; default: string }
    | { type: 'number'; default: number; minimum: number; maximum: number }
    | { type: 'string[]'; default: readonly string[] }
  );

export const SETTINGS = {
  enable: {
    type: 'boolean',
    default: true,
    description: 'Analyse JavaScript, TypeScript and Python files for security problems as you type.',
  },
  minimumSeverity: {
    type: 'string',
    enum: SEVERITIES,
    default: 'low',
    description: 'Hide findings below this severity.',
  },
  disabledRules: {
    type: 'string[]',
    default: [],
    description: 'Rule ids that never report, e.g. "js.crypto.weak-hash".',
  },
  extraRuleFolders: {
    type: 'string[]',
    default: [],
    scope: 'resource',
    restricted: true,
    description:
      'Extra folders of Vetted rules (YAML), absolute or relative to the workspace. ' +
      'Not loaded in untrusted workspaces. The workspace folder .vetted/rules is loaded automatically when trusted.',
  },
  debounceMs: {
    type: 'number',
    default: 150,
    minimum: 0,
    maximum: 5000,
    description: 'Milliseconds of quiet after typing before the file is analysed again.',
  },
  maxFileSizeKb: {
    type: 'number',
    default: 4096,
    minimum: 1,
    maximum: 102400,
    description: 'Files larger than this (in KB) are not analysed; the status bar says when a file was skipped.',
  },
  skipMinified: {
    type: 'boolean',
    default: true,
    description:
      'Do not analyse files that look minified or generated (a line longer than 10,000 characters, ' +
      'or lines averaging over 300 characters).',
  },
  analysisTimeBudgetMs: {
    type: 'number',
    default: 3000,
    minimum: 50,
    maximum: 60000,
    description:
      'Longest time one analysis of one file may take. Parsing that would take longer skips the file; ' +
      "matching that takes longer reports what was found so far (the status bar says 'partial').",
  },
  'provenance.enabled': {
    type: 'boolean',
    default: true,
    description:
      'Track which code came from accepted AI suggestions (Tab on ghost text), show it, and report findings in it more severely. ' +
      'When off, Tab accepts suggestions exactly as VS Code does and nothing is recorded.',
  },
  'provenance.escalateSeverity': {
    type: 'boolean',
    default: true,
    description: 'Report findings in AI-accepted code one severity step higher.',
  },
  'provenance.reviewSensitiveAreas': {
    type: 'boolean',
    default: true,
    description:
      'Mark AI-accepted code in authentication, authorization, cryptography, ' +
      'session or payment logic as "review required", even without a finding.',
  },
  'provenance.decorations': {
    type: 'boolean',
    default: true,
    clientOnly: true,
    description: 'Show a bar beside AI-accepted lines and a mark in the overview ruler.',
  },
  'provenance.heuristics': {
    type: 'boolean',
    default: false,
    clientOnly: true,
    description:
      'Also mark a large insertion of code that was neither pasted, ' +
      'undone/redone nor accepted with Vetted\'s Tab binding as "possibly AI" (low confidence: shown, never escalated).',
  },
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof SETTINGS;
type Definition<K extends SettingKey> = (typeof SETTINGS)[K];

/** The value type of a setting. */
export type SettingValue<K extends SettingKey> =
  Definition<K> extends { enum: readonly (infer E)[] }
    ? E
    : Definition<K> extends { type: 'boolean' }
      ? boolean
      : Definition<K> extends { type: 'number' }
        ? number
        : string[];

/** Settings the server receives (those not only read by the extension). */
export type ServerSettingKey = { [K in SettingKey]: Definition<K> extends { clientOnly: true } ? never : K }[SettingKey];
type TopLevelKey = Exclude<ServerSettingKey, `${string}.${string}`>;
type Group = ServerSettingKey extends infer K ? (K extends `${infer G}.${string}` ? G : never) : never;

/**
 * The settings as the server receives them (`initializationOptions.settings` and
 * `workspace/didChangeConfiguration`'s `settings.vetted`): dotted keys become nested objects, as
 * VS Code's own `getConfiguration('vetted')` shows them.
 */
export type VettedSettings = { [K in TopLevelKey]: SettingValue<K> } & {
  [G in Group]: { [K in ServerSettingKey as K extends `${G}.${infer Rest}` ? Rest : never]: SettingValue<K> };
} & {
  /**
   * Whether the workspace is trusted (VS Code Workspace Trust); set by the client with every
   * settings message. Only an explicit `true` trusts: a missing or malformed value means untrusted.
   */
  workspaceTrusted: boolean;
};

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
export const SERVER_SETTING_KEYS = SETTING_KEYS.filter((key) => !(SETTINGS[key] as SettingDefinition).clientOnly) as ServerSettingKey[];

/** The definition of a setting, as the general type (the table's own entries are literal types). */
export function settingDefinition(key: SettingKey): SettingDefinition {
  return SETTINGS[key];
}

/**
 * Settings for the server, each taken from `valueOf` (the default, a clamped client value, or
 * what the editor's configuration holds).
 */
export function serverSettingsFrom(valueOf: (key: ServerSettingKey) => unknown, workspaceTrusted: boolean): VettedSettings {
  const settings: Record<string, unknown> = {};
  for (const key of SERVER_SETTING_KEYS) {
    const [group, name] = key.includes('.') ? key.split('.') : [undefined, key];
    const target = group ? ((settings[group] ??= {}) as Record<string, unknown>) : settings;
    target[name] = valueOf(key);
  }
  settings.workspaceTrusted = workspaceTrusted;
  return settings as VettedSettings;
}

/** The settings before any client has sent its own. Fails closed: untrusted until a client says otherwise. */
export const DEFAULT_SETTINGS: VettedSettings = serverSettingsFrom((key) => SETTINGS[key].default, false);
