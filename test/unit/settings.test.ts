import * as assert from 'assert';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { DEFAULT_SETTINGS } from '../../server/src/settingTable';

/** What the server makes of the settings a client sends: the table's defaults, types and bounds. */
describe('settings from the client', () => {
  it('are the defaults when nothing usable is sent, and untrusted', () => {
    for (const raw of [undefined, null, 'x', 3, [], {}])
      assert.deepStrictEqual(normalizeSettings(raw), DEFAULT_SETTINGS, JSON.stringify(raw));
    assert.deepStrictEqual(DEFAULT_SETTINGS, {
      enable: true,
      minimumSeverity: 'low',
      disabledRules: [],
      extraRuleFolders: [],
      debounceMs: 150,
      maxFileSizeKb: 4096,
      skipMinified: true,
      analysisTimeBudgetMs: 3000,
      workspaceTrusted: false,
      provenance: { enabled: true, escalateSeverity: true, reviewSensitiveAreas: true },
    });
  });

  it('keep valid values, nested under provenance as VS Code sends them', () => {
    const sent = {
      enable: false,
      minimumSeverity: 'high',
      disabledRules: ['js.crypto.weak-hash'],
      extraRuleFolders: ['rules'],
      debounceMs: 40,
      maxFileSizeKb: 10,
      skipMinified: false,
      analysisTimeBudgetMs: 500,
      workspaceTrusted: true,
      provenance: { enabled: false, escalateSeverity: false, reviewSensitiveAreas: false },
    };
    assert.deepStrictEqual(normalizeSettings(sent), sent);
  });

  it('clamp numbers to their bounds and replace values of the wrong type by the default', () => {
    assert.deepStrictEqual(
      normalizeSettings({
        enable: 'no',
        minimumSeverity: 'severe',
        disabledRules: ['a', 1, null, 'b'],
        extraRuleFolders: 'rules',
        debounceMs: -5,
        maxFileSizeKb: 1e12,
        analysisTimeBudgetMs: Number.NaN,
        skipMinified: 0,
        workspaceTrusted: 'true',
        provenance: { enabled: 'yes', escalateSeverity: false, decorations: false },
      }),
      {
        enable: true,
        minimumSeverity: 'low',
        disabledRules: ['a', 'b'],
        extraRuleFolders: [],
        debounceMs: 0,
        maxFileSizeKb: 102400,
        skipMinified: true,
        analysisTimeBudgetMs: 3000,
        workspaceTrusted: false,
        provenance: { enabled: true, escalateSeverity: false, reviewSensitiveAreas: true },
      },
    );
    assert.strictEqual(normalizeSettings({ analysisTimeBudgetMs: 1 }).analysisTimeBudgetMs, 50);
    assert.strictEqual(normalizeSettings({ debounceMs: 10_000 }).debounceMs, 5000);
  });

  it('do not read inherited properties as settings', () => {
    const sent = Object.create({ enable: false, provenance: { enabled: false } }) as object;
    assert.deepStrictEqual(normalizeSettings(sent), DEFAULT_SETTINGS);
  });
});
