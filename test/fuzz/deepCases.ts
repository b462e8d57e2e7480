import * as assert from 'assert';
import type { VettedEngine } from '../../server/src/engine/engine';
import type { GrammarName } from '../../server/src/engine/languages';
import { GRAMMARS } from './editCases';
import { Random } from './random';

/** Shapes whose trees are as deep as the file is long, per grammar family; `n` is the depth. */
const JS_SHAPES: Record<string, (n: number, r: Random) => string> = {
  chain: (n) =>
    `const v = req.query.v;\nconst q = knex("t")\n${Array.from({ length: n }, (_, i) => `  .where("c${i}", v)`).join('\n')};\ndb.query("SELECT " + v);\n`,
  concatenation: (n) => `const x = req.query.x;\ndb.query("SELECT " ${Array.from({ length: n }, () => '+ x').join('\n  ')});\n`,
  parentheses: (n) => `const r = ${'('.repeat(n)}eval(req.query.c)${')'.repeat(n)};\n`,
  arrays: (n) => `const r = ${'['.repeat(n)}eval(req.query.c)${']'.repeat(n)};\n`,
  objects: (n) => `const r = ${'{a:'.repeat(n)}eval(req.query.c)${'}'.repeat(n)};\n`,
  ternaries: (n) => `const r = ${Array.from({ length: n }, (_, i) => `c${i} ? Math.random() :`).join('\n')} 0;\n`,
  functions: (n) => `${'function token() {\n'.repeat(n)}return Math.random();\n${'}\n'.repeat(n)}`,
  blocks: (n) => `${'if (a) {\n'.repeat(n)}eval(req.query.c);\n${'}\n'.repeat(n)}`,
  arrows: (n) => `const f = ${'(a) => '.repeat(n)}eval(a);\n`,
  unclosed: (n) => `const r = ${'foo('.repeat(n)}eval(req.query.c)\n`,
};
const PY_SHAPES: Record<string, (n: number, r: Random) => string> = {
  chain: (n) =>
    `v = request.args["v"]\nq = (Model.objects\n${Array.from({ length: n }, (_, i) => `    .filter(c${i}=v)`).join('\n')}\n)\ncursor.execute("SELECT " + v)\n`,
  concatenation: (n) => `x = request.args["x"]\ncursor.execute("SELECT " ${Array.from({ length: n }, () => '+ x').join('\n  ')})\n`,
  parentheses: (n) => `r = ${'('.repeat(n)}eval(request.args["c"])${')'.repeat(n)}\n`,
  lists: (n) => `r = ${'['.repeat(n)}eval(request.args["c"])${']'.repeat(n)}\n`,
  dicts: (n) => `r = ${'{"a": '.repeat(n)}eval(request.args["c"])${'}'.repeat(n)}\n`,
  conditionals: (n) => `r = ${Array.from({ length: n }, (_, i) => `random.random() if c${i} else (`).join('')}0${')'.repeat(n)}\n`,
  functions: (n) =>
    `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}def token${i}():\n`).join('')}${' '.repeat(n)}return random.random()\n`,
  lambdas: (n) => `f = ${'lambda a: '.repeat(n)}eval(a)\n`,
  unclosed: (n) => `r = ${'foo('.repeat(n)}eval(request.args["c"])\n`,
};

/** A random deep file of about `maxChars` at most, for a random grammar and shape. */
export function deepSource(random: Random, maxChars = 20_000): { grammar: GrammarName; shape: string; text: string } {
  const grammar = random.pick(GRAMMARS);
  const shapes = grammar === 'python' ? PY_SHAPES : JS_SHAPES;
  const shape = random.pick(Object.keys(shapes));
  let depth = random.int(50, 5000);
  let text = shapes[shape](depth, random);
  while (text.length > maxChars && depth > 10) text = shapes[shape]((depth = Math.floor(depth / 2)), random);
  return { grammar, shape, text };
}

/**
 * Analyses a random deeply nested file: the engine must answer (findings, or a result marked
 * partial) and never throw; and it must keep to its budget, checked loosely (ten times the
 * budget, so a loaded machine does not fail it; an unbounded loop takes far longer).
 */
export async function deepCase(
  engine: VettedEngine,
  seed: number,
  budgetMs: number,
): Promise<{ grammar: GrammarName; shape: string; partial: boolean }> {
  const random = new Random(seed);
  const { grammar, shape, text } = deepSource(random);
  const started = performance.now();
  const result = await engine.analyzeText(text, grammar, { timeBudgetMs: budgetMs });
  const elapsed = performance.now() - started;
  assert.ok(Array.isArray(result.findings));
  assert.ok(
    elapsed < budgetMs * 10 + 2000,
    `${shape} (${grammar}, ${text.length} chars) took ${Math.round(elapsed)} ms with a ${budgetMs} ms budget`,
  );
  return { grammar, shape, partial: result.timedOut };
}
