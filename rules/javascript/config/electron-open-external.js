const { app, BrowserWindow, ipcMain, shell } = require('electron');

function createWindow() {
  const win = new BrowserWindow({ webPreferences: { contextIsolation: true } });

  win.webContents.setWindowOpenHandler(({ url }) => {
    // vetted-expect: js.config.electron-open-external
    shell.openExternal(url);
    return { action: 'deny' };
  });

  win.webContents.on('will-navigate', (event, navigationUrl) => {
    event.preventDefault();
    // vetted-expect: js.config.electron-open-external
    shell.openExternal(navigationUrl);
  });

  win.webContents.setWindowOpenHandler((details) => {
    const target = details.url;
    // vetted-expect: js.config.electron-open-external
    require('electron').shell.openExternal(target);
    return { action: 'deny' };
  });
  return win;
}

// vetted-expect: js.config.electron-open-external
ipcMain.handle('open-link', async (_event, link) => shell.openExternal(link));

ipcMain.on('open-docs', (event, { page }) => {
  const url = `${page}`;
  // vetted-expect: js.config.electron-open-external
  shell.openExternal(url);
});

app.on('open-url', async (event, deepLink) => {
  event.preventDefault();
  const next = new URL(deepLink).searchParams.get('redirect');
  // vetted-expect: js.config.electron-open-external
  await shell.openExternal(next);
});

function openInBrowser(url) {
  // vetted-expect: js.config.electron-open-external
  shell.openExternal(url);
}
ipcMain.on('open-in-browser', (event, url) => openInBrowser(url));

app.on('web-contents-created', (event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    setImmediate(() => {
      // vetted-expect: js.config.electron-open-external
      shell.openExternal(url);
    });
    return { action: 'deny' };
  });
});

// Near misses

app.on('web-contents-created', (event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeForExternalOpen(url)) {
      setImmediate(() => {
        // vetted-ok: js.config.electron-open-external
        shell.openExternal(url);
      });
    }
    return { action: 'deny' };
  });
});

function createCheckedWindow() {
  const win = new BrowserWindow();
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (new URL(url).protocol === 'https:') {
      // vetted-ok: js.config.electron-open-external
      shell.openExternal(url);
    }
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (!url.startsWith('https://')) return;
    // vetted-ok: js.config.electron-open-external
    shell.openExternal(url);
  });
}

const ALLOWED_ORIGINS = new Set(['https://example.com', 'https://docs.example.com']);
ipcMain.handle('open-external', (_event, url) => {
  if (!ALLOWED_ORIGINS.has(new URL(url).origin)) return false;
  // vetted-ok: js.config.electron-open-external
  return shell.openExternal(url);
});

ipcMain.handle('open-url', (_event, url) => {
  if (!['https:', 'mailto:'].includes(new URL(url).protocol)) return;
  // vetted-ok: js.config.electron-open-external
  shell.openExternal(url);
});

ipcMain.handle('open-parsed', (_event, url) => {
  const { protocol } = new URL(url);
  if (protocol !== 'https:') return;
  // vetted-todo-ok: js.config.electron-open-external: a check of a part destructured from new URL(url) does not clear url
  shell.openExternal(url);
});

ipcMain.on('open-article', (event, slug) => {
  // vetted-ok: js.config.electron-open-external
  shell.openExternal(`https://docs.example.com/articles/${encodeURIComponent(slug)}`);
});

// vetted-ok: js.config.electron-open-external
shell.openExternal('https://github.com/example/app/issues');
const HELP_URL = 'https://example.com/help';
// vetted-ok: js.config.electron-open-external
app.on('ready', () => shell.openExternal(HELP_URL));
// vetted-ok: js.config.electron-open-external
// shell.openExternal(url);
// vetted-ok: js.config.electron-open-external
const tip = 'never pass a page-controlled url to shell.openExternal(url)';
