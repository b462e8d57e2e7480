import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer } from '../../server/src/engine/analyzer';
import { VettedEngine } from '../../server/src/engine/engine';
import { DocumentAnalysis } from '../../server/src/engine/incrementalAnalysis';
import { ContentChange, ParsedDocument } from '../../server/src/engine/parsedDocument';

const engine = VettedEngine.create();
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'incremental');

/** An editor's history of one document: the text opened, then `didChange` batches. */
interface History {
  lang: 'javascript' | 'typescript' | 'python';
  finalText: string;
  history: [{ open: string }, ...{ version: number; cs: ContentChange[] }[]];
}

const found = (findings: { rule: { id: string }; range: { start: { line: number; character: number } } }[]) =>
  findings.map((f) => `${f.rule.id}@${f.range.start.line}:${f.range.start.character}`);

/** Reported cases where the ranged re-analysis after an edit differed from analysing the text afresh. */
describe('incremental analysis: reported divergences', () => {
  it('finds Math.random() in a token method after a deletion merges two methods (the enclosing method changed, its statement did not)', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'd15-before.js'), 'utf8');
    const doc = ParsedDocument.create(await engine.parser('javascript'), 'javascript', text);
    const analysis = new DocumentAnalysis();
    try {
      await analysis.run(engine.analyzer, doc, {}, 'k');
      doc.update([{ range: { start: { line: 6, character: 16 }, end: { line: 10, character: 30 } }, text: '' }]);
      const incremental = await analysis.run(engine.analyzer, doc, {}, 'k');
      assert.strictEqual(incremental.mode, 'incremental');
      const fresh = await engine.analyzeText(doc.text, 'javascript');
      assert.deepStrictEqual(found(fresh.findings), ['js.crypto.insecure-random@7:44']);
      assert.deepStrictEqual(found(incremental.findings), found(fresh.findings));
    } finally {
      doc.dispose();
    }
  });

  it('equals a fresh analysis after every step of the reported editing history', async () => {
    const { lang, history, finalText } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'd15-history.json'), 'utf8')) as History;
    const [open, ...changes] = history;
    const doc = ParsedDocument.create(await engine.parser(lang), lang, open.open);
    const analysis = new DocumentAnalysis();
    try {
      await analysis.run(engine.analyzer, doc, {}, 'k');
      for (const { version, cs } of changes) {
        doc.update(cs);
        const incremental = await analysis.run(engine.analyzer, doc, {}, 'k');
        const fresh = await engine.analyzeText(doc.text, lang);
        assert.deepStrictEqual(found(incremental.findings), found(fresh.findings), `after version ${version}`);
      }
      assert.strictEqual(doc.text, finalText);
    } finally {
      doc.dispose();
    }
  });
});

describe('incremental analysis after a failed run', () => {
  it('does not lose the edits the failed run had taken: findings move with the text and new ones are found', async () => {
    const text = 'const a = 1;\neval(req.query.code);\n';
    const doc = ParsedDocument.create(await engine.parser('javascript'), 'javascript', text);
    const analysis = new DocumentAnalysis();
    try {
      assert.deepStrictEqual(found((await analysis.run(engine.analyzer, doc, {}, 'k')).findings), ['js.injection.eval@1:0']);
      // Three lines inserted above, with a finding of their own; this analysis throws.
      doc.update([
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          text: "// a\n// b\nconst h = crypto.createHash('md5');\n",
        },
      ]);
      const failing = Object.create(engine.analyzer) as Analyzer;
      failing.match = () => Promise.reject(new Error('simulated failure'));
      await assert.rejects(analysis.run(failing, doc, {}, 'k'), /simulated failure/);
      // The next edit is small and far from both findings.
      doc.update([{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: 'x' }]);
      const after = await analysis.run(engine.analyzer, doc, {}, 'k');
      const fresh = await engine.analyzeText(doc.text, 'javascript');
      assert.deepStrictEqual(found(fresh.findings), ['js.crypto.weak-hash@2:10', 'js.injection.eval@4:0']);
      assert.deepStrictEqual(found(after.findings), found(fresh.findings));
    } finally {
      doc.dispose();
    }
  });
});
