import * as fs from 'fs';
import * as os from 'os';

/**
 * A lock beside the provenance store (`<store>.lock`), so that two writers at once (the editor and
 * an agent's hook, two windows, the CLI) each read, merge and write in turn and neither loses the
 * other's regions. Synchronous, because the editor also saves while it shuts down.
 *
 * The lock file holds the owner's pid and host. A lock whose owner process is gone (same host) or
 * that is older than STALE_LOCK_MS (a writer holds it for milliseconds) is broken; otherwise the
 * writer waits, up to `timeoutMs`, then gives up with StoreBusyError and writes nothing.
 */
export const STALE_LOCK_MS = 10_000;
const RETRY_MS = 15;

export class StoreBusyError extends Error {}

export function withStoreLock<T>(storeFile: string, action: () => T, timeoutMs = 5_000): T {
  const lock = `${storeFile}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = fs.openSync(lock, 'wx', 0o600);
      try {
        fs.writeSync(fd, `${process.pid} ${os.hostname()}\n`);
      } finally {
        fs.closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (breakIfStale(lock)) continue;
    if (Date.now() >= deadline) throw new StoreBusyError(`${storeFile} is locked by another writer (${lock}); nothing was written`);
    sleep(RETRY_MS);
  }
  try {
    return action();
  } finally {
    try {
      fs.unlinkSync(lock);
    } catch {
      // already broken by another writer that judged it stale
    }
  }
}

/** Removes the lock when its owner is gone or it is too old; true when it was removed (or vanished). */
function breakIfStale(lock: string): boolean {
  let text: string;
  let mtime: number;
  try {
    text = fs.readFileSync(lock, 'utf8');
    mtime = fs.statSync(lock).mtimeMs;
  } catch {
    return true; // released meanwhile
  }
  const [pidText, host] = text.trim().split(/\s+/);
  const pid = Number(pidText);
  const ownerGone = host === os.hostname() && Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processRuns(pid);
  // An empty or half-written lock is only judged by its age: its owner may be writing it now.
  if (!ownerGone && Date.now() - mtime < STALE_LOCK_MS) return false;
  try {
    fs.unlinkSync(lock);
  } catch {
    // another writer broke it first
  }
  return true;
}

/** True while a process with this id runs (or exists under another user). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
