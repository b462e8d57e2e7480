const express = require('express');
const bcrypt = require('bcrypt');
const { z } = require('zod');
const User = require('./models/user');
const Product = require('./models/product');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  // vetted-expect: js.injection.nosql-operator
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login-v2', async (req, res) => {
  const { username, password } = req.body;
  // vetted-expect: js.injection.nosql-operator
  const user = await User.findOne({ username });
  if (!user || !(await bcrypt.compare(String(password), user.hash))) return res.sendStatus(401);
  res.json({ id: user.id });
});

app.get('/products', async (req, res) => {
  // vetted-expect: js.injection.nosql-operator
  const products = await Product.find(req.query);
  res.json(products);
});

app.post('/products/search', async (req, res) => {
  const filter = { ...req.body.filter, deleted: false };
  // vetted-expect: js.injection.nosql-operator
  const products = await Product.find(filter).limit(20);
  res.json(products);
});

function findByToken(token) {
  // vetted-expect: js.injection.nosql-operator
  return User.findOne({ resetToken: token });
}

app.post('/reset', async (req, res) => {
  const user = await findByToken(req.body.token);
  res.json({ ok: !!user });
});

app.delete('/sessions', async (req, res) => {
  const criteria = JSON.parse(req.body.criteria);
  // vetted-expect: js.injection.nosql-operator
  await db.collection('sessions').deleteMany(criteria);
  res.sendStatus(204);
});

export async function POST(request) {
  const body = await request.json();
  // vetted-expect: js.injection.nosql-operator
  const invite = await Invite.findOne({ code: body.code });
  return Response.json({ valid: !!invite });
}

// Converted, checked or parsed first: plain strings and numbers cannot become operators.
app.post('/login-safe', async (req, res) => {
  const { email, password } = req.body;
  if (typeof email !== 'string' || typeof password !== 'string') return res.sendStatus(400);
  // vetted-ok: js.injection.nosql-operator
  const user = await User.findOne({ email });
  res.json({ ok: !!user && (await bcrypt.compare(password, user.hash)) });
});

app.post('/login-cast', async (req, res) => {
  // vetted-ok: js.injection.nosql-operator
  const user = await User.findOne({ email: String(req.body.email) });
  res.json({ ok: !!user });
});

const LoginSchema = z.object({ email: z.string().email(), password: z.string() });

app.post('/login-schema', async (req, res) => {
  const { email } = LoginSchema.parse(req.body);
  // vetted-ok: js.injection.nosql-operator
  const user = await User.findOne({ email });
  res.json({ ok: !!user });
});

app.get('/orders', async (req, res) => {
  const page = Number(req.query.page);
  const status = `${req.query.status}`;
  // vetted-ok: js.injection.nosql-operator
  const orders = await Order.find({ status, owner: req.user.id }).skip(page * 20);
  // vetted-ok: js.injection.nosql-operator
  const one = await Order.findOne({ _id: req.params.id });
  res.json({ orders, one });
});

app.get('/items', async (req, res) => {
  const q = req.query.q;
  // vetted-ok: js.injection.nosql-operator
  const items = ITEMS.find((item) => item.name === q);
  // vetted-ok: js.injection.nosql-operator
  const posts = await Post.findAll({ where: { title: req.query.title } });
  console.log('items search', q);
  res.json({ items, posts });
});

function findByEmail(email) {
  // vetted-ok: js.injection.nosql-operator
  return User.findOne({ email });
}

app.get('/me', async (req, res) => {
  // vetted-ok: js.injection.nosql-operator
  const hint = "User.findOne({ email: req.body.email }) accepts {$ne: null}";
  // vetted-ok: js.injection.nosql-operator
  // const user = await User.findOne({ email: req.body.email });
  res.json(await findByEmail(req.user.email));
});
