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
