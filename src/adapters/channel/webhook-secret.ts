/**
 * A webhook proves a delivery is the platform's by the secret token given to setWebhook, which the
 * platform echoes in a header (Telegram's X-Telegram-Bot-Api-Secret-Token, Zalo's
 * X-Bot-Api-Secret-Token). The check reads the header in any case and compares in constant time: a
 * guess of the wrong length is refused at once, so the timing may tell the secret's length (16 to 256
 * characters, config.ts), never any of its characters. (Hashing both sides first would hide the
 * length too, at the cost of a hash on every update.)
 */
import { timingSafeEqual } from 'node:crypto';

/** Request headers as node and fastify give them (names in any case). */
export type WebhookHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Whether the headers carry the right secret. */
export type SecretCheck = (headers: WebhookHeaders) => boolean;

/**
 * A check of the header `headerName` (lower case) against `secret`: false when the header is missing,
 * repeated (an array) or different. The HTTP server checks a request's headers before reading its
 * body and the handler again after; a headers object that passed is remembered, not compared twice.
 */
export function createSecretCheck(secret: string, headerName: string): SecretCheck {
  const expected = Buffer.from(secret);
  const passed = new WeakSet<WebhookHeaders>();
  return (headers) => {
    if (passed.has(headers)) return true;
    const given = headerValue(headers, headerName);
    const bytes = given === undefined ? undefined : Buffer.from(given);
    const ok = bytes !== undefined && bytes.length === expected.length && timingSafeEqual(bytes, expected);
    if (ok) passed.add(headers);
    return ok;
  };
}

/** The value of the header `name` (lower case) in any case; undefined when missing or repeated. */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  // Node gives the names in lower case: the direct look-up is the common case, the walk the rest.
  const direct = headers[name];
  if (direct !== undefined) return typeof direct === 'string' ? direct : undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}
