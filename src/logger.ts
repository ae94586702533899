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
 * Creates the root logger. Text from users (a name, a message) in a log line cannot steer a terminal
 * or reverse a line: control, bidi and invisible format characters are written as JSON escapes.
 */
export function createLogger(level: string, pretty = process.stderr.isTTY === true, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, hooks: { streamWrite: visibleInJson } };
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
  }
  return pino(options, destination ?? pino.destination(2));
}
