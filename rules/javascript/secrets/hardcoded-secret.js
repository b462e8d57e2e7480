const { Pool } = require('pg');
const OpenAI = require('openai');

// vetted-expect: js.secrets.hardcoded-secret
const DB_PASSWORD = 'S3cure!Passw0rd';

const pool = new Pool({
  host: 'db.internal',
  user: 'app',
  // vetted-expect: js.secrets.hardcoded-secret
  password: "hunter2-prod",
});

// vetted-expect: js.secrets.hardcoded-secret
const openai = new OpenAI({ apiKey: 'sk-proj-Q8rT2yU5iO1pA7sD4fG9hJ3kL6zX0cV' });

// vetted-expect: js.secrets.hardcoded-secret
const jwtSecret = process.env.JWT_SECRET || 'a8f5f167f44f4964e6c998dee827110c';

const headers = {
  // vetted-expect: js.secrets.hardcoded-secret
  'X-API-Key': '9f86d081884c7d659a2feaa0c55ad015',
  // vetted-expect: js.secrets.hardcoded-secret
  Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc123XYZ',
};

// vetted-expect: js.secrets.hardcoded-secret
config.clientSecret = 'Zx9!mQ2#vL7@pR4';

// vetted-expect: js.secrets.hardcoded-secret
let accessToken = "4f2a9c1e-7b3d-4e8a-9c6f-1d2e3f4a5b6c";

