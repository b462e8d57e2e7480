const bcrypt = require('bcrypt');
const bcryptjs = require('bcryptjs');

// vetted-expect: js.crypto.bcrypt-low-cost
const saltRounds = 8;

async function register(user, password) {
  // vetted-expect: js.crypto.bcrypt-low-cost
  const hash = await bcrypt.hash(password, 6);
  return db.users.insert({ ...user, hash });
}

// vetted-expect: js.crypto.bcrypt-low-cost
const salt = bcryptjs.genSaltSync(4);
// vetted-expect: js.crypto.bcrypt-low-cost
const quick = bcryptjs.hashSync(password, 5);

// vetted-ok: js.crypto.bcrypt-low-cost
const ok = await bcrypt.hash(password, 12);
// vetted-ok: js.crypto.bcrypt-low-cost
const withConst = await bcrypt.hash(password, saltRounds);
// vetted-ok: js.crypto.bcrypt-low-cost
const withSalt = bcryptjs.hashSync(password, salt);
// vetted-ok: js.crypto.bcrypt-low-cost
const SALT_ROUNDS = 12;
// vetted-ok: js.crypto.bcrypt-low-cost
const digest = crypto.hash('sha256', 5);
// vetted-ok: js.crypto.bcrypt-low-cost
const retries = 3;
// vetted-ok: js.crypto.bcrypt-low-cost
// await bcrypt.hash(password, 6)
// vetted-ok: js.crypto.bcrypt-low-cost
const doc = "bcrypt.hash(password, 6) is too fast";
// vetted-ok: js.crypto.bcrypt-low-cost
const same = await bcrypt.compare(password, hash);
