/** Collects the words left for the unit as runs of adjacent items, each kept in its own spelling. */
export class UnitRuns {
  private readonly runs: { start: number; end: number }[] = [];
  private lastItem = -2;

  /** Adds items [first, last] spanning [start, end) of the source. */
  add(first: number, last: number, start: number, end: number): void {
    const run = this.runs.at(-1);
    if (run && this.lastItem === first - 1) run.end = end;
    else this.runs.push({ start, end });
    this.lastItem = last;
  }

  /** Whether no word was left for the unit. */
  get empty(): boolean {
    return this.runs.length === 0;
  }

  /** The runs joined by a space, whitespace collapsed; null when there is none. */
  text(source: string): string | null {
    const text = this.runs.map((r) => source.slice(r.start, r.end).replace(/\s+/g, ' ').trim()).join(' ');
    return text === '' ? null : text;
  }
}
