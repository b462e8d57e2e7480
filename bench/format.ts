/** How the benchmark writes its numbers, in its tables and in the comparison alike. */

/** Milliseconds (or megabytes): one decimal below 10, where the decimal still means something. */
export const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());

/** Milliseconds written as seconds. */
export const seconds = (n: number) => (n / 1000).toFixed(2);

export const microseconds = (n: number) => n.toFixed(0);

/** A Markdown table row. */
export const tableRow = (...cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** `3 min 12 s`, for the wall time. */
export function minutesAndSeconds(totalMs: number): string {
  const total = Math.round(totalMs / 1000);
  return total < 60 ? `${total} s` : `${Math.floor(total / 60)} min ${total % 60} s`;
}
