app.use((req, res, next) => {
  // vetted-expect: js.config.cors-wildcard-origin
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE,OPTIONS');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
});

function allowCors(req, res, next) {
  // vetted-expect: js.config.cors-wildcard-origin
  res.header("Access-Control-Allow-Origin", "*");
  res.header("Access-Control-Allow-Credentials", true);
  next();
}

router.get('/me', (req, res) => {
  res.set({
    // vetted-expect: js.config.cors-wildcard-origin
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': 'true',
  });
  res.json(req.user);
});

module.exports = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          // vetted-expect: js.config.cors-wildcard-origin
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Methods', value: 'GET,OPTIONS,PATCH,DELETE,POST,PUT' },
        ],
      },
    ];
  },
};

export async function GET(request) {
  const profile = await loadProfile(request);
  return Response.json(profile, {
    headers: {
      // vetted-expect: js.config.cors-wildcard-origin
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}

// Near misses

app.get('/api/public/prices', (req, res) => {
  // vetted-ok: js.config.cors-wildcard-origin
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.json(prices);
});
function publicHeaders(res) {
  // vetted-ok: js.config.cors-wildcard-origin
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'false');
}
const publicApiHeaders = [
  // vetted-ok: js.config.cors-wildcard-origin
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Access-Control-Allow-Methods', value: 'GET' },
];
app.use((req, res, next) => {
  // vetted-ok: js.config.cors-wildcard-origin
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
// vetted-ok: js.config.cors-wildcard-origin
// res.setHeader('Access-Control-Allow-Origin', '*');
