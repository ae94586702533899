/**
 * The error every Zalo Bot API call throws. The token is part of every request URL, so nothing here
 * keeps the request (no axios config, no URL, no raw cause) and every text is scrubbed of the token.
 */

import { ExternalServiceError } from '../../core/errors.js';

/** A failed Zalo Bot API call. */
export class ZaloApiError extends ExternalServiceError {
  constructor(
    /** The Bot API method that failed, e.g. "sendMessage". */
    readonly method: string,
    /** The platform's error_code (or HTTP status); null when no answer came (network error, timeout). */
    readonly errorCode: number | null,
    /** The platform's description, or what went wrong on the way; never contains the token. */
    readonly description: string,
    /** Seconds to wait before retrying, when the platform said so (429). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super('zalo', `Zalo ${method} failed (${errorCode ?? 'no answer'}): ${description}`, { code: 'ZALO_API' });
  }
}
