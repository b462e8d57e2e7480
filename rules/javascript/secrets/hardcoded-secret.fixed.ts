import { Pool } from 'pg';

interface DbConfig {
  host: string;
  // vetted-ok: js.secrets.hardcoded-secret
  password: string;
}

// vetted-expect: js.secrets.hardcoded-secret
const DB_PASSWORD: string = process.env.DB_PASSWORD || (() => { throw new Error('DB_PASSWORD is not set'); })();

const config: DbConfig = {
  host: 'db.internal',
  // vetted-expect: js.secrets.hardcoded-secret
  password: 'Tr0ub4dor&3',
};

// vetted-expect: js.secrets.hardcoded-secret
export const stripeWebhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? (() => { throw new Error('STRIPE_WEBHOOK_SECRET is not set'); })();

// vetted-ok: js.secrets.hardcoded-secret
export const apiKey: string | undefined = process.env.API_KEY;
// vetted-ok: js.secrets.hardcoded-secret
type Credentials = { token: 'bearer' | 'basic' };
// vetted-ok: js.secrets.hardcoded-secret
const placeholder: string = 'REPLACE_WITH_REAL_TOKEN';
// vetted-ok: js.secrets.hardcoded-secret
enum Field { password = 'password_field' }
