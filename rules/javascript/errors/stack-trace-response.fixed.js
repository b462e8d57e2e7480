const express = require('express');
const logger = require('./logger');

const app = express();

app.get('/api/orders/:id', async (req, res) => {
  try {
    res.json(await loadOrder(req.params.id));
  } catch (err) {
    // vetted-expect: js.errors.stack-trace-response
    res.status(500).json({ error: err.message, stack: process.env.NODE_ENV === 'development' ? err.stack : undefined });
  }
});

app.post('/api/import', async (req, res) => {
  try {
    await runImport(req.body);
    res.sendStatus(204);
  } catch (error) {
    // vetted-expect: js.errors.stack-trace-response
    res.status(500).send(process.env.NODE_ENV === 'development' ? error.stack : 'Internal Server Error');
  }
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  // vetted-expect: js.errors.stack-trace-response
  res.status(err.status || 500).send(`<h1>Something broke</h1><pre>${process.env.NODE_ENV === 'development' ? err.stack : ''}</pre>`);
});

async function koaErrors(ctx, next) {
  try {
    await next();
  } catch (e) {
    ctx.status = 500;
    // vetted-expect: js.errors.stack-trace-response
    ctx.body = { message: e.message, trace: process.env.NODE_ENV === 'development' ? e.stack : undefined };
  }
}

async function nextRoute(request) {
  try {
    return Response.json(await handle(request));
  } catch (validationError) {
    // vetted-expect: js.errors.stack-trace-response
    return Response.json({ details: process.env.NODE_ENV === 'development' ? validationError.stack : undefined }, { status: 400 });
  }
}

async function koaPlain(ctx, next) {
  try {
    await next();
  } catch (err) {
    ctx.status = 500;
    // vetted-expect: js.errors.stack-trace-response
    ctx.body = process.env.NODE_ENV === 'development' ? err.stack : 'Internal Server Error';
  }
}

// Near misses

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  // vetted-ok: js.errors.stack-trace-response
  logger.error(err.stack);
  // vetted-ok: js.errors.stack-trace-response
  res.status(500).json({ error: 'Internal server error', requestId: req.id });
  // vetted-ok: js.errors.stack-trace-response
  res.json({ error: err.message, stack: process.env.NODE_ENV === 'development' ? err.stack : undefined });
});

function renderCallStack(res, callStack) {
  // vetted-ok: js.errors.stack-trace-response
  res.json({ frames: callStack.stack });
  // vetted-ok: js.errors.stack-trace-response
  res.send(history.stack);
}

module.exports = { app, koaErrors, koaPlain, nextRoute, renderCallStack };
