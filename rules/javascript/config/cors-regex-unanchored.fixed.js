const cors = require('cors');

// vetted-expect: js.config.cors-regex-unanchored
app.use(cors({ origin: /^https:\/\/app\.example\.com$/, credentials: true }));

// vetted-expect: js.config.cors-regex-unanchored
app.use(cors({ origin: /example\.com$/ }));

app.use(
  cors({
    origin: [
      'https://app.example.com',
      // vetted-expect: js.config.cors-regex-unanchored
      /^https:\/\/[a-z0-9-]+.vercel.app$/,
    ],
    credentials: true,
  }),
);

const io = require('socket.io')(server, {
  // vetted-expect: js.config.cors-regex-unanchored
  cors: { origin: /localhost/, credentials: true },
});

app.use((req, res, next) => {
  const origin = req.headers.origin;
  // vetted-expect: js.config.cors-regex-unanchored
  if (origin && /https:\/\/.*\.example\.com/.test(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  next();
});

const corsOptions = {
  origin: (origin, callback) => {
    // vetted-expect: js.config.cors-regex-unanchored
    callback(null, !origin || /^https:\/\/(www|app)\.example\.com/.test(origin));
  },
};

// Near misses

// vetted-ok: js.config.cors-regex-unanchored
app.use(cors({ origin: /^https:\/\/app\.example\.com$/, credentials: true }));
// vetted-ok: js.config.cors-regex-unanchored
app.use(cors({ origin: /\.example\.com$/ }));
// vetted-ok: js.config.cors-regex-unanchored
app.use(cors({ origin: [/^https:\/\/([a-z0-9-]+\.)?example\.com$/, /^http:\/\/localhost:\d+$/] }));
// vetted-ok: js.config.cors-regex-unanchored
app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'] }));
// vetted-ok: js.config.cors-regex-unanchored
const isImage = /\.png/.test(file.name);
// vetted-ok: js.config.cors-regex-unanchored
router.get(/^\/api\/v\d+/, handler);
// vetted-ok: js.config.cors-regex-unanchored
// app.use(cors({ origin: /example\.com/ }));

// vetted-todo-expect: js.config.cors-regex-unanchored: a pattern built with new RegExp from a string is not read
app.use(cors({ origin: new RegExp('^https://app.example.com') }));
