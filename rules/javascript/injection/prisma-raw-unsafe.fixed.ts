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
