import { Pool } from 'pg';

interface DbConfig {
  host: string;
  // vetted-ok: js.secrets.hardcoded-secret
  password: string;
}

// vetted-expect: js.secrets.hardcoded-secret
const DB_PASSWORD: string = 'pr0d-Passw0rd!';

const config: DbConfig = {
  host: 'db.internal',
  // vetted-expect: js.secrets.hardcoded-secret
  password: 'Tr0ub4dor&3',
};

// vetted-expect: js.secrets.hardcoded-secret
export const stripeWebhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_9f8e7d6c5b4a3210fedcba';

// vetted-ok: js.secrets.hardcoded-secret
export const apiKey: string | undefined = process.env.API_KEY;
// vetted-ok: js.secrets.hardcoded-secret
type Credentials = { token: 'bearer' | 'basic' };
// vetted-ok: js.secrets.hardcoded-secret
const placeholder: string = 'REPLACE_WITH_REAL_TOKEN';
// vetted-ok: js.secrets.hardcoded-secret
enum Field { password = 'password_field' }
