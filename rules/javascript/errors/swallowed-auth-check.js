const jwt = require('jsonwebtoken');

function requireAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    jwt.verify(token, process.env.JWT_SECRET);
  // vetted-expect: js.errors.swallowed-auth-check
  } catch (err) {
    // token invalid, ignore
  }
  next();
}

app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  // vetted-expect: js.errors.swallowed-auth-check
  try { await verifySignature(req.body, req.headers['x-signature']); } catch {}
  await processEvent(JSON.parse(req.body));
  res.sendStatus(200);
});

async function deleteProject(user, id) {
  // vetted-expect: js.errors.swallowed-auth-check
  await authorize(user, 'project:delete', id).catch(() => {});
  return db.project.delete({ where: { id } });
}

function adminOnly(req, res, next) {
  // vetted-expect: js.errors.swallowed-auth-check
  checkRole(req.user, 'admin').catch(function () { /* ignore */ });
  next();
}

function loose(req) {
  try {
    jwt.verify(req.token, secret);
  // vetted-ok: js.errors.swallowed-auth-check
  } catch (err) {
    return res.status(401).end();
  }
  try {
    jwt.verify(req.token, secret);
  // vetted-ok: js.errors.swallowed-auth-check
  } catch (err) {
    logger.warn('bad token', err);
    throw err;
  }
  let valid = false;
  try {
    jwt.verify(req.token, secret);
    valid = true;
  // vetted-ok: js.errors.swallowed-auth-check
  } catch (err) {}
  let config = {};
  try {
    config = JSON.parse(fs.readFileSync('config.json', 'utf8'));
  // vetted-ok: js.errors.swallowed-auth-check
  } catch {}
  try {
    fs.unlinkSync(tmpFile);
  // vetted-ok: js.errors.swallowed-auth-check
  } catch (e) {}
  // vetted-ok: js.errors.swallowed-auth-check
  // try { jwt.verify(token, secret) } catch (e) {}
  // vetted-ok: js.errors.swallowed-auth-check
  const doc = 'try { jwt.verify(token, secret) } catch (e) {}';
  // vetted-ok: js.errors.swallowed-auth-check
  await cache.del(key).catch(() => {});
  try {
    await transporter.verify();
  // vetted-ok: js.errors.swallowed-auth-check
  } catch (e) {}
}
