import * as fs from 'fs';

/**
 * Reading a path that someone else chose (a scanned repository's files, its ignore files, rule
 * files, provenance stores) without trusting what it is. `fs.readFileSync` on a FIFO blocks
 * forever, on `/dev/zero` it reads until memory runs out, and a file can be swapped between a
 * check and the read. So: stat the path (following links), accept only a regular file no larger
 * than the cap, open it non-blocking, check that the opened file is the one checked, and never
 * read more than the cap.
 */

/** `identity` is the same for every path (link, hard link) to one file: its device and inode. */
export type RegularFileRead = { ok: true; bytes: Buffer; identity: string } | { ok: false; reason: string };

/** What a path is, in words for a note ("a FIFO", "a folder"…); undefined for a regular file. */
export function notARegularFile(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** The size cap in words, for messages. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Reads `file` (following symlinks) if it is a regular file of at most `maxBytes`; otherwise the
 * reason it was not read. Never blocks on a FIFO or device and never reads more than `maxBytes`.
 */
export function readRegularFile(file: fs.PathLike, maxBytes: number): RegularFileRead {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    const kind = notARegularFile(stat);
    if (kind) return { ok: false, reason: `not a regular file (${kind})` };
    if (stat.size > maxBytes) return { ok: false, reason: `larger than ${describeBytes(maxBytes)}` };
    // O_NONBLOCK: should the path have become a FIFO since the stat, open returns instead of waiting for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const opened = fs.fstatSync(fd);
    const openedKind = notARegularFile(opened);
    if (openedKind) return { ok: false, reason: `not a regular file (${openedKind})` };
    if (opened.dev !== stat.dev || opened.ino !== stat.ino) return { ok: false, reason: 'replaced while being read' };
    // The size a stat reports is not trusted (a file can grow; /proc files say 0): the first chunk
    // is that size and a byte more, and nothing is read past one byte over the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, total === 0 && opened.size > 0 ? opened.size + 1 : 64 * 1024));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return { ok: false, reason: `larger than ${describeBytes(maxBytes)}` };
      chunks.push(chunk.subarray(0, n));
      // A short read once the reported size is in is the end of a regular file (files that report
      // size 0, like those in /proc, are read until a read returns nothing).
      if (n < chunk.length && opened.size > 0 && total >= opened.size) break;
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total), identity: `${opened.dev}:${opened.ino}` };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A filesystem error as a short reason: "permission denied (EACCES)" rather than a stack. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'does not exist',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'too many levels of symbolic links',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EIO: 'input/output error',
    ENAMETOOLONG: 'name too long',
  };
  if (e && typeof e.code === 'string') return `${known[e.code] ?? e.message.split('\n')[0]} (${e.code})`;
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
