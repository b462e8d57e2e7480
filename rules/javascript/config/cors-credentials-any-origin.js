const cors = require('cors');
const { Server } = require('socket.io');

// vetted-expect: js.config.cors-credentials-any-origin
app.use(cors({ origin: true, credentials: true }));

app.use(cors({
  credentials: true,
  methods: ['GET', 'POST'],
  // vetted-expect: js.config.cors-credentials-any-origin
  origin: (origin, callback) => callback(null, true),
}));

const io = new Server(server, {
  cors: {
    // vetted-expect: js.config.cors-credentials-any-origin
    origin: function (origin, cb) { cb(null, true); },
    credentials: true,
  },
});

const corsOptions = {
  // vetted-expect: js.config.cors-credentials-any-origin
  origin: (origin, callback) => {
    callback(null, true);
  },
  credentials: true,
};

// vetted-ok: js.config.cors-credentials-any-origin
app.use(cors({ origin: 'https://app.example.com', credentials: true }));
// vetted-ok: js.config.cors-credentials-any-origin
app.use(cors({ origin: true }));
// vetted-ok: js.config.cors-credentials-any-origin
app.use(cors({ origin: (origin, cb) => cb(null, allowed.has(origin)), credentials: true }));
// vetted-ok: js.config.cors-credentials-any-origin
// app.use(cors({ origin: true, credentials: true }));
// vetted-ok: js.config.cors-credentials-any-origin
const doc = "cors({ origin: true, credentials: true }) is unsafe";
// vetted-ok: js.config.cors-credentials-any-origin
app.use(cors({ origin: true, credentials: false }));
