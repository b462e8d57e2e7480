const logger = require('./logger');

async function login(req, res) {
  const { email, password } = req.body;
  // vetted-expect: js.debug.secret-logged
  console.log(`login attempt ${email} / ${password}`);
  const user = await findUser(email);
  const accessToken = issueToken(user);
  // vetted-expect: js.debug.secret-logged
  console.log('issued token', accessToken);
  // vetted-expect: js.debug.secret-logged
  logger.debug({ email, password });
  res.json({ accessToken });
}

function connect(config) {
  // vetted-expect: js.debug.secret-logged
  console.log('connecting with key ' + config.apiKey);
  // vetted-expect: js.debug.secret-logged
  logger.info({ user: config.user, secret: config.clientSecret });
}

class AuthService {
  refresh(session) {
    // vetted-expect: js.debug.secret-logged
    this.logger.warn(session.refreshToken);
  }
}

// Near misses

function safeLogging(req, token, password, config) {
  // vetted-ok: js.debug.secret-logged
  console.log('login attempt', { email: req.body.email });
  // vetted-ok: js.debug.secret-logged
  console.log('token refreshed');
  // vetted-ok: js.debug.secret-logged
  console.log(`password has ${password.length} characters`);
  // vetted-ok: js.debug.secret-logged
  logger.info({ tokenType: token.type, expiresAt: token.expiresAt });
  // vetted-ok: js.debug.secret-logged
  console.log('Missing API key: set OPENAI_API_KEY');
  // vetted-ok: js.debug.secret-logged
  console.log(config.apiKeyId);
  // vetted-ok: js.debug.secret-logged
  res.json({ token });
  // vetted-ok: js.debug.secret-logged
  console.log(user.passwordHash === undefined);
  // A parser's token, not a credential
  // vetted-ok: js.debug.secret-logged
  console.dir(token, { depth: null });
  // vetted-ok: js.debug.secret-logged
  console.log(EnvironmentVariableNames.CLIENT_SECRET);
}

module.exports = { login, connect, AuthService, safeLogging };
