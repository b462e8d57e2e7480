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

/** A check that throws BudgetExceeded once `deadline` (a `performance.now()` time) has passed. */
export function budgetCheck(deadline: number): () => void {
  if (deadline === Infinity) return () => undefined;
  return () => {
    if (performance.now() > deadline) throw new BudgetExceeded();
  };
}
