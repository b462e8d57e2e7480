const express = require('express');
const logger = require('./logger');

const app = express();

app.post('/login', async (req, res) => {
  const { username } = req.body;
  const user = await Users.verify(username, req.body.password);
  if (!user) {
    // vetted-expect: js.injection.log-injection
    console.warn(`Login failed for ${username}`);
    return res.sendStatus(401);
  }
  // vetted-expect: js.injection.log-injection
  logger.info('User ' + username + ' logged in');
  res.json({ ok: true });
});

function auditMessage(action, target) {
  let message = `[audit] ${action}`;
  message += ` on ${target}`;
  return message;
}

app.delete('/docs/:id', async (req, res) => {
  await Docs.remove(req.params.id);
  // vetted-expect: js.injection.log-injection
  logger.warn(auditMessage('delete', req.params.id) + ' done');
  res.sendStatus(204);
});

app.get('/search', (req, res) => {
  const term = req.query.q;
  // vetted-expect: js.injection.log-injection
  req.log.info(`search: ${term}`);
  res.json(search(term));
});

export async function POST(request) {
  const { email } = await request.json();
  // vetted-expect: js.injection.log-injection
  console.log(`Password reset requested for ${email}`);
  return Response.json({ sent: true });
}

// Structured, encoded or not from the request: not reported.
app.post('/signup', async (req, res) => {
  const { email, age } = req.body;
  // vetted-ok: js.injection.log-injection
  console.log('signup for', email);
  // vetted-ok: js.injection.log-injection
  logger.info({ email }, 'signup');
  // vetted-ok: js.injection.log-injection
  logger.info(`signup payload ${JSON.stringify(req.body)}`);
  // vetted-ok: js.injection.log-injection
  logger.info(`signup age ${Number(age)}`);
  const clean = String(email).replace(/[\r\n]/g, ' ');
  // vetted-ok: js.injection.log-injection
  logger.info(`signup for ${clean}`);
  // vetted-ok: js.injection.log-injection
  console.log(`${req.method} ${req.originalUrl}`);
  // vetted-ok: js.injection.log-injection
  const note = "console.log(`Login failed for ${username}`) forges lines";
  res.sendStatus(201);
});

function startup(port) {
  // vetted-ok: js.injection.log-injection
  console.log(`listening on ${port}`);
}
