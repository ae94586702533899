/**
 * Failures the fake Bot API can inject, answered with Telegram's own codes and wording.
 */
import type { ApiResponse } from './fake-telegram-methods.js';

/** What the next calls of a method should meet instead of a normal answer. */
export type InjectedFailure =
  | { readonly kind: 'rate_limited'; readonly retryAfter: number }
  | { readonly kind: 'server_error' }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'bad_request'; readonly description: string }
  /** The group became a supergroup with the id `to`: Telegram refuses the old id and names the new one. */
  | { readonly kind: 'migrated'; readonly to: number }
  | { readonly kind: 'slow'; readonly delayMs: number };

/** The shorthand kinds use retry_after 1, "chat not found", a supergroup -1001000000001 and a 2-second delay. */
export const SHORTHAND: Readonly<Record<InjectedFailure['kind'], InjectedFailure>> = {
  rate_limited: { kind: 'rate_limited', retryAfter: 1 },
  server_error: { kind: 'server_error' },
  blocked: { kind: 'blocked' },
  bad_request: { kind: 'bad_request', description: 'chat not found' },
  migrated: { kind: 'migrated', to: -1_001_000_000_001 },
  slow: { kind: 'slow', delayMs: 2000 },
};

/** The response a failure stands for; null for a slow answer (which then answers normally). */
export function failureResponse(failure: InjectedFailure): ApiResponse | null {
  switch (failure.kind) {
    case 'rate_limited':
      return {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${failure.retryAfter}`,
        parameters: { retry_after: failure.retryAfter },
      };
    case 'server_error':
      return { ok: false, error_code: 502, description: 'Bad Gateway' };
    case 'blocked':
      return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' };
    case 'bad_request':
      return { ok: false, error_code: 400, description: `Bad Request: ${failure.description}` };
    case 'migrated':
      return {
        ok: false,
        error_code: 400,
        description: 'Bad Request: group chat was upgraded to a supergroup chat',
        parameters: { migrate_to_chat_id: failure.to },
      };
    case 'slow':
      return null;
  }
}
