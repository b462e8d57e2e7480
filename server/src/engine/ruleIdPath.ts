import * as path from 'path';

/**
 * A rule's id against where its file is. A rule copied to start a new one keeps the old id until
 * someone notices; ids are what users disable rules and suppress findings by, so a wrong one
 * quietly changes what those settings mean.
 *
 * Bundled rules: `<language folder>/<category>/<name>.yaml` has id `<prefix>.<category>.<name>`
 * (`python/crypto/insecure-random.yaml` is `py.crypto.insecure-random`).
 * Custom rules are laid out as their authors like: the file's name (without `.yaml`) must be the
 * id's last segment or the whole id (`no-debugger.yaml` or `acme.no-debugger.yaml` for
 * `acme.no-debugger`), whatever folders it sits in.
 */

/** Bundled language folders and their id prefixes. */
export const BUNDLED_ID_PREFIX: Readonly<Record<string, string>> = { javascript: 'js', python: 'py' };

/** Why `id` does not fit `file` (under the rule folder `root`), or undefined when it does. */
export function idPathProblem(id: string, file: string, root: string, bundled: boolean): string | undefined {
  const name = path.basename(file).replace(/\.ya?ml$/i, '');
  if (bundled) {
    const parts = path.relative(root, file).split(path.sep);
    const prefix = BUNDLED_ID_PREFIX[parts[0]];
    if (parts.length !== 3 || !prefix) {
      return `a bundled rule must be at <language>/<category>/<name>.yaml with language ${Object.keys(BUNDLED_ID_PREFIX).join(' or ')}`;
    }
    const expected = `${prefix}.${parts[1]}.${name}`;
    return id === expected ? undefined : `rule id '${id}' does not match its path: ${parts.join('/')} has id '${expected}'`;
  }
  const last = id.slice(id.lastIndexOf('.') + 1);
  if (name === last || name === id) return undefined;
  const rename = `name the file '${last}.yaml' or '${id}.yaml', or change the id (the rule still runs)`;
  return `rule id '${id}' does not match the file name '${path.basename(file)}': ${rename}`;
}
