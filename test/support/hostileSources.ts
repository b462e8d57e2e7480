/**
 * Small files (about 20 KB) whose syntax trees are as deep as they are long: the shapes that
 * used to stall or crash an analysis. Each holds one insecure line the analysis should report
 * (or cut short and say so).
 */

/** A 1,000-call method chain, one call per line, reading a request value bound once at the top. */
export function javascriptCallChain(calls = 1000): string {
  const lines = ['const v = req.query.v;', 'const q = knex("t")'];
  for (let i = 0; i < calls; i++) lines.push(`  .where("c${i}", v)`);
  lines[lines.length - 1] += ';';
  lines.push('db.query("SELECT * FROM t WHERE a = " + v);');
  return lines.join('\n') + '\n';
}

/** 1,000 chained `.filter()` calls in Python, and a query built from the same value. */
export function pythonCallChain(calls = 1000): string {
  const lines = ['v = request.args["v"]', 'q = (Model.objects'];
  for (let i = 0; i < calls; i++) lines.push(`    .filter(c${i}=v)`);
  lines.push(')', 'cursor.execute("SELECT * FROM t WHERE a = " + v)');
  return lines.join('\n') + '\n';
}

/** A 5,000-term string concatenation passed to a SQL query (20 terms a line: not "minified"). */
export function javascriptConcatenation(terms = 5000): string {
  return `const x = req.query.x;\ndb.query("SELECT * FROM t WHERE a = " ${concatenatedTerms(terms)});\n`;
}

/** The same in Python (inside the call's parentheses, so the lines continue). */
export function pythonConcatenation(terms = 5000): string {
  return `x = request.args["x"]\ncursor.execute("SELECT * FROM t WHERE a = " ${concatenatedTerms(terms)})\n`;
}

function concatenatedTerms(terms: number): string {
  return Array.from({ length: Math.ceil(terms / 20) }, (_, i) => ' + x'.repeat(Math.min(20, terms - i * 20))).join('\n   ');
}

/** `depth` nested parentheses around an insecure call, in JavaScript (also valid TypeScript). */
export function javascriptParentheses(depth = 3000): string {
  // Inside one handler: taint is followed within a top-level statement, not between them.
  return `app.get('/x', (req) => { const x = req.query.x;\nconst r = ${'('.repeat(depth)}eval(x)${')'.repeat(depth)}; });\n`;
}

/** Nested arrays in Python. */
export function pythonNestedLists(depth = 3000): string {
  return `x = request.args["x"]\nr = ${'['.repeat(depth)}eval(x)${']'.repeat(depth)}\n`;
}
