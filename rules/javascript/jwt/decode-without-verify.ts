import jwt, { JwtPayload } from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

interface User { id: string; role: 'user' | 'admin' }

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
  // vetted-expect: js.jwt.decode-without-verify
  (req as any).user = jwt.decode(token) as User;
  // vetted-expect: js.jwt.decode-without-verify
  res.locals.user = jwt.decode(token)!;
  // vetted-expect: js.jwt.decode-without-verify
  const isAdmin = (jwt.decode(token) as JwtPayload).role === 'admin';
  next();
}

// vetted-ok: js.jwt.decode-without-verify
export const verified = jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'] }) as User;
// vetted-ok: js.jwt.decode-without-verify
export const header = jwt.decode(token, { complete: true })?.header;
// vetted-ok: js.jwt.decode-without-verify
export const exp = (jwt.decode(token) as JwtPayload | null)?.exp;
// vetted-ok: js.jwt.decode-without-verify
export const decoded: JwtPayload | null = jwt.decode(token) as JwtPayload | null;
