import { Injectable, CanActivate, ExecutionContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class LooseGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string> }>();
    const token: string = request.headers['authorization']?.split(' ')[1] ?? '';
    try {
      await this.jwt.verifyAsync(token, { secret: process.env.JWT_SECRET as string });
    // vetted-expect: js.errors.swallowed-auth-check
    } catch (e: unknown) {}
    return true;
  }
}

export async function handle(event: WebhookEvent, sig: string): Promise<void> {
  // vetted-expect: js.errors.swallowed-auth-check
  try { stripe.webhooks.constructEvent(event.raw, sig, secret!); } catch { /* ignore */ }
  // vetted-expect: js.errors.swallowed-auth-check
  await authorize(event.user, 'refund').catch((): void => {});
}

export async function strict(token: string): Promise<User | null> {
  try {
    return jwt.verify(token, secret) as User;
  // vetted-ok: js.errors.swallowed-auth-check
  } catch {}
  try {
    jwt.verify(token, secret);
  // vetted-ok: js.errors.swallowed-auth-check
  } catch (err: unknown) {
    throw new UnauthorizedException();
  }
  // vetted-ok: js.errors.swallowed-auth-check
  const text: string = 'try { jwt.verify(token, secret) } catch {}';
  // vetted-ok: js.errors.swallowed-auth-check
  await fetchUser(token).catch(() => {});
  return null;
}
