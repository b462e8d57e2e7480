/**
 * Compiles a rule's regular expression. Rules use JavaScript syntax; a leading `(?i)` (the
 * spelling most rule authors know from other tools) makes it case-insensitive.
 */
export function compileRegex(source: string): RegExp {
  if (source.startsWith('(?i)')) return new RegExp(source.slice(4), 'i');
  return new RegExp(source);
}
