import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** Temp files of writeFileAtomically are `<file>.tmp-<pid>-<random>`: whoever cleans up after a crashed writer looks for this. */
export const TEMP_INFIX = '.tmp-';

/**
 * Writes `text` to `file` so that a reader sees either the old or the new complete file, never a
 * part: a fresh temp file beside it, fsync, rename over, then fsync of the folder where the
 * platform allows. Throws if the write fails; `file` is then as it was and the temp file is gone.
 */
export function writeFileAtomically(file: string, text: string, mode = 0o600): void {
  const dir = path.dirname(file);
  const tmp = `${file}${TEMP_INFIX}${process.pid}-${randomBytes(6).toString('hex')}`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; keep the original error
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // the temp file may not exist
    }
    throw err;
  }
  syncDirectory(dir);
}

/** Make the rename durable where the platform allows fsync on a directory (not on Windows). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // ignore
      }
    }
  }
}
