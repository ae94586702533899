/**
 * Reads one HTTP answer of the Zalo Bot API: `{ok, result}` on success, `{ok: false, error_code,
 * description}` on failure. The platform may report an error with an HTTP error status or inside an
 * HTTP 200 (an empty getUpdates is seen as `ok: false, error_code: 408`): both are read the same way.
 */
import { isRecord, readNumber, readRecord, readString } from './zalo-json.js';

/** A successful answer's result, or the error the platform reported. */
export type ZaloAnswer =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly errorCode: number; readonly description: string; readonly retryAfterSeconds: number | null };

/** Longest platform description kept in an error (an HTML error page is not worth keeping whole). */
const MAX_DESCRIPTION = 300;

/** Reads an answer from its HTTP status, its Retry-After header and its body text. */
export function readAnswer(status: number, retryAfterHeader: unknown, bodyText: string): ZaloAnswer {
  const body = parseJson(bodyText);
  const success = status >= 200 && status < 300;
  if (success && isRecord(body) && body.ok === true) return { ok: true, result: body.result };

  const record = isRecord(body) ? body : {};
  const errorCode = readNumber(record, 'error_code') ?? (success ? 500 : status);
  const description = readString(record, 'description') ?? (body === undefined ? `HTTP ${status} with a body that is not JSON` : `HTTP ${status}`);
  const retryAfterSeconds = readNumber(readRecord(record, 'parameters') ?? {}, 'retry_after') ?? parseRetryAfter(retryAfterHeader);
  return { ok: false, errorCode, description: description.slice(0, MAX_DESCRIPTION), retryAfterSeconds };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A Retry-After header given in seconds; dates are not worth supporting here. */
function parseRetryAfter(header: unknown): number | null {
  if (typeof header !== 'string' || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
}
