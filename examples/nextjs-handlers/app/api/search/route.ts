// Product search with sorting.
import { Prisma } from '@prisma/client';
import { prisma } from '@/lib/prisma';

const SORTS: Record<string, string> = { newest: '"createdAt" DESC', price: 'price ASC' };

function searchQuery(term: string, sort: string) {
  let sql = `SELECT id, name, price FROM "Product" WHERE name ILIKE '%${term}%'`;
  sql += ` ORDER BY ${sort}`;
  return sql;
}

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const term = searchParams.get('q') ?? '';
  const sort = searchParams.get('sort') ?? 'name';
  const products = await prisma.$queryRawUnsafe(searchQuery(term, sort));
  return Response.json(products);
}

// Guarded: the value is bound as a parameter, the order comes from a fixed map.
export async function POST(request: Request) {
  const { q, sort } = await request.json();
  const order = SORTS[sort] ?? SORTS.newest;
  const pattern = `%${q}%`;
  const products = await prisma.$queryRaw`SELECT id, name FROM "Product" WHERE name ILIKE ${pattern} ORDER BY ${Prisma.raw(order)}`;
  return Response.json(products);
}
