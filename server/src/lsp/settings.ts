import { serverSettingsFrom, SETTINGS, settingDefinition, SettingDefinition, VettedSettings } from '../settingTable';

/** Accepts whatever the client sent (possibly partial or malformed) and returns complete settings. */
export function normalizeSettings(raw: unknown): VettedSettings {
  const input = isRecord(raw) ? raw : {};
  return serverSettingsFrom(
    (key) => acceptedValue(settingDefinition(key), valueAt(input, key)) ?? SETTINGS[key].default,
    // Trust fails closed: any other client, or a settings message that leaves it out, gets only
    // the bundled rules. Each message is taken whole, so a later change without it untrusts again.
    input.workspaceTrusted === true,
  );
}

/**
 * The value a client sent for a setting, brought within the setting's bounds, or undefined when
 * it is not of the setting's type (the default applies then). Arrays keep only their strings.
 */
export function acceptedValue(definition: SettingDefinition, value: unknown): unknown {
  switch (definition.type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'string':
      return typeof value === 'string' && definition.enum.includes(value) ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? Math.min(definition.maximum, Math.max(definition.minimum, value))
        : undefined;
    case 'string[]':
      return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : undefined;
  }
}

/** `provenance.enabled` is sent nested, as `{ provenance: { enabled } }`. */
function valueAt(input: Record<string, unknown>, key: string): unknown {
  let value: unknown = input;
  for (const part of key.split('.')) value = isRecord(value) && Object.hasOwn(value, part) ? value[part] : undefined;
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object';
}
