import express, { Request, Response } from 'express';

const app = express();
const ALLOWED = new Set(['archive', 'restore']);
const ACTIONS = new Map([['list', (p: unknown) => service.list(p)]]);

app.post('/api/rpc', async (req, res) => {
  // vetted-expect: js.injection.unsafe-reflection
  const result = await service[req.body.action](req.body.params);
  res.json(result);
});

app.post('/admin/:method', (req, res) => {
  const { method } = req.params;
  // vetted-expect: js.injection.unsafe-reflection
  adminController[method](req, res);
});

app.post('/models/:type', async (req, res) => {
  // vetted-expect: js.injection.unsafe-reflection
  const model = new models[req.params.type](req.body);
  await model.save();
  res.status(201).json(model);
});

class UserService {
  async handle(req: Request, res: Response) {
    const op = req.query.op as string;
    if (typeof this[op] !== 'function') return res.sendStatus(400);
    // vetted-expect: js.injection.unsafe-reflection
    return this[op].call(this, req.body);
  }
}

app.post('/jobs', (req, res) => {
  const action = String(req.body.action).trim();
  // vetted-expect: js.injection.unsafe-reflection
  jobs[action](req.body.id);
  res.sendStatus(202);
});

// Near misses
app.post('/jobs-safe', (req, res) => {
  const { action } = req.body;
  if (!ALLOWED.has(action)) return res.sendStatus(400);
  // vetted-ok: js.injection.unsafe-reflection
  jobs[action](req.body.id);
  res.sendStatus(202);
});

app.post('/own-only', (req, res) => {
  const { action } = req.body;
  if (!Object.hasOwn(jobs, action)) return res.sendStatus(400);
  // vetted-ok: js.injection.unsafe-reflection
  jobs[action](req.body.id);
});

app.post('/rpc-safe', async (req, res) => {
  const run = ACTIONS.get(req.body.action);
  if (!run) return res.sendStatus(400);
  // vetted-ok: js.injection.unsafe-reflection
  res.json(await run(req.body.params));
});

app.get('/hooks', (req, res) => {
  for (const name of ['before', 'after']) {
    // vetted-ok: js.injection.unsafe-reflection
    hooks[name](req);
  }
  // vetted-ok: js.injection.unsafe-reflection
  const label = labels[req.query.lang];
  // vetted-ok: js.injection.unsafe-reflection
  handlers['default'](req, res);
  // vetted-ok: js.injection.unsafe-reflection
  callbacks[0](null, req.query.q);
});

app.post('/switch', (req, res) => {
  const handler = handlers[req.body.action];
  // vetted-todo-expect: js.injection.unsafe-reflection: a function looked up first and called later is not followed (lookups are clean)
  handler(req, res);
});
