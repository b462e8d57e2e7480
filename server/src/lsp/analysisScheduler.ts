/**
 * Debounces analysis per document: each change restarts that document's timer, so a burst of
 * keystrokes is analysed once, after `delay()` ms of quiet. A run that finds the document has
 * moved on to a newer version discards its result (the newer change scheduled its own run).
 */
export class AnalysisScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly delay: () => number,
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    const timer = setTimeout(
      () => {
        this.timers.delete(uri);
        this.run(uri).catch((error) => this.onError(uri, error));
      },
      immediate ? 0 : this.delay(),
    );
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
