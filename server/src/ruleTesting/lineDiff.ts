/**
 * The lines that differ between an expected and an actual text, in order: `- ` expected lines
 * missing from the actual text, `+ ` actual lines not expected (longest common subsequence, so one
 * changed line is one - and one +, not a rewrite of the rest of the file).
 */
export function lineDiff(expected: string, actual: string, limit = 40): string[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Common prefix and suffix first: fixtures are small, but a long unchanged tail need not enter the table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const table: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--)
      table[i][j] = x[i] === y[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (i < x.length && (j === y.length || table[i + 1][j] >= table[i][j + 1])) out.push(`- ${x[i++]}`);
    else out.push(`+ ${y[j++]}`);
  }
  return out.length > limit ? [...out.slice(0, limit), `… ${out.length - limit} more changed line(s)`] : out;
}
