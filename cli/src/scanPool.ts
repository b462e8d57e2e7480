import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { RuleSource } from '../../server/src/engine/ruleLoader';
import type { AnalysisJob, AnalysisReply } from './workerProtocol';

/** The bundled worker script beside the CLI bundle; absent when running from source. */
export function workerScript(): string | undefined {
  const script = path.join(__dirname, 'scanWorker.js');
  return fs.existsSync(script) ? script : undefined;
}

/** One thread and the jobs sent to it, oldest first (a worker analyses them in that order). */
interface Slot {
  worker: Worker;
  queue: AnalysisJob[];
  load: number;
}

/**
 * Analyses files in worker threads, each with its own engine. Files are handed out largest
 * first to the least-loaded worker, so the threads finish at about the same time.
 *
 * A file that makes its worker fail as a whole (an uncaught error, running out of memory, an exit)
 * gets an error reply of its own; the worker is replaced and the files queued behind it are sent
 * to the replacement, so one such file never costs the others their findings.
 */
export class ScanPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, (reply: AnalysisReply) => void>();
  private closed = false;

  constructor(
    private readonly script: string,
    size: number,
    private readonly ruleSources: RuleSource[],
    private readonly ruleIds: string[],
  ) {
    this.slots = Array.from({ length: size }, () => this.startSlot([]));
  }

  /** Analyses all jobs; replies come back in the jobs' order. */
  async analyze(jobs: AnalysisJob[]): Promise<AnalysisReply[]> {
    const bySize = [...jobs].sort((a, b) => b.text.length - a.text.length);
    const replies = new Map<number, Promise<AnalysisReply>>();
    for (const job of bySize) {
      const slot = this.slots.reduce((least, s) => (s.load < least.load ? s : least));
      replies.set(job.id, new Promise((resolve) => this.pending.set(job.id, resolve)));
      this.send(slot, job);
    }
    return Promise.all(jobs.map((job) => replies.get(job.id)!));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private startSlot(queue: AnalysisJob[]): Slot {
    const worker = new Worker(this.script, { workerData: { ruleSources: this.ruleSources, ruleIds: this.ruleIds } });
    const slot: Slot = { worker, queue: [], load: 0 };
    worker.on('message', (reply: AnalysisReply) => {
      const index = slot.queue.findIndex((j) => j.id === reply.id);
      if (index >= 0) slot.queue.splice(index, 1);
      this.settle(reply);
    });
    let failed = false;
    const fail = (reason: string) => {
      if (failed || this.closed) return;
      failed = true;
      this.replace(slot, reason);
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
    if (index < 0 || (rest.length === 0 && this.pending.size === 0)) return;
    void slot.worker.terminate();
    this.slots[index] = this.startSlot(rest);
  }

  private send(slot: Slot, job: AnalysisJob): void {
    slot.queue.push(job);
    slot.load += job.text.length;
    slot.worker.postMessage(job);
  }

  private settle(reply: AnalysisReply): void {
    this.pending.get(reply.id)?.(reply);
    this.pending.delete(reply.id);
  }
}
