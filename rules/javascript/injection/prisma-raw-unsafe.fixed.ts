import { PrismaClient, Prisma } from '@prisma/client';

const prisma = new PrismaClient();
const TABLE = 'User';

export async function byId(id: number) {
  // vetted-expect: js.injection.prisma-raw-unsafe
  return prisma.$queryRaw`SELECT * FROM "User" WHERE id = ${id}`;
}

export async function recent(authorId: string, since: Date) {
  // vetted-expect: js.injection.prisma-raw-unsafe
  return prisma.$queryRaw`SELECT * FROM "Post" WHERE "authorId" = ${authorId} AND "createdAt" >= ${since}`;
}

export async function byEmail(email: string) {
  // vetted-expect: js.injection.prisma-raw-unsafe
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
}

export async function sorted(column: string) {
  // vetted-expect: js.injection.prisma-raw-unsafe
  return prisma.$queryRawUnsafe('SELECT * FROM "User" ORDER BY ' + column);
}

export async function remove(tx: Prisma.TransactionClient, id: string) {
  // vetted-expect: js.injection.prisma-raw-unsafe
  await tx.$executeRawUnsafe(`DELETE FROM "Session" WHERE "userId" = ${id}`);
}

export async function inList(ids: number[]) {
  // vetted-expect: js.injection.prisma-raw-unsafe
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE id IN (${ids.join(',')})`);
}

export async function safeExamples(id: number, email: string) {
  // vetted-ok: js.injection.prisma-raw-unsafe
  await prisma.$queryRaw`SELECT * FROM "User" WHERE id = ${id}`;
  // vetted-ok: js.injection.prisma-raw-unsafe
  await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  // vetted-ok: js.injection.prisma-raw-unsafe
  await prisma.$queryRawUnsafe(`SELECT count(*) FROM "${TABLE}"`);
  // vetted-ok: js.injection.prisma-raw-unsafe
  await prisma.$executeRaw`UPDATE "User" SET email = ${email} WHERE id = ${id}`;
  // vetted-ok: js.injection.prisma-raw-unsafe
  await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE id = ${Number(id)}`);
  // vetted-ok: js.injection.prisma-raw-unsafe
  const note = "prisma.$queryRawUnsafe(`... ${id}`) is injectable";
  // vetted-ok: js.injection.prisma-raw-unsafe
  // await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE id = ${id}`);
}

// SQL built in steps or helpers from request input (Next.js route handlers, server actions).
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const sort = searchParams.get('sort') ?? 'createdAt';
  let sql = 'SELECT id, title FROM "Post"';
  sql += ` ORDER BY ${sort}`;
  // vetted-expect: js.injection.prisma-raw-unsafe
  const posts = await prisma.$queryRawUnsafe(sql);
  return Response.json(posts);
}

function searchSql(term: string) {
  return `SELECT * FROM "Product" WHERE name ILIKE '%${term}%'`;
}

export async function POST(request: Request) {
  const { term } = await request.json();
  // vetted-expect: js.injection.prisma-raw-unsafe
  const rows = await prisma.$queryRawUnsafe(searchSql(term));
  // vetted-expect: js.injection.prisma-raw-unsafe
  const more = await prisma.$queryRaw`SELECT * FROM "Product" ORDER BY ${Prisma.raw(term)}`;
  return Response.json({ rows, more });
}

const SORTS: Record<string, string> = { newest: '"createdAt" DESC', title: 'title ASC' };

export async function PUT(request: Request) {
  const { sort, id } = await request.json();
  const order = SORTS[sort];
  if (!order) return new Response('bad sort', { status: 400 });
  const sql = `SELECT * FROM "Post" WHERE id = ${Number(id)} ORDER BY ${order}`;
  // vetted-ok: js.injection.prisma-raw-unsafe
  const posts = await prisma.$queryRawUnsafe(sql);
  // vetted-ok: js.injection.prisma-raw-unsafe
  const same = await prisma.$queryRawUnsafe('SELECT * FROM "Post" WHERE id = $1', id);
  // vetted-ok: js.injection.prisma-raw-unsafe
  const ordered = await prisma.$queryRaw`SELECT * FROM "Post" ORDER BY ${Prisma.raw(order)}`;
  return Response.json({ posts, same, ordered });
}

async function adminReport() {
  const sql = 'SELECT count(*) FROM "User"';
  // vetted-ok: js.injection.prisma-raw-unsafe
  return prisma.$queryRawUnsafe(sql);
}
