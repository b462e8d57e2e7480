import { parentPort, workerData } from 'worker_threads';
import { VettedEngine } from '../../server/src/engine/engine';
import type { RuleSource } from '../../server/src/engine/ruleLoader';
import { AnalysisJob, AnalysisReply, analysisError, toWireFinding } from './workerProtocol';

/**
 * A scan worker thread: its own engine (rules, grammars, compiled queries) analysing the files
 * the main thread sends, one message each, replying with serialisable findings.
 */
const { ruleSources, ruleIds } = workerData as { ruleSources: RuleSource[]; ruleIds: string[] };
const engine = VettedEngine.create({ ruleSources });
const compiled = new Set(ruleIds);
engine.ruleSet.restrictCompilation((rule) => compiled.has(rule.id));
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (job: AnalysisJob) => {
  // One file at a time, in the order sent.
  queue = queue.then(async () => {
    let reply: AnalysisReply;
    try {
      const result = await engine.analyzeText(job.text, job.grammar, { relativePath: job.relative, timeBudgetMs: job.timeBudgetMs });
      reply = {
        id: job.id,
        findings: result.findings.map(toWireFinding),
        suppressedCount: result.suppressed.length,
        timedOut: result.timedOut,
      };
    } catch (error) {
      reply = { id: job.id, error: analysisError(error) };
    }
    parentPort!.postMessage(reply);
  });
});
