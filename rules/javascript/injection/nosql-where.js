const MIN = 10;

app.get('/orders', async (req, res) => {
  // vetted-expect: js.injection.nosql-where
  const docs = await Orders.find({ $where: `this.customer == '${req.query.customer}'` });
  res.json(docs);
});

async function overBudget(db, limit) {
  return db.collection('projects').find({
    // vetted-expect: js.injection.nosql-where
    '$where': 'this.spent > ' + limit,
  }).toArray();
}

async function byOwner(owner) {
  // vetted-expect: js.injection.nosql-where
  return Project.find().$where(`this.owner === "${owner}"`);
}

async function safeExamples(customer) {
  // vetted-ok: js.injection.nosql-where
  await Orders.find({ customer: String(customer) });
  // vetted-ok: js.injection.nosql-where
  await Orders.find({ $where: 'this.spent > this.budget' });
  // vetted-ok: js.injection.nosql-where
  await Orders.find({ $where: `this.items.length > ${MIN}` });
  // vetted-ok: js.injection.nosql-where
  await Orders.find({ $where: function () { return this.spent > this.budget; } });
  // vetted-ok: js.injection.nosql-where
  await Orders.find({ $expr: { $gt: ['$spent', '$budget'] } });
  // vetted-ok: js.injection.nosql-where
  const doc = "{ $where: `this.owner == '${user}'` }";
  // vetted-ok: js.injection.nosql-where
  // await Orders.find({ $where: `this.customer == '${customer}'` });
  // vetted-ok: js.injection.nosql-where
  const label = { where: `customer ${customer}` };
}

// $where code assembled in steps or in a helper from request input.
function ownerClause(owner) {
  return `this.owner === '${owner}'`;
}

app.get('/projects', async (req, res) => {
  const { owner } = req.query;
  const clause = ownerClause(owner);
  // vetted-expect: js.injection.nosql-where
  res.json(await Project.find({ $where: clause }));
});

app.post('/reports', async (req, res) => {
  const { condition } = req.body;
  let code = 'this.active && ';
  code += condition;
  // vetted-expect: js.injection.nosql-where
  res.json(await Report.find().$where(code));
});

const CLAUSES = { overBudget: 'this.spent > this.budget', empty: 'this.items.length === 0' };

app.get('/filtered', async (req, res) => {
  const clause = CLAUSES[req.query.kind];
  if (!clause) return res.sendStatus(400);
  // vetted-ok: js.injection.nosql-where
  res.json(await Project.find({ $where: clause }));
});

app.get('/limit', async (req, res) => {
  const limit = parseInt(req.query.limit, 10);
  const code = 'this.spent > ' + limit;
  // vetted-ok: js.injection.nosql-where
  res.json(await Project.find({ $where: code }));
});
