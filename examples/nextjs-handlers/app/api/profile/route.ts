// Profile updates for the signed-in user.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { auth } from '@/lib/auth';

const ProfileUpdate = z.object({ displayName: z.string().max(80), bio: z.string().max(500) });

export async function PATCH(request: Request) {
  const session = await auth();
  const body = await request.json();
  const user = await prisma.user.update({ where: { id: session.user.id }, data: body });
  return NextResponse.json(user);
}

// Guarded: the schema keeps only the fields a user may change.
export async function PUT(request: Request) {
  const session = await auth();
  const input = ProfileUpdate.parse(await request.json());
  const user = await prisma.user.update({ where: { id: session.user.id }, data: input });
  return NextResponse.json(user);
}
