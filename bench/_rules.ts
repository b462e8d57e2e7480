import { Query } from 'web-tree-sitter';
import { VettedEngine } from '../server/src/engine/engine';
import { realisticFile, BenchLanguage } from './corpus';
(async () => {
  const lang = (process.argv[2] ?? 'javascript') as BenchLanguage;
  const e = VettedEngine.create();
  const p = await e.parser(lang);
  const text = realisticFile(lang, 20000);
  const tree = p.parse(text)!;
  const language = (p as any).language;
  const rows: [string, number, number][] = [];
  for (const rule of e.ruleSet.rulesFor(lang)) {
    const q = new Query(language, rule.query);
    q.matches(tree.rootNode);
    const t = performance.now();
    const m = q.matches(tree.rootNode);
    rows.push([rule.id, performance.now() - t, m.length]);
    q.delete();
  }
  const c = await e.ruleSet.compile(lang);
  let t = performance.now(); c.query.matches(tree.rootNode); const combined = performance.now() - t;
  rows.sort((a, b) => b[1] - a[1]);
  console.log(lang, '20k lines; combined query', combined.toFixed(0), 'ms; sum of single', rows.reduce((s, r) => s + r[1], 0).toFixed(0));
  for (const r of rows.slice(0, 15)) console.log(r[1].toFixed(1).padStart(7), String(r[2]).padStart(6), r[0]);
})();
