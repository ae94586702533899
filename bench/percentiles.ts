/** p50 and p99 (nearest rank) of a list of durations in milliseconds. */
export function percentiles(samples: readonly number[]): { readonly p50: number; readonly p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}
