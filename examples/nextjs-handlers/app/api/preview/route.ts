// Link previews for the editor: fetches a page and returns its title.
import { NextRequest, NextResponse } from 'next/server';

const ALLOWED_HOSTS = new Set(['github.com', 'www.youtube.com']);

export async function GET(request: NextRequest) {
  const url = request.nextUrl.searchParams.get('url');
  if (!url) return NextResponse.json({ error: 'url is required' }, { status: 400 });
  const response = await fetch(url);
  const html = await response.text();
  return NextResponse.json({ title: html.match(/<title>(.*?)<\/title>/)?.[1] ?? '' });
}

// Guarded: only known hosts.
export async function POST(request: NextRequest) {
  const { url } = await request.json();
  const target = new URL(url);
  if (!ALLOWED_HOSTS.has(target.hostname)) return NextResponse.json({ error: 'host not allowed' }, { status: 400 });
  const response = await fetch(target);
  return NextResponse.json({ status: response.status });
}
