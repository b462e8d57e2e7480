import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, VettedSettings } from '../../server/src/protocol';

/** Reads the `vetted.*` settings and the workspace's trust state, as the server expects them. */
export function readSettings(): VettedSettings {
  const config = vscode.workspace.getConfiguration('vetted');
  return {
    enable: config.get('enable', DEFAULT_SETTINGS.enable),
    minimumSeverity: config.get('minimumSeverity', DEFAULT_SETTINGS.minimumSeverity),
    disabledRules: config.get('disabledRules', DEFAULT_SETTINGS.disabledRules),
    extraRuleFolders: config.get('extraRuleFolders', DEFAULT_SETTINGS.extraRuleFolders),
    debounceMs: config.get('debounceMs', DEFAULT_SETTINGS.debounceMs),
    maxFileSizeKb: config.get('maxFileSizeKb', DEFAULT_SETTINGS.maxFileSizeKb),
    skipMinified: config.get('skipMinified', DEFAULT_SETTINGS.skipMinified),
    analysisTimeBudgetMs: config.get('analysisTimeBudgetMs', DEFAULT_SETTINGS.analysisTimeBudgetMs),
    workspaceTrusted: vscode.workspace.isTrusted,
    provenance: {
      enabled: config.get('provenance.enabled', DEFAULT_SETTINGS.provenance.enabled),
      escalateSeverity: config.get('provenance.escalateSeverity', DEFAULT_SETTINGS.provenance.escalateSeverity),
      reviewSensitiveAreas: config.get('provenance.reviewSensitiveAreas', DEFAULT_SETTINGS.provenance.reviewSensitiveAreas),
    },
  };
}
