const express = require('express');
const _ = require('lodash');
const { z } = require('zod');
const User = require('./models/user');
const Product = require('./models/product');

const app = express();
app.use(express.json());

app.put('/profile', async (req, res) => {
  const user = await User.findById(req.user.id);
  // vetted-expect: js.web.mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});

app.post('/products', async (req, res) => {
  // vetted-expect: js.web.mass-assignment
  const product = await Product.create(req.body);
  res.status(201).json(product);
});

app.post('/orders', async (req, res) => {
  // vetted-expect: js.web.mass-assignment
  const order = new Order({ ...req.body, customer: req.user.id });
  await order.save();
  res.status(201).json(order);
});

app.patch('/users/:id', async (req, res) => {
  const updates = req.body;
  // vetted-expect: js.web.mass-assignment
  const user = await User.findByIdAndUpdate(req.params.id, updates, { new: true });
  res.json(user);
});

app.patch('/accounts/:id', async (req, res) => {
  const { id, ...changes } = req.body;
  const account = await Account.findByPk(id);
  // vetted-expect: js.web.mass-assignment
  await account.update(changes);
  res.json(account);
});

app.put('/settings', (req, res) => {
  // vetted-expect: js.web.mass-assignment
  _.merge(appSettings, req.body);
  res.json(appSettings);
});

app.put('/preferences', (req, res) => {
  for (const key in req.body) {
    // vetted-expect: js.web.mass-assignment
    req.user.preferences[key] = req.body[key];
  }
  res.json(req.user.preferences);
});

function applyChanges(target, changes) {
  // vetted-expect: js.web.mass-assignment
  return Object.assign(target, changes);
}

app.put('/teams/:id', async (req, res) => {
  const team = await Team.findById(req.params.id);
  applyChanges(team, req.body);
  res.json(await team.save());
});

export async function POST(request) {
  const body = await request.json();
  // vetted-expect: js.web.mass-assignment
  const post = await prisma.post.create({ data: body });
  return Response.json(post, { status: 201 });
}

export async function PATCH(request) {
  const formData = await request.formData();
  const fields = Object.fromEntries(formData);
  // vetted-expect: js.web.mass-assignment
  const profile = await prisma.profile.update({ where: { id: 1 }, data: { ...fields } });
  return Response.json(profile);
}

// Only listed fields are written: not reported.
app.put('/profile-safe', async (req, res) => {
  const { displayName, bio } = req.body;
  const user = await User.findById(req.user.id);
  // vetted-ok: js.web.mass-assignment
  Object.assign(user, { displayName, bio });
  // vetted-ok: js.web.mass-assignment
  await User.updateOne({ _id: req.user.id }, { displayName: req.body.displayName });
  res.json(await user.save());
});

const ProductInput = z.object({ name: z.string(), description: z.string() }).strict();

app.post('/products-safe', async (req, res) => {
  const input = ProductInput.parse(req.body);
  // vetted-ok: js.web.mass-assignment
  const product = await Product.create(input);
  // vetted-ok: js.web.mass-assignment
  const copy = new Product({ name: req.body.name, price: 10 });
  // vetted-ok: js.web.mass-assignment
  const picked = await Product.create(_.pick(req.body, ['name', 'description']));
  res.status(201).json({ product, copy, picked });
});

export async function PUT(request) {
  const { title, content } = await request.json();
  // vetted-ok: js.web.mass-assignment
  const post = await prisma.post.create({ data: { title, content, authorId: 1 } });
  return Response.json(post);
}

app.post('/webhook', (req, res) => {
  const signature = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET);
  // vetted-ok: js.web.mass-assignment
  signature.update(req.body);
  console.log('webhook body', req.body);
  // vetted-ok: js.web.mass-assignment
  res.json(Object.assign({}, req.body, { received: true }));
});

app.get('/counts', (req, res) => {
  const counts = {};
  for (const tag of req.user.tags) {
    // vetted-ok: js.web.mass-assignment
    counts[tag] = (counts[tag] || 0) + 1;
  }
  res.json(counts);
});

function seedDefaults(target, defaults) {
  // vetted-ok: js.web.mass-assignment
  return Object.assign(target, defaults);
}
