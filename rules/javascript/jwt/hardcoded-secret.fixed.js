const jwt = require('jsonwebtoken');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');

const JWT_SECRET = 'my-super-secret-key';

function login(user) {
  // vetted-expect: js.jwt.hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'secret', { expiresIn: '1h' });
}

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    // vetted-expect: js.jwt.hardcoded-secret
    req.user = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.sendStatus(401);
  }
}

// vetted-expect: js.jwt.hardcoded-secret
const refresh = jwt.sign({ sub: id }, process.env.REFRESH_SECRET || (() => { throw new Error('REFRESH_SECRET is not set'); })(), { expiresIn: '7d' });

// vetted-expect: js.jwt.hardcoded-secret
const fromTemplate = jwt.verify(token, `changeme`);

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // vetted-expect: js.jwt.hardcoded-secret
  secretOrKey: 'keyboard cat',
}, (payload, done) => done(null, payload)));

const envSecret = process.env.JWT_SECRET;
// vetted-ok: js.jwt.hardcoded-secret
const ok = jwt.sign({ sub: user.id }, envSecret, { expiresIn: '1h' });
// vetted-ok: js.jwt.hardcoded-secret
const ok2 = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
// vetted-ok: js.jwt.hardcoded-secret
const ok3 = jwt.verify(token, getSigningKey(header.kid), { algorithms: ['RS256'] });
// vetted-ok: js.jwt.hardcoded-secret
const pub = jwt.verify(token, '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----');
// vetted-ok: js.jwt.hardcoded-secret
const strategy = new JwtStrategy({ secretOrKey: process.env.JWT_SECRET, jwtFromRequest });
// vetted-ok: js.jwt.hardcoded-secret
const signed = crypto.sign('sha256', data, privateKey);
// vetted-ok: js.jwt.hardcoded-secret
// jwt.sign(payload, 'secret')
// vetted-ok: js.jwt.hardcoded-secret
const doc = "jwt.sign(payload, 'secret') is what the tutorial does";
// vetted-ok: js.jwt.hardcoded-secret
const cookie = cookieSigner.sign(value, 'secret');

// The fix removes fallbacks after process.env.NAME only.
// vetted-expect: js.jwt.hardcoded-secret
const access = jwt.sign({ sub: id }, process.env.ACCESS_TOKEN_SECRET ?? (() => { throw new Error('ACCESS_TOKEN_SECRET is not set'); })());
// vetted-expect: js.jwt.hardcoded-secret
const legacy = jwt.verify(token, config.jwtSecret || 'legacy-secret');
