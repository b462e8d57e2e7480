import * as assert from 'assert';
import type { Analyzer } from '../../server/src/engine/analyzer';
import type { VettedEngine } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import { DocumentAnalysis } from '../../server/src/engine/incrementalAnalysis';
import type { GrammarName } from '../../server/src/engine/languages';
import { ParsedDocument } from '../../server/src/engine/parsedDocument';
import { sameTree } from '../../server/src/engine/sameTree';
import { positionAt, Random } from './random';
import { randomEdit, startingText } from './sources';

export const GRAMMARS: GrammarName[] = ['javascript', 'typescript', 'tsx', 'python'];

export function describeFindings(findings: Finding[]): string[] {
  return findings.map((f) => {
    const r = f.range;
    const fix = f.fix ? ` fix[${f.fix.edits.map((e) => `${e.range.startIndex}-${e.range.endIndex}=${e.newText}`).join(', ')}]` : '';
    return `${f.rule.id} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} [${r.startIndex}-${r.endIndex}] ${f.message}${fix}`;
  });
}

/**
 * Random edits (batches of changes, positions past a line's end, now and then a failing
 * analysis) to one document, checked after every batch against the oracle: the text an editor
 * would have, and the findings of a fresh analysis of that text. Where tree-sitter's incremental
 * tree differs from a fresh parse (error recovery), the server re-parses when idle; here the
 * findings are compared with a full analysis of the same tree.
 */
export async function editCase(engine: VettedEngine, seed: number, steps = 40): Promise<{ grammar: GrammarName; incremental: number }> {
  const random = new Random(seed);
  const grammar = random.pick(GRAMMARS);
  let text = startingText(grammar, random);
  const doc = ParsedDocument.create(await engine.parser(grammar), grammar, text);
  const analysis = new DocumentAnalysis();
  const today = new Date('2026-06-01');
  let incremental = 0;
  try {
    await analysis.run(engine.analyzer, doc, { today }, 'k');
    for (let step = 0; step < steps; step++) {
      for (let c = random.int(1, 3); c > 0; c--) {
        let { start, end, insert } = randomEdit(text, grammar, random);
        const range = { start: positionAt(text, start), end: positionAt(text, end) };
        // LSP clamps a column past the end of its line to the line's end: editors send such positions.
        const lineEnd = text.indexOf('\n', start);
        if (random.chance(0.05) && start === end && lineEnd >= 0 && !text.slice(start, lineEnd).includes('\r')) {
          range.start = range.end = { line: range.start.line, character: range.start.character + (lineEnd - start) + random.int(1, 50) };
          start = end = lineEnd;
        }
        text = text.slice(0, start) + insert + text.slice(end);
        doc.update([{ range, text: insert }]);
      }
      if (random.chance(0.05)) {
        // An analysis that throws must not cost the next one its edits.
        const failing = Object.create(engine.analyzer) as Analyzer;
        failing.match = () => Promise.reject(new Error('simulated failure'));
        await assert.rejects(analysis.run(failing, doc, { today }, 'k'));
        continue;
      }
      const result = await analysis.run(engine.analyzer, doc, { today }, 'k');
      if (result.mode === 'incremental') incremental++;
      assert.strictEqual(doc.text, text, `text differs after step ${step}`);
      const fresh = ParsedDocument.create(await engine.parser(grammar), grammar, text);
      try {
        const oracleTree = sameTree(fresh.tree, doc.tree) ? fresh.tree : doc.tree;
        const expected = await engine.analyzer.analyze(oracleTree, grammar, text, { today });
        assert.deepStrictEqual(
          describeFindings(result.findings),
          describeFindings(expected.findings),
          `findings differ after step ${step} (${grammar})`,
        );
        assert.deepStrictEqual(
          describeFindings(result.suppressed),
          describeFindings(expected.suppressed),
          `suppressed findings differ after step ${step}`,
        );
      } finally {
        fresh.dispose();
      }
    }
  } finally {
    doc.dispose();
  }
  return { grammar, incremental };
}
