/**
 * Figures kept in memory between messages. Every coverage answer reads its units' reports and
 * targets, which change a few times a day (a submission, an import) and are read hundreds of times
 * a second at a deadline; from the database that is two to four queries per answer.
 *
 * The cache is trusted only while the store's factsVersion is the token it was filled under. Every
 * read gets a current token first (one small statement, or the turn's, below), so an answer never
 * shows figures older than the moment it started, whichever replica or tool wrote them. The token
 * is read before the figures, so figures loaded under a token are at least that new; a write in
 * between changes the token and the next read starts afresh.
 *
 * A message's turn reads the token in its opening read (TurnOpener.openTurn) and passes it as `asOf`, so a
 * coverage answer needs no read of its own. Without it, reads that start in one synchronous step
 * (reports and targets asked for together) share one token read. Either read is sent
 * after the message arrived, so it is at least as new as any write whose answer the sender could
 * have seen.
 */
import type { Report, Target } from '../../core/types.js';
import type { FiguresStore } from '../../ports/figures-store.js';

/** Our choice: above the ~14,000 units of both structures, so that the national set fits. */
export const FIGURES_CACHE_UNITS = 20_000;

type Row = Report | Target;

/** The store with findReports and findTargets answered from memory while the figures are unchanged. */
export function withFiguresCache<S extends FiguresStore>(store: S, maxUnits = FIGURES_CACHE_UNITS): S {
  let token: string | null = null;
  const reports = new Map<number, readonly Report[]>();
  const targets = new Map<number, readonly Target[]>();
  let sharedRead: Promise<string> | null = null;

  const currentToken = (): Promise<string> => {
    if (sharedRead) return sharedRead;
    const read = store.factsVersion();
    sharedRead = read;
    queueMicrotask(() => {
      sharedRead = null;
    });
    return read;
  };

  async function read<T extends Row>(
    shelf: Map<number, readonly T[]>,
    load: (ids: number[]) => Promise<T[]>,
    unitIds: readonly number[],
    asOf: string | undefined,
  ): Promise<T[]> {
    const seen = asOf ?? (await currentToken());
    if (seen !== token) {
      reports.clear();
      targets.clear();
      token = seen;
    }
    const rows: T[] = [];
    const missing: number[] = [];
    for (const id of new Set(unitIds)) {
      const held = shelf.get(id);
      if (held) rows.push(...held);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const loaded = new Map<number, T[]>(missing.map((id) => [id, []]));
      for (const row of await load(missing)) loaded.get(row.unitId)?.push(row);
      for (const held of loaded.values()) rows.push(...held);
      // Figures loaded while the token moved on may be older than the new token: they are used for
      // this answer, which started before the change, and not kept.
      if (token === seen) {
        if (shelf.size + missing.length > maxUnits) shelf.clear();
        for (const [id, held] of loaded) shelf.set(id, held);
      }
    }
    return rows.sort((a, b) => a.id - b.id);
  }

  return {
    ...store,
    findReports: (unitIds, asOf) => read(reports, (ids) => store.findReports(ids), unitIds, asOf),
    findTargets: (unitIds, asOf) => read(targets, (ids) => store.findTargets(ids), unitIds, asOf),
  };
}