// vetted-ok: js.secrets.hardcoded-secret
const dbPassword = process.env.DB_PASSWORD;
// vetted-ok: js.secrets.hardcoded-secret
const emptyPassword = '';
// vetted-ok: js.secrets.hardcoded-secret
const API_KEY = 'changeme';
// vetted-ok: js.secrets.hardcoded-secret
const apiKey = 'your-api-key-here';
// vetted-ok: js.secrets.hardcoded-secret
const token = '<YOUR_TOKEN>';
// vetted-ok: js.secrets.hardcoded-secret
const secret = 'xxxxxxxxxxxx';
// vetted-ok: js.secrets.hardcoded-secret
const TOKEN_STORAGE_KEY = 'access_token';
// vetted-ok: js.secrets.hardcoded-secret
const storageToken = 'accessToken';
// vetted-ok: js.secrets.hardcoded-secret
const apiKeyHeader = { 'X-API-Key': 'x-api-key' };
// vetted-ok: js.secrets.hardcoded-secret
const envName = { apiKey: 'OPENAI_API_KEY' };
// vetted-ok: js.secrets.hardcoded-secret
const labels = { password: 'Password', token: 'Passwort', secret: 'Enter your secret' };
// vetted-ok: js.secrets.hardcoded-secret
const schema = { password: 'string' };
// vetted-ok: js.secrets.hardcoded-secret
const autocomplete = { password: 'current-password' };
// vetted-ok: js.secrets.hardcoded-secret
const fetchOpts = { credentials: 'include', token: null };
// vetted-ok: js.secrets.hardcoded-secret
const passwordPattern = '^(?=.*[A-Z])(?=.*\\d).{8,}$';
// vetted-ok: js.secrets.hardcoded-secret
const secretPath = '/run/secrets/db_password';
// vetted-ok: js.secrets.hardcoded-secret
const tokenUrl = 'https://oauth2.example.com/token';
// vetted-ok: js.secrets.hardcoded-secret
const passwordHint = 'Use at least 12 characters';
// vetted-ok: js.secrets.hardcoded-secret
const bearer = { Authorization: `Bearer ${process.env.API_TOKEN}` };
// vetted-ok: js.secrets.hardcoded-secret
const templated = { password: '${DB_PASSWORD}' };
// vetted-ok: js.secrets.hardcoded-secret
const userName = 'S3cure!Passw0rd';
// vetted-ok: js.secrets.hardcoded-secret
// const DB_PASSWORD = 'S3cure!Passw0rd';
// vetted-ok: js.secrets.hardcoded-secret
const note = "password: 'S3cure!Passw0rd' was the old default";
// vetted-ok: js.secrets.hardcoded-secret
const githubToken = 'ghp_R7mK2xQ9vL4tN8wB3zH6cJ1pF5sD0gY2aE9u';
// vetted-ok: js.secrets.hardcoded-secret
const passwordField = 'pass_word_123';
// vetted-ok: js.secrets.hardcoded-secret
const short = { password: 'abc' };
// vetted-ok: js.secrets.hardcoded-secret
export const RESET_PASSWORD = 'auth/resetPassword';
// vetted-ok: js.secrets.hardcoded-secret
const i18n = { password: 'login.passwordLabel', privateKey: 'server-key.pem' };
// vetted-ok: js.secrets.hardcoded-secret
const awsSecret = { secret: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' };
// vetted-ok: js.secrets.hardcoded-secret
const STRIPE_API_KEY = 'pk_live_51Hq2RtK7mVw9ZxP3nB8cL4yQ1sD6fG0hJ2kM5vN8bX3';
// vetted-expect: js.secrets.hardcoded-secret
const adminPassword = 'postgres123';
// Syntax-highlighter grammars name token classes, icon fonts map names to glyphs, header tables name headers.
const highlightRules = {
  // vetted-ok: js.secrets.hardcoded-secret
  start: [{ token: 'keyword', regex: 'function|return' }],
  // vetted-ok: js.secrets.hardcoded-secret
  defaultToken: 'invalid',
};
// vetted-ok: js.secrets.hardcoded-secret
const icons = { 'fa-user-secret': '\uf21b' };
// vetted-ok: js.secrets.hardcoded-secret
const HEADERS = { AUTHORIZATION: 'authorization' };
// vetted-expect: js.secrets.hardcoded-secret
const JWT_SECRET = 'supersecret';
// vetted-expect: js.secrets.hardcoded-secret
const refreshToken = 'r7Kq2Lm9Xw4Tz8Bn3Vc6';
// vetted-ok: js.secrets.hardcoded-secret
const messagesJa = { 'parser.error.unexpectedToken': '予期しないトークン' };

// Fix contexts: only UPPER_SNAKE constants and process.env fallbacks get one.
// vetted-expect: js.secrets.hardcoded-secret
export const ADMIN_API_KEY = 'k9Vx2Lq7Rt4Wz8Np';
// vetted-expect: js.secrets.hardcoded-secret
const dbConfig = { password: process.env.DB_PASSWORD || 'pg-Local-2024' };
// vetted-expect: js.secrets.hardcoded-secret
settings.apiToken = process.env.API_TOKEN ?? 'tok_83hf72hd92jd';
// vetted-expect: js.secrets.hardcoded-secret
const fallbackSecret = config.secret || 'q8W3e5R7t9Y1u2I4';
// Token-type and event-name tables name things; selectors pick password fields.
const CredentialType = {
  // vetted-ok: js.secrets.hardcoded-secret
  ACCESS_TOKEN: 'AccessToken',
  // vetted-ok: js.secrets.hardcoded-secret
  REFRESH_TOKEN: 'RefreshToken',
  // vetted-ok: js.secrets.hardcoded-secret
  GetToken: 'GetToken',
};
// vetted-ok: js.secrets.hardcoded-secret
export const PlatformAuthDOMGetToken = 'platformAuthDOMGetToken';
// vetted-ok: js.secrets.hardcoded-secret
const aliases = { password: '[type=password]' };
// vetted-expect: js.secrets.hardcoded-secret
const SESSION_SECRET = 'MySuperSecretKey';
// vetted-ok: js.secrets.hardcoded-secret: a known key format, reported by js.secrets.openai-api-key
const OPENAI_API_KEY = 'sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjT3BlbkFJIhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU';
// vetted-ok: js.secrets.hardcoded-secret: a known key format, reported by js.secrets.gitlab-token
const gitlabToken = 'glpat-2rcDkdfrUnW5gcF_Ha6i';
