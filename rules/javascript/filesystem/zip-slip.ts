import JSZip from 'jszip';
import AdmZip from 'adm-zip';
import { promises as fsp } from 'fs';
import * as path from 'path';

export async function unpackTemplate(buffer: Buffer, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(buffer);
  const writes: Promise<void>[] = [];
  zip.forEach((relativePath: string, file: JSZip.JSZipObject) => {
    if (file.dir) return;
    writes.push(
      (async () => {
        const data = await file.async('nodebuffer');
        // vetted-expect: js.filesystem.zip-slip
        await fsp.writeFile(path.join(dest, relativePath), data);
      })(),
    );
  });
  await Promise.all(writes);
}

export function unpackChecked(file: string, dest: string): void {
  const root = path.resolve(dest);
  for (const entry of new AdmZip(file).getEntries()) {
    const target: string = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error(`unsafe entry ${entry.entryName}`);
    // vetted-ok: js.filesystem.zip-slip
    void fsp.writeFile(target, entry.getData());
  }
}
