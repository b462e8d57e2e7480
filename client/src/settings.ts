import * as vscode from 'vscode';
import { serverSettingsFrom, SETTINGS, SettingKey, SettingValue, VettedSettings } from '../../server/src/settingTable';

/** Reads the `vetted.*` settings and the workspace's trust state, as the server expects them. */
export function readSettings(): VettedSettings {
  const config = vscode.workspace.getConfiguration('vetted');
  return serverSettingsFrom((key) => config.get(key, SETTINGS[key].default), vscode.workspace.isTrusted);
}

/** One `vetted.*` setting (key without the `vetted.` prefix), or its default. */
export function readSetting<K extends SettingKey>(key: K): SettingValue<K> {
  return vscode.workspace.getConfiguration('vetted').get(key, SETTINGS[key].default) as SettingValue<K>;
}
