// Guarded: only the file name part is kept, and the id is a number.
import { readFile } from 'fs/promises';
import path from 'path';
import { prisma } from '@/lib/prisma';

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const file = path.basename(searchParams.get('file') ?? 'default.png');
  const data = await readFile(path.join(process.cwd(), 'avatars', file));
  return new Response(data, { headers: { 'Content-Type': 'image/png' } });
}

export async function DELETE(request: Request) {
  const { searchParams } = new URL(request.url);
  const id = Number(searchParams.get('id'));
  await prisma.$executeRawUnsafe(`DELETE FROM "Avatar" WHERE id = ${id}`);
  return new Response(null, { status: 204 });
}
