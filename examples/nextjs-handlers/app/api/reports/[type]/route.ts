// Guarded: the report name is looked up, never used as a path.
import { readFile } from 'fs/promises';
import path from 'path';

const REPORTS: Record<string, string> = { daily: 'daily.pdf', weekly: 'weekly.pdf' };

export async function GET(_request: Request, { params }: { params: { type: string } }) {
  const file = REPORTS[params.type];
  if (!file) return new Response('not found', { status: 404 });
  const data = await readFile(path.join(process.cwd(), 'reports', file));
  return new Response(data, { headers: { 'Content-Type': 'application/pdf' } });
}
