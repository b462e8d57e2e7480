import { SEVERITIES, Severity } from '../engine/rule';
import { DEFAULT_SETTINGS, NUMERIC_SETTING_BOUNDS, VettedSettings } from '../protocol';

/** Accepts whatever the client sent (possibly partial or malformed) and returns complete settings. */
export function normalizeSettings(raw: unknown): VettedSettings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const number = (v: unknown, { min, max }: { min: number; max: number }) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : undefined;
  return {
    enable: typeof input.enable === 'boolean' ? input.enable : DEFAULT_SETTINGS.enable,
    minimumSeverity: SEVERITIES.includes(input.minimumSeverity as Severity) ? (input.minimumSeverity as Severity) : DEFAULT_SETTINGS.minimumSeverity,
    disabledRules: strings(input.disabledRules) ?? DEFAULT_SETTINGS.disabledRules,
    extraRuleFolders: strings(input.extraRuleFolders) ?? DEFAULT_SETTINGS.extraRuleFolders,
    debounceMs: number(input.debounceMs, NUMERIC_SETTING_BOUNDS.debounceMs) ?? DEFAULT_SETTINGS.debounceMs,
    maxFileSizeKb: number(input.maxFileSizeKb, NUMERIC_SETTING_BOUNDS.maxFileSizeKb) ?? DEFAULT_SETTINGS.maxFileSizeKb,
    skipMinified: typeof input.skipMinified === 'boolean' ? input.skipMinified : DEFAULT_SETTINGS.skipMinified,
    analysisTimeBudgetMs: number(input.analysisTimeBudgetMs, NUMERIC_SETTING_BOUNDS.analysisTimeBudgetMs) ?? DEFAULT_SETTINGS.analysisTimeBudgetMs,
    // Trust fails closed: any other client, or a settings message that leaves it out, gets only
    // the bundled rules. Each message is taken whole, so a later change without it untrusts again.
    workspaceTrusted: input.workspaceTrusted === true,
    provenance: normalizeProvenance(input.provenance),
  };
}

function normalizeProvenance(raw: unknown): VettedSettings['provenance'] {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const defaults = DEFAULT_SETTINGS.provenance;
  const flag = (key: keyof typeof defaults) => (typeof input[key] === 'boolean' ? (input[key] as boolean) : defaults[key]);
  return { enabled: flag('enabled'), escalateSeverity: flag('escalateSeverity'), reviewSensitiveAreas: flag('reviewSensitiveAreas') };
}
