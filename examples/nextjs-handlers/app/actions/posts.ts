'use server';

// Server actions for the post editor. Any client can call these with any arguments.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { prisma } from '@/lib/prisma';
import { auth } from '@/lib/auth';

export async function createPost(formData: FormData) {
  const session = await auth();
  const data = Object.fromEntries(formData);
  const post = await prisma.post.create({ data: { ...data, authorId: session.user.id } });
  revalidatePath('/posts');
  return post.id;
}

export async function importPost(sourceUrl: string) {
  const response = await fetch(sourceUrl);
  return response.text();
}

// Guarded: listed fields only, and a local redirect.
export async function updatePost(id: string, formData: FormData) {
  const session = await auth();
  const title = String(formData.get('title') ?? '');
  const content = String(formData.get('content') ?? '');
  await prisma.post.update({ where: { id, authorId: session.user.id }, data: { title, content } });
  redirect(`/posts/${encodeURIComponent(id)}`);
}
