app.post('/login', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
  // vetted-expect: js.config.session-cookie-default-flags
  res.cookie('token', token);
  // vetted-expect: js.config.session-cookie-default-flags
  res.cookie("sessionId", user.sessionId);
  res.json({ ok: true });
});

fastify.post('/login', async (request, reply) => {
  // vetted-expect: js.config.session-cookie-default-flags
  reply.setCookie('access_token', await createToken(request.body));
  return { ok: true };
});

// vetted-ok: js.config.session-cookie-default-flags
res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'lax' });
// vetted-ok: js.config.session-cookie-default-flags
res.cookie('token', token, cookieOptions);
// vetted-ok: js.config.session-cookie-default-flags
res.cookie('theme', 'dark');
// vetted-ok: js.config.session-cookie-default-flags
res.cookie('XSRF-TOKEN', req.csrfToken());
// vetted-ok: js.config.session-cookie-default-flags
// res.cookie('token', token);
// vetted-ok: js.config.session-cookie-default-flags
const example = "res.cookie('token', token)";
// vetted-ok: js.config.session-cookie-default-flags
$.cookie('session', value);
// vetted-ok: js.config.session-cookie-default-flags
res.clearCookie('token');
