import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { RuleSource } from '../../server/src/engine/ruleLoader';
import type { AnalysisJob, AnalysisReply, WireFinding } from './workerProtocol';

/** The bundled worker script beside the CLI bundle; absent when running from source. */
export function workerScript(): string | undefined {
  const script = path.join(__dirname, 'scanWorker.js');
  return fs.existsSync(script) ? script : undefined;
}

/** One thread, its share of the rules, and the jobs sent to it, oldest first (a worker analyses them in that order). */
interface Slot {
  worker: Worker;
  /** The rule ids this worker compiles. */
  share: string[];
  queue: AnalysisJob[];
}

/**
 * Analyses files in worker threads, each with its own engine and its own share of the rules:
 * every worker analyses every file with its share, and a file's findings are the union of the
 * workers' replies. Compiling the rules' queries is a large part of a scan and cannot be shared
 * between threads, so splitting the rules (not the files) is what makes two threads pay on two
 * cores: each compiles and matches half, while each parses every file (cheap).
 *
 * A file that makes a worker fail as a whole (an uncaught error, running out of memory, an exit)
 * gets an error reply; the worker is replaced and the files queued behind it are sent to the
 * replacement, so one such file never costs the others their findings.
 */
export class ScanPool {
  private readonly slots: Slot[];
  /** Per job, the replies still awaited and what has come back. */
  private readonly pending = new Map<number, { waiting: number; replies: AnalysisReply[]; resolve: (reply: AnalysisReply) => void }>();
  private closed = false;

  constructor(
    private readonly script: string,
    /** The rule ids each worker compiles (one worker per share). */
    private readonly shares: string[][],
    private readonly ruleSources: RuleSource[],
  ) {
    this.slots = shares.map((share) => this.startSlot(share, []));
  }

  /** Analyses all jobs; replies come back in the jobs' order. */
  async analyze(jobs: AnalysisJob[]): Promise<AnalysisReply[]> {
    const bySize = [...jobs].sort((a, b) => b.text.length - a.text.length);
    const replies = new Map<number, Promise<AnalysisReply>>();
    for (const job of bySize) {
      replies.set(job.id, new Promise((resolve) => this.pending.set(job.id, { waiting: this.slots.length, replies: [], resolve })));
    }
    for (const slot of this.slots) for (const job of bySize) this.send(slot, job);
    return Promise.all(jobs.map((job) => replies.get(job.id)!));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private startSlot(share: string[], queue: AnalysisJob[]): Slot {
    const worker = new Worker(this.script, { workerData: { ruleSources: this.ruleSources, ruleIds: share } });
    const slot: Slot = { worker, share, queue: [] };
    worker.on('message', (reply: AnalysisReply) => {
      const index = slot.queue.findIndex((j) => j.id === reply.id);
      if (index >= 0) slot.queue.splice(index, 1);
      this.settle(reply);
    });
    let failed = false;
    const fail = (reason: string) => {
      if (failed || this.closed) return;
      failed = true;
      // Replies the worker posted before it failed may still be on their way: take them first, so
      // the file blamed is the one it was working on.
      setImmediate(() => this.replace(slot, reason));
    };
    worker.on('error', (error) => fail(error.message.split('\n')[0]));
    worker.on('exit', (code) => {
      if (code !== 0 || slot.queue.length > 0) fail(`scan worker exited with code ${code}`);
    });
    for (const job of queue) this.send(slot, job);
    return slot;
  }

  /** The worker of `slot` died: its current file failed with `reason`, the files behind it go to a new worker. */
  private replace(slot: Slot, reason: string): void {
    const [current, ...rest] = slot.queue;
    slot.queue = [];
    if (current) this.settle({ id: current.id, error: `the analysis stopped its worker thread: ${reason}` });
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    void slot.worker.terminate();
    this.slots[index] = this.startSlot(slot.share, rest);
  }

  private send(slot: Slot, job: AnalysisJob): void {
    slot.queue.push(job);
    slot.worker.postMessage(job);
  }

  /** One worker's reply; the job's reply once every worker has answered. */
  private settle(reply: AnalysisReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    entry.replies.push(reply);
    if (--entry.waiting > 0) return;
    this.pending.delete(reply.id);
    entry.resolve(mergeReplies(reply.id, entry.replies));
  }
}

/** The workers' replies for one file as one: the first error, or all findings in the engine's order. */
export function mergeReplies(id: number, replies: AnalysisReply[]): AnalysisReply {
  const failed = replies.find((r) => 'error' in r);
  if (failed) return failed;
  const ok = replies as Extract<AnalysisReply, { findings: unknown }>[];
  return {
    id,
    findings: ok.flatMap((r) => r.findings).sort(compareWireFindings),
    suppressedCount: ok.reduce((n, r) => n + r.suppressedCount, 0),
    timedOut: ok.some((r) => r.timedOut),
  };
}

function compareWireFindings(a: WireFinding, b: WireFinding): number {
  return a.range.startIndex - b.range.startIndex || a.ruleId.localeCompare(b.ruleId) || a.range.endIndex - b.range.endIndex;
}
