type Pending = { immediate: NodeJS.Immediate } | { timeout: NodeJS.Timeout };

/**
 * Debounces analysis per document: each change restarts that document's timer, so a burst of
 * keystrokes is analysed once, after `delay()` ms of quiet. A run that finds the document has
 * moved on to a newer version discards its result (the newer change scheduled its own run).
 */
export class AnalysisScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly delay: () => number,
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    const fire = () => {
      this.pending.delete(uri);
      this.run(uri).catch((error) => this.onError(uri, error));
    };
    const delay = immediate ? 0 : this.delay();
    // setTimeout(0) waits at least a millisecond; with no debounce, run on the next turn instead.
    this.pending.set(uri, delay === 0 ? { immediate: setImmediate(fire) } : { timeout: setTimeout(fire, delay) });
  }

  cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending && 'immediate' in pending) clearImmediate(pending.immediate);
    else if (pending) clearTimeout(pending.timeout);
    this.pending.delete(uri);
  }
}
