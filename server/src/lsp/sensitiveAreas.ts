/**
 * Auth, authorization, crypto, session and payment logic, as words. AI-accepted code is marked
 * "review required" when its file path, the function holding it, or an API it calls matches.
 */

/** Space-separated words, a line per theme (Prettier keeps a string on its line). */
const words = (...lines: string[]): string[] => lines.join(' ').split(/\s+/);

/** Whole path segments or their starts (after `/`, `_`, `.` or `-`), any case. */
const PATH_WORDS = words(
  'auth login logout signin signup session oauth jwt token password passwd',
  'crypto cipher encrypt',
  'permission acl rbac policy',
  'payment billing checkout stripe',
);

/** Anywhere in a function's or class's name, any case. */
const NAME_WORDS = words(
  'auth login logout signin sign_in signup sign_up session token password passw credential',
  'crypt cipher hash sign verify',
  'permission authorise authorize role admin acl',
  'payment charge billing checkout refund invoice',
);

/**
 * Calls and modules, exactly as written, from the start of a word. The first one in this order
 * that matches at the earliest place is what the diagnostic names (without its `.`, `(` or `[`).
 */
const API_TEXTS = words(
  'jwt. jsonwebtoken bcrypt argon2 scrypt pbkdf2',
  'createCipher createDecipher createHash createHmac createSign createVerify crypto. hashlib. hmac. Crypto.',
  'passport. req.session session[',
  'stripe. paypal braintree',
  'check_password set_password make_password authenticate( login_user has_perm',
);

const alternatives = (texts: string[]) => texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

export const SENSITIVE_PATH = new RegExp(`(^|[/_.-])(${alternatives(PATH_WORDS)})`, 'i');
export const SENSITIVE_NAME = new RegExp(`(${alternatives(NAME_WORDS)})`, 'i');
export const SENSITIVE_API = new RegExp(`\\b(${alternatives(API_TEXTS)})`);
