const cors = require('cors');

// vetted-expect: js.config.cors-wildcard-credentials
app.use(cors({ origin: '*', credentials: true }));

const io = require('socket.io')(server, {
  cors: {
    credentials: true,
    // vetted-expect: js.config.cors-wildcard-credentials
    origin: "*",
  },
});

await fastify.register(require('@fastify/cors'), {
  // vetted-expect: js.config.cors-wildcard-credentials
  origin: '*',
  methods: ['GET', 'PUT'],
  credentials: true,
});

// vetted-ok: js.config.cors-wildcard-credentials
app.use(cors({ origin: '*' }));
// vetted-ok: js.config.cors-wildcard-credentials
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
// vetted-ok: js.config.cors-wildcard-credentials
app.use(cors({ origin: '*', credentials: false }));
// vetted-ok: js.config.cors-wildcard-credentials
// app.use(cors({ origin: '*', credentials: true }));
// vetted-ok: js.config.cors-wildcard-credentials
const doc = "never combine origin: '*' with credentials: true";
// vetted-ok: js.config.cors-wildcard-credentials
app.use(cors({ origin: 'https://*.example.com', credentials: true }));
