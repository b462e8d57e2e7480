const { app, BrowserWindow, BrowserView } = require('electron');
const path = require('path');

function createWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      // vetted-expect: js.config.electron-node-integration
      nodeIntegration: true,
      contextIsolation: true,
    },
  });
  win.loadFile('index.html');
  return win;
}

// vetted-expect: js.config.electron-node-integration
const view = new BrowserView({ webPreferences: { nodeIntegrationInSubFrames: true } });

const workerWindow = new BrowserWindow({
  show: false,
  webPreferences: {
    preload: path.join(__dirname, 'preload.js'),
    // vetted-expect: js.config.electron-node-integration
    'nodeIntegrationInWorker': true,
  },
});

function openChildWindows(win) {
  win.webContents.setWindowOpenHandler(() => ({
    action: 'allow',
    overrideBrowserWindowOptions: {
      // vetted-expect: js.config.electron-node-integration
      webPreferences: { nodeIntegration: true },
    },
  }));
}

const webPreferences = {
  // vetted-expect: js.config.electron-node-integration
  nodeIntegration: true,
};
const settingsWindow = new BrowserWindow({ webPreferences });

// Near misses

const safeWindow = new BrowserWindow({
  webPreferences: {
    // vetted-ok: js.config.electron-node-integration
    nodeIntegration: false,
    contextIsolation: true,
    sandbox: true,
    preload: path.join(__dirname, 'preload.js'),
  },
});
// vetted-ok: js.config.electron-node-integration
const devWindow = new BrowserWindow({ webPreferences: { nodeIntegration: process.env.ELECTRON_NODE === '1' } });
// vetted-ok: js.config.electron-node-integration
const buildOptions = { nodeIntegration: true, target: 'electron-renderer' };
// vetted-ok: js.config.electron-node-integration
// new BrowserWindow({ webPreferences: { nodeIntegration: true } })
// vetted-ok: js.config.electron-node-integration
const note = 'never set webPreferences: { nodeIntegration: true }';
