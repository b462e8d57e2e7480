import * as path from 'path';

/**
 * A file path as Agent Trace records and Vetted compare it: `.\src\a.js`, `./src/a.js`,
 * `src//a.js` → `src/a.js`; absolute paths become relative to `root`.
 */
export function normalizeTracePath(file: string, root?: string): string {
  let p = file.replace(/\\/g, '/');
  const absolute = p.startsWith('/') || /^[A-Za-z]:\//.test(p);
  if (absolute && root) p = path.relative(root, p).split(path.sep).join('/');
  p = path.posix.normalize(p);
  while (p.startsWith('./')) p = p.slice(2);
  return p.replace(/\/$/, '');
}
