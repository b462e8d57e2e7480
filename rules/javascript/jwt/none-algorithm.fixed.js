const jwt = require('jsonwebtoken');
const { expressjwt } = require('express-jwt');

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  // vetted-expect: js.jwt.none-algorithm
  req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  next();
}

// vetted-expect: js.jwt.none-algorithm
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ["HS256"] }));

// vetted-expect: js.jwt.none-algorithm
const unsigned = jwt.sign({ sub: user.id }, '', { algorithm: 'none' });

// vetted-expect: js.jwt.none-algorithm
const anything = jwt.verify(token, key, { algorithms: ['HS256', 'none', 'RS256'] });

// vetted-expect: js.jwt.none-algorithm
const onlyNone = jwt.verify(token, null, { algorithms: ['none'] });

// vetted-expect: js.jwt.none-algorithm
const withConst = jwt.verify(token, key, { algorithms: [ALGORITHM] });

// vetted-ok: js.jwt.none-algorithm
const safe = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
// vetted-ok: js.jwt.none-algorithm
const signed = jwt.sign({ sub: user.id }, privateKey, { algorithm: 'RS256' });
// vetted-ok: js.jwt.none-algorithm
const compression = { algorithm: 'none', level: 6 };
// vetted-expect: js.jwt.none-algorithm
const header = { alg: 'none', typ: 'JWT' };
// vetted-ok: js.jwt.none-algorithm
// jwt.verify(token, key, { algorithms: ['none', 'HS256'] })
// vetted-ok: js.jwt.none-algorithm
const doc = "never accept algorithms: ['none']";
// vetted-ok: js.jwt.none-algorithm
const cacheModes = { modes: ['none', 'lru'] };
// vetted-ok: js.jwt.none-algorithm
const fromConfig = jwt.verify(token, key, { algorithms: config.jwtAlgorithms });
