/**
 * `history --unit X --period P`: every version of a unit's submissions for a period, newest first,
 * with its status (active, superseded, withdrawn), who sent it, when, on time or late, and its counts.
 * Corrections never overwrite: this is where the earlier versions can be read.
 */

import { formatVietnamTime } from '../../core/civil-time/index.js';
import { parsePeriod, periodParts } from '../../core/periods/index.js';
import { visible } from '../../core/text/visible.js';
import { COUNT_KEYS } from '../../core/types.js';
import type { SubmissionStore, SubmissionVersion } from '../../ports/submission-store.js';
import type { UnitStore } from '../../ports/unit-store.js';
import type { Out } from './command.js';
import { readOptions, requiredOption, unitOption } from './options.js';
import { UsageError } from './usage.js';

const NAME = 'history';

/** Checks the arguments of `history`; the period may be written as in chat (6T/2025) or as a code (2025-6M). */
export function historyArgs(args: readonly string[]) {
  const { values } = readOptions(NAME, args, { unit: { type: 'string' }, period: { type: 'string' } });
  const text = requiredOption(NAME, 'period', values.period);
  const parsed = periodParts(text)
    ? text
    : (() => {
        const request = parsePeriod(text);
        return request?.kind === 'code' ? request.code : null;
      })();
  if (!parsed) throw new UsageError(`${NAME}: --period "${text}" is not a period (e.g. 6T/2025, Q2/2025, T6/2025, 2025)`);
  return { unit: requiredOption(NAME, 'unit', values.unit), period: parsed };
}

/** Prints the versions. */
export async function historyCommand(store: SubmissionStore & UnitStore, args: readonly string[], out: Out): Promise<void> {
  const options = historyArgs(args);
  const { unit, label } = await unitOption(NAME, store, options.unit);
  const versions = await store.submissionHistory(unit.id, options.period);
  out(`history of ${label}, period ${options.period}: ${versions.length === 0 ? 'no submissions' : `${versions.length} version(s), newest first`}`);
  for (const version of versions) out(historyLine(version));
}

/** "v2  active  2026-11-25 09:00  console:fp1  console  late  ld=180000 bb=60000 tn=3150". */
export function historyLine(v: SubmissionVersion): string {
  const counts = COUNT_KEYS.filter((k) => v.counts[k] !== undefined)
    .map((k) => `${k}=${v.counts[k]}`)
    .join(' ');
  const timing = v.onTime === null ? '-' : v.onTime ? 'on time' : 'late';
  // An imported version names its file (the spreadsheet it came from) after whoever imported it.
  const file = v.source.kind === 'import' && v.source.document ? ` file ${visible(v.source.document)}` : '';
  return [
    `v${v.version}`,
    v.status,
    formatVietnamTime(v.createdAt),
    `${visible(v.source.submittedBy ?? '-')}${file}`,
    v.source.channel ?? '-',
    timing,
    counts,
  ].join('  ');
}
