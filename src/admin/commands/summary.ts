/** One-line summaries of what an import changed. */
import type { ImportResult } from '../../ports/unit-store.js';

const count = (n: number): string => n.toLocaleString('en-US');

/** "units: 14,149 created, 0 updated, 0 unchanged" */
export function importSummary(what: string, result: ImportResult): string {
  return `${what}: ${count(result.created)} created, ${count(result.updated)} updated, ${count(result.unchanged)} unchanged`;
}

/** "reports: 2 created, 0 unchanged", for stores that only say whether a row is new. */
export function createdSummary(what: string, total: number, created: number, rest: string): string {
  return `${what}: ${count(created)} created, ${count(total - created)} ${rest}`;
}
