/**
 * pino logger with redaction of secrets. Output goes to stderr so that a chat on stdout stays clean;
 * pretty only when stderr is a terminal.
 */
import { type Logger, pino } from 'pino';

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

/** Creates the root logger. */
export function createLogger(level: string, pretty = process.stderr.isTTY === true): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' } };
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
  }
  return pino(options, pino.destination(2));
}
