import { BrowserWindow, BrowserView } from 'electron';
import * as path from 'path';

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1024,
    height: 768,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      // vetted-expect: js.config.electron-context-isolation-disabled
      contextIsolation: false,
      nodeIntegration: false,
    },
  });
  void win.loadURL('https://app.example.com');
  return win;
}

// vetted-expect: js.config.electron-context-isolation-disabled
const panel = new BrowserView({ webPreferences: { 'contextIsolation': false, sandbox: true } });

const webPreferences: Electron.WebPreferences = {
  preload: path.join(__dirname, 'preload.js'),
  // vetted-expect: js.config.electron-context-isolation-disabled
  contextIsolation: false,
};

// Near misses

// vetted-ok: js.config.electron-context-isolation-disabled
const isolated = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true } });
// vetted-ok: js.config.electron-context-isolation-disabled
const legacy = new BrowserWindow({ webPreferences: { contextIsolation: !process.env.LEGACY_PRELOAD } });
// vetted-ok: js.config.electron-context-isolation-disabled
const testHarness = { contextIsolation: false, headless: true };
// vetted-ok: js.config.electron-context-isolation-disabled
// webPreferences: { contextIsolation: false }
// vetted-ok: js.config.electron-context-isolation-disabled
const hint = 'contextIsolation: false breaks the security model';
