// After sign-in, send the user back where they started.
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') || '/dashboard';
  return NextResponse.redirect(next);
}
