/**
 * Damerau–Levenshtein distance (optimal string alignment: an adjacent transposition counts as one
 * edit), cut short once it must exceed `max`.
 *
 * Only the diagonal band `|i - j| <= max` of the table is filled (any cell outside it is already
 * more than `max`), in three reused rows, so a bounded comparison costs about `(2·max + 1)·length`
 * steps and allocates nothing once the rows are long enough.
 */

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

function scratchRows(width: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  return rows;
}

/**
 * @returns the distance, or `max + 1` when it is larger than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const far = max + 1;
  const n = b.length;
  let [beforePrevious, previous, current] = scratchRows(n + 2);
  previous.fill(far, 0, n + 2);
  for (let j = 0; j <= Math.min(n, max); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - max);
    const high = Math.min(n, i + max);
    // The cells just outside the band read as "too far"; column 0 holds i.
    current[low - 1] = low === 1 ? Math.min(i, far) : far;
    if (high + 1 <= n) current[high + 1] = far;
    let rowMin = low === 1 ? (current[0] as number) : far;
    const ai = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      if (value > far) value = far;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return far;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[n] as number;
  return distance > max ? far : distance;
}
