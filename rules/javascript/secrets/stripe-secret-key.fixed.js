// vetted-expect: js.secrets.stripe-secret-key
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

// vetted-expect: js.secrets.stripe-secret-key
const restricted = process.env.STRIPE_SECRET_KEY;

const config = {
  // vetted-expect: js.secrets.stripe-secret-key
  stripeKey: process.env.STRIPE_SECRET_KEY,
};

// vetted-ok: js.secrets.stripe-secret-key
const testMode = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
// vetted-ok: js.secrets.stripe-secret-key
const publishable = 'pk_live_51Hq2RtK7mVw9ZxP3nB8cL4yQ1sD6fG0hJ2kM5vN8bX3';
// vetted-ok: js.secrets.stripe-secret-key
const fromEnv = require('stripe')(process.env.STRIPE_SECRET_KEY);
// vetted-ok: js.secrets.stripe-secret-key
const filler = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// vetted-ok: js.secrets.stripe-secret-key
const tooShort = 'sk_live_4eC39Hq';
// vetted-ok: js.secrets.stripe-secret-key
// require('stripe')('sk_live_51Hq2RtK7mVw9ZxP3nB8cL4yQ1sD6fG0hJ2kM5vN8bX3')
// vetted-ok: js.secrets.stripe-secret-key
const isLive = key.startsWith('sk_live_');

// Fix: an UPPER_SNAKE constant keeps its name; a key inside a longer string gets no fix.
// vetted-expect: js.secrets.stripe-secret-key
const STRIPE_KEY = process.env.STRIPE_KEY;
// vetted-expect: js.secrets.stripe-secret-key
const basicAuth = Buffer.from('sk_live_4eC39HqLyjWDarjtT1zdp7dcTq8Rw2Zm:').toString('base64');
