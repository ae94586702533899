/**
 * Why the first connection to PostgreSQL failed, in plain words: start-up prints this instead of a
 * driver's "connect ECONNREFUSED 127.0.0.1:5432" or an empty AggregateError. The database is named by
 * host, port and name; never by the user's password.
 */
import { StartupError } from '../../core/errors.js';
import { describeError } from '../../describe-error.js';

/** "db.example.org:5432/baophu" for a postgres:// URL, without its user or password. */
export function databasePlace(url: string): string {
  try {
    const parsed = new URL(url);
    const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return `${parsed.host || 'localhost'}${name ? `/${name}` : ''}`;
  } catch {
    return '(DATABASE_URL, which is not a URL)';
  }
}

/** The system's or PostgreSQL's code of a connection failure, looking into an AggregateError's first error. */
function failureCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string') return code;
  const inner = error instanceof AggregateError ? error.errors[0] : undefined;
  return inner === undefined ? undefined : failureCode(inner);
}

/** What went wrong, by code; the driver's own words when the code says nothing we know. */
function reason(error: unknown): string {
  switch (failureCode(error)) {
    case 'ECONNREFUSED':
      return 'refused the connection (is PostgreSQL running there, on that port?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'could not be found: its host name does not resolve';
    case 'ETIMEDOUT':
      return 'did not answer in time';
    case 'ECONNRESET':
      return 'closed the connection at once';
    case '28P01':
    case '28000':
      return 'refused the user name or password';
    case '3D000':
      return 'has no database of that name';
    default:
      return /timeout/i.test(describeError(error)) ? 'did not answer in time' : `could not be reached: ${describeError(error)}`;
  }
}

/** The start-up error for a failed first connection to `url`, the driver's error kept as its cause. */
export function connectFailure(url: string, error: unknown): StartupError {
  return new StartupError(`the database at ${databasePlace(url)} ${reason(error)}: check DATABASE_URL`, { cause: error, code: 'DATABASE_UNREACHABLE' });
}
