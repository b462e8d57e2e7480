/**
 * Thrown from deep inside an analysis step (a name's bindings, an ancestor walk, a constant
 * check) when the file's time budget is spent, so every loop that grows with the input stops
 * there; the analysis reports what it had found as partial.
 */
export class BudgetExceeded extends Error {
  constructor() {
    super('analysis time budget exceeded');
  }
}

/**
 * The time one analysis of one file may take. It counts the analysis' own work: while it lets
 * other work run (other documents' analyses) the deadline moves on by the time that took, so a
 * small file analysed beside a slow one is not cut short by the slow one's work.
 */
export class TimeBudget {
  private deadline: number;

  constructor(budgetMs: number | undefined) {
    this.deadline = budgetMs === undefined ? Infinity : performance.now() + budgetMs;
  }

  /** The deadline as it stands now (it moves on while other work runs; see yieldTurn). */
  get endsAt(): number {
    return this.deadline;
  }

  get expired(): boolean {
    return performance.now() > this.deadline;
  }

  /** Throws BudgetExceeded when the budget is spent. */
  readonly check = (): void => {
    if (this.expired) throw new BudgetExceeded();
  };

  /** Lets other work run for one event-loop turn, not counting that time against this budget. */
  async yieldTurn(): Promise<void> {
    const before = performance.now();
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.deadline += performance.now() - before;
  }
}
