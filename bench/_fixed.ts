const t0 = performance.now();
import { VettedEngine } from '../server/src/engine/engine';
(async () => {
  const t1 = performance.now();
  const e = VettedEngine.create();
  const t2 = performance.now();
  await e.parser('javascript');
  const t3 = performance.now();
  await e.ruleSet.compile('javascript');
  const t4 = performance.now();
  await e.analyzeText('const a = 1;', 'javascript');
  const t5 = performance.now();
  console.log({ import: (t1 - t0).toFixed(0), rules: (t2 - t1).toFixed(0), grammar: (t3 - t2).toFixed(0), compile: (t4 - t3).toFixed(0), first: (t5 - t4).toFixed(0) });
})();
