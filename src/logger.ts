/**
 * pino logger with redaction of secrets. Output goes to stderr so that a chat on stdout stays clean;
 * pretty only when stderr is a terminal.
 */
import { type DestinationStream, type Logger, pino } from 'pino';
import { visibleInJson } from './core/text/visible.js';

export type { Logger };

/** Paths that may carry secrets, at any depth pino supports. */
const REDACT = [
  'databaseUrl',
  '*.databaseUrl',
  'token',
  '*.token',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-telegram-bot-api-secret-token"]',
  'headers["x-bot-api-secret-token"]',
];

/**
 * Fields of a logged error that carry values rather than what went wrong: the SQL parameters PGlite
 * puts on its errors (`params`, `queryOptions`: a reply text, a code), PostgreSQL's `detail` ("Failing
 * row contains (…)", "Key (…)=(…)") and the request grammY's errors keep (`payload`: a message's text).
 * The message, code, severity, table and constraint stay.
 */
const ERROR_VALUES = ['params', 'queryOptions', 'detail', 'payload'] as const;

/** pino's error serializer without the value-carrying fields, in nested and aggregated errors too. */
export function serializeError(error: unknown): unknown {
  return withoutValues(pino.stdSerializers.err(error as Error), 0);
}

function withoutValues(value: unknown, depth: number): unknown {
  if (depth > 4 || typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  for (const key of ERROR_VALUES) delete record[key];
  for (const inner of Object.values(record)) {
    if (Array.isArray(inner)) for (const item of inner) withoutValues(item, depth + 1);
    else if (typeof inner === 'object' && inner !== null && 'message' in inner) withoutValues(inner, depth + 1);
  }
  return value;
}

/**
 * Creates the root logger. Text from users (a name, a message) in a log line cannot steer a terminal
 * or reverse a line: control, bidi and invisible format characters are written as JSON escapes.
 */
export function createLogger(level: string, pretty = process.stderr.isTTY === true, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, hooks: { streamWrite: visibleInJson }, serializers: { err: serializeError } };
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
  }
  return pino(options, destination ?? pino.destination(2));
}
