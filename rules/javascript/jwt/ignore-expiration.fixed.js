const jwt = require('jsonwebtoken');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  // vetted-expect: js.jwt.ignore-expiration
  req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], ignoreExpiration: false });
  next();
}

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
  // vetted-expect: js.jwt.ignore-expiration
  ignoreExpiration: false,
}, (payload, done) => done(null, payload)));

const verifyOptions = {
  algorithms: ['HS256'],
  // vetted-expect: js.jwt.ignore-expiration
  'ignoreExpiration': false,
};

// vetted-ok: js.jwt.ignore-expiration
const strict = jwt.verify(token, key, { algorithms: ['RS256'], ignoreExpiration: false });
// vetted-ok: js.jwt.ignore-expiration
const tolerant = jwt.verify(token, key, { algorithms: ['RS256'], clockTolerance: 5 });
// vetted-ok: js.jwt.ignore-expiration
const fromConfig = jwt.verify(token, key, { ignoreExpiration: config.devMode });
// vetted-ok: js.jwt.ignore-expiration
// jwt.verify(token, key, { ignoreExpiration: true })
// vetted-ok: js.jwt.ignore-expiration
const doc = "never pass { ignoreExpiration: true } to jwt.verify";
// vetted-ok: js.jwt.ignore-expiration
const cache = { ignoreExpired: true };
