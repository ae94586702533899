/**
 * Instants handed to a store as ISO timestamps (a submission's recordedAt, an audit event's at): the
 * rule every Store implementation reads them by. Both stores keep them to the millisecond, as a
 * JavaScript Date and a PostgreSQL timestamptz do.
 */

import { InvariantError } from '../core/errors.js';

/** The instant of an ISO timestamp; fails, as a database column would, on text that is not one. */
export function parseInstant(iso: string, what: string): Date {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new InvariantError(`${what} is not a timestamp: ${JSON.stringify(iso)}.`);
  return at;
}
