import * as fs from 'fs';
import * as path from 'path';
import type { GrammarName } from '../../server/src/engine/languages';
import type { Random } from './random';

const RULES = path.resolve(__dirname, '..', '..', 'rules');

/** Rule fixtures as starting texts: lines that must and must not be flagged, per grammar. */
export function fixtureTexts(grammar: GrammarName): string[] {
  const [language, extensions] =
    grammar === 'python'
      ? ['python', ['.py']]
      : grammar === 'javascript'
        ? ['javascript', ['.js', '.jsx']]
        : grammar === 'tsx'
          ? ['javascript', ['.tsx']]
          : ['javascript', ['.ts']];
  const out: string[] = [];
  for (const category of fs.readdirSync(path.join(RULES, language))) {
    for (const file of fs.readdirSync(path.join(RULES, language, category)).sort()) {
      if (extensions.some((e) => file.endsWith(e)) && !file.includes('.fixed.'))
        out.push(fs.readFileSync(path.join(RULES, language, category, file), 'utf8'));
    }
  }
  // TSX has few fixtures of its own; TypeScript's are valid TSX too.
  return out.length > 0 ? out : fixtureTexts('typescript');
}

const JS_SNIPPETS = [
  'eval(req.query.code);\n',
  "crypto.createHash('md5')",
  'const q = "SELECT * FROM t WHERE id = " + id;\n',
  "id = 'fixed';\n",
  'Math.random()',
  'function token() {\n',
  'class A {\n',
  '}',
  '{',
  '(',
  ')',
  '[',
  ']',
  '`${',
  '`',
  "'",
  '"',
  '/*',
  '*/',
  '//',
  ';',
  '\n',
  ' ',
  'x',
  'é',
  '\r\n',
  '<div>',
  '</div>',
  '// vetted-ignore js.injection.eval -- ok\n',
  ': string',
  '=>',
  ',',
];
const PY_SNIPPETS = [
  'os.system(cmd)\n',
  'hashlib.md5(data)',
  'cursor.execute("SELECT %s" % uid)\n',
  'uid = "7"\n',
  'def f(a):\n',
  'class A:\n',
  '    ',
  '\t',
  ':',
  '(',
  ')',
  '[',
  ']',
  '"""',
  '"',
  "'",
  'f"{',
  '}',
  '#',
  '\n',
  ' ',
  'x',
  'é',
  'lambda a: ',
  '# vetted-ignore py.injection.os-command -- ok\n',
  'eval(x)\n',
];

export function snippetsFor(grammar: GrammarName): string[] {
  return grammar === 'python' ? PY_SNIPPETS : JS_SNIPPETS;
}

/** A random starting text: a few fixtures joined. */
export function startingText(grammar: GrammarName, random: Random): string {
  const texts = fixtureTexts(grammar);
  return Array.from({ length: random.int(1, 3) }, () => random.pick(texts)).join('\n');
}

/**
 * One random edit: a snippet or a copied line inserted, a deletion, or a word replaced. Never
 * starting or ending between the `\r` and `\n` of a line break, which no LSP position can name.
 */
export function randomEdit(text: string, grammar: GrammarName, random: Random): { start: number; end: number; insert: string } {
  const edit = anyEdit(text, grammar, random);
  const outside = (i: number) => (text[i - 1] === '\r' && text[i] === '\n' ? i - 1 : i);
  const start = outside(edit.start);
  return { start, end: Math.max(start, outside(edit.end)), insert: edit.insert };
}

function anyEdit(text: string, grammar: GrammarName, random: Random): { start: number; end: number; insert: string } {
  const at = random.int(0, text.length);
  const kind = random.next();
  if (kind < 0.45) return { start: at, end: at, insert: random.pick(snippetsFor(grammar)) };
  if (kind < 0.6) {
    const lines = text.split('\n');
    return { start: at, end: at, insert: random.pick(lines) + '\n' };
  }
  if (kind < 0.85) return { start: at, end: Math.min(text.length, at + random.int(1, random.chance(0.1) ? 400 : 40)), insert: '' };
  let start = at;
  while (start > 0 && /\w/.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && /\w/.test(text[end])) end++;
  return { start, end, insert: random.pick(text.match(/[A-Za-z_]\w*/g) ?? ['x']) };
}
