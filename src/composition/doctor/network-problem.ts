/**
 * Why a server could not be reached, in plain words, from the error's code alone: messages of
 * network errors may carry the URL, and the URLs of the platforms' APIs carry the bot token.
 */

const PLAIN: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'nothing listens there (connection refused)',
  ENOTFOUND: 'the host name is not found (DNS)',
  EAI_AGAIN: 'the host name could not be looked up (DNS)',
  ETIMEDOUT: 'no answer (timed out)',
  ECONNABORTED: 'no answer (timed out)',
  ECONNRESET: 'the connection was cut (reset)',
  EHOSTUNREACH: 'the host cannot be reached (no route)',
  ENETUNREACH: 'the network cannot be reached (no route)',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate is not trusted (self-signed in chain)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate is not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another name',
};

/** The first error code (ECONNREFUSED …) found on the error or what it wraps, if any. */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const record = current as { code?: unknown; cause?: unknown; error?: unknown; errors?: unknown };
    if (typeof record.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(record.code)) return record.code;
    // An AggregateError (a host name with an IPv4 and an IPv6 address) keeps its causes in `errors`.
    const first = Array.isArray(record.errors) ? (record.errors as unknown[])[0] : undefined;
    current = record.cause ?? record.error ?? first;
  }
  return undefined;
}

/** "nothing listens there (connection refused)", or "it cannot be reached (EPIPE)" for other codes. */
export function networkProblem(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return 'it cannot be reached';
  return PLAIN[code] ?? `it cannot be reached (${code})`;
}

/** The URL with neither user name nor password: `redis://redis:6379`, `postgres://db:5432/baophu`. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(a URL that does not parse)';
  }
}

/** Replaces every occurrence of each secret in a text (tokens, passwords), plain or URL-encoded. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret === undefined || secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join('[redacted]');
  }
  return result;
}
