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

/**
 * Analyses files in worker threads, each with its own engine. Files are handed out largest
 * first to the least-loaded worker, so the threads finish at about the same time.
 */
export class ScanPool {
  private readonly workers: Worker[];
  private readonly load: number[];
  private readonly pending = new Map<number, { resolve: (reply: AnalysisReply) => void; reject: (error: Error) => void }>();

  constructor(script: string, size: number, ruleSources: RuleSource[], ruleIds: string[]) {
    this.workers = Array.from({ length: size }, () => new Worker(script, { workerData: { ruleSources, ruleIds } }));
    this.load = this.workers.map(() => 0);
    for (const worker of this.workers) {
      worker.on('message', (reply: AnalysisReply) => {
        this.pending.get(reply.id)?.resolve(reply);
        this.pending.delete(reply.id);
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.failAll(new Error(`scan worker exited with code ${code}`));
      });
    }
  }

  /** Analyses all jobs; replies come back in the jobs' order. */
  async analyze(jobs: AnalysisJob[]): Promise<AnalysisReply[]> {
    const bySize = [...jobs].sort((a, b) => b.text.length - a.text.length);
    const replies = new Map<number, Promise<AnalysisReply>>();
    for (const job of bySize) {
      const index = this.load.indexOf(Math.min(...this.load));
      this.load[index] += job.text.length;
      replies.set(job.id, new Promise((resolve, reject) => this.pending.set(job.id, { resolve, reject })));
      this.workers[index].postMessage(job);
    }
    return Promise.all(jobs.map((job) => replies.get(job.id)!));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
