import { Query } from 'web-tree-sitter';
import { VettedEngine } from '../server/src/engine/engine';
(async () => {
  for (const lang of ['javascript', 'python'] as const) {
    const e = VettedEngine.create();
    const p = await e.parser(lang);
    const language = (p as any).language;
    const rows: [string, number][] = [];
    for (const rule of e.ruleSet.rulesFor(lang)) {
      const t = performance.now();
      new Query(language, rule.query).delete();
      rows.push([rule.id, performance.now() - t]);
    }
    const t = performance.now();
    await e.ruleSet.compile(lang);
    const combined = performance.now() - t;
    rows.sort((a, b) => b[1] - a[1]);
    console.log(lang, 'combined', combined.toFixed(0), 'sum single', rows.reduce((s, r) => s + r[1], 0).toFixed(0));
    for (const r of rows.slice(0, 8)) console.log(r[1].toFixed(1).padStart(7), r[0]);
  }
})();
