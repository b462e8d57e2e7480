import * as fs from 'fs';
import * as path from 'path';
import { bundledRulesDirectory } from '../engine/engine';
import type { RuleSource } from '../engine/ruleLoader';
import type { VettedSettings } from '../settingTable';

/** The folder a workspace keeps its own rules in, loaded automatically when the workspace is trusted. */
export const WORKSPACE_RULES_FOLDER = path.join('.vetted', 'rules');

/**
 * Which rule folders to load. Bundled rules always; folders from settings and the workspace's
 * `.vetted/rules` only in a trusted workspace (Workspace Trust): rules are data, but a hostile
 * repository could still ship rules that hide its own problems or flood the editor.
 */
export function ruleSourcesFor(settings: VettedSettings, workspaceFolders: string[]): RuleSource[] {
  const sources: RuleSource[] = [{ directory: bundledRulesDirectory(), bundled: true }];
  if (!settings.workspaceTrusted) return sources;
  const base = workspaceFolders[0];
  for (const folder of settings.extraRuleFolders) {
    const directory = path.isAbsolute(folder) || !base ? folder : path.join(base, folder);
    sources.push({ directory, bundled: false });
  }
  for (const workspace of workspaceFolders) {
    const directory = path.join(workspace, WORKSPACE_RULES_FOLDER);
    if (fs.existsSync(directory) && !sources.some((s) => path.resolve(s.directory) === path.resolve(directory))) {
      sources.push({ directory, bundled: false });
    }
  }
  return sources;
}
