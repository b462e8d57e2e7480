import { randomBytes, randomInt } from 'node:crypto';

export class AuthService {
  generateSessionId(): string {
    // vetted-expect: js.crypto.insecure-random
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  async sendOtp(phone: string): Promise<void> {
    // vetted-expect: js.crypto.insecure-random
    const otp: number = Math.floor(100000 + Math.random() * 900000);
    await this.sms.send(phone, `Your code is ${otp}`);
  }
}

// vetted-expect: js.crypto.insecure-random
export const csrfToken: string = crypto.randomUUID();

// vetted-ok: js.crypto.insecure-random
export const safeToken: string = randomBytes(32).toString('hex');
// vetted-ok: js.crypto.insecure-random
export const safeOtp = randomInt(100000, 1000000);
// vetted-ok: js.crypto.insecure-random
export const jitter = (ms: number): number => ms + Math.random() * 100;
// vetted-ok: js.crypto.insecure-random
export const pick = <T,>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
