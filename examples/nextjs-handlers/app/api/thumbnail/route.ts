// Makes a thumbnail of an uploaded image with ImageMagick.
import { exec } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);

export async function POST(request: Request) {
  const { file, width = 200 } = await request.json();
  const command = `convert uploads/${file} -resize ${width}x thumbs/${file}`;
  const { stdout } = await execAsync(command);
  return Response.json({ ok: true, stdout });
}
