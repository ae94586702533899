/**
 * A webhook proves a delivery is the platform's by the secret token given to setWebhook, which the
 * platform echoes in a header (Telegram's X-Telegram-Bot-Api-Secret-Token, Zalo's
 * X-Bot-Api-Secret-Token). The check reads the header in any case and compares in constant time.
 */
import { hash, timingSafeEqual } from 'node:crypto';

/** Request headers as node and fastify give them (names in any case). */
export type WebhookHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Whether the headers carry the right secret. */
export type SecretCheck = (headers: WebhookHeaders) => boolean;

/**
 * A check of the header `headerName` (lower case) against `secret`: false when the header is missing,
 * repeated (an array) or different. The HTTP server checks a request's headers before reading its
 * body and the handler again after; a headers object that passed is remembered, not hashed twice.
 */
export function createSecretCheck(secret: string, headerName: string): SecretCheck {
  const expected = digest(secret);
  const passed = new WeakSet<WebhookHeaders>();
  return (headers) => {
    if (passed.has(headers)) return true;
    const given = headerValue(headers, headerName);
    const ok = given !== undefined && timingSafeEqual(digest(given), expected);
    if (ok) passed.add(headers);
    return ok;
  };
}

/** The value of the header `name` (lower case) in any case; undefined when missing or repeated. */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** Fixed-length digests, so that the comparison takes the same time whatever the lengths (one-shot: no Hash object per request). */
function digest(text: string): Buffer {
  return hash('sha256', text, 'buffer');
}
