// Serves files users uploaded earlier.
import { readFile } from 'fs/promises';
import path from 'path';

const UPLOAD_DIR = path.join(process.cwd(), 'uploads');

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const filePath = path.join(UPLOAD_DIR, name);
  const data = await readFile(filePath);
  return new Response(data, { headers: { 'Content-Type': 'application/octet-stream' } });
}
