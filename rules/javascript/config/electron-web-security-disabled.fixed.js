const { BrowserWindow } = require('electron');

function createWindow() {
  const win = new BrowserWindow({
    width: 1280,
    height: 720,
    webPreferences: {
      contextIsolation: true,
      // vetted-expect: js.config.electron-web-security-disabled
      webSecurity: true,
    },
  });
  win.loadURL('http://localhost:3000');
}

// vetted-expect: js.config.electron-web-security-disabled
const dashboard = new BrowserWindow({ webPreferences: { allowRunningInsecureContent: true, webSecurity: true } });

const webPreferences = {
  // vetted-expect: js.config.electron-web-security-disabled
  'webSecurity': true,
  // vetted-expect: js.config.electron-web-security-disabled
  allowRunningInsecureContent: true,
};

// Near misses

// vetted-ok: js.config.electron-web-security-disabled
const secure = new BrowserWindow({ webPreferences: { webSecurity: true, allowRunningInsecureContent: false } });
// vetted-ok: js.config.electron-web-security-disabled
const dev = new BrowserWindow({ webPreferences: { webSecurity: app.isPackaged } });
// vetted-ok: js.config.electron-web-security-disabled
const puppeteerArgs = { webSecurity: false, args: ['--no-sandbox'] };
// vetted-ok: js.config.electron-web-security-disabled
// new BrowserWindow({ webPreferences: { webSecurity: false } })
// vetted-ok: js.config.electron-web-security-disabled
const doc = 'do not set webSecurity: false to work around CORS';
