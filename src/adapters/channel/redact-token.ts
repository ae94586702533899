/**
 * A bot token is part of every Bot API URL (Telegram's and Zalo's `/bot<TOKEN>/<method>`), so any text
 * about a failed call may hold it: an HTTP client's message, a platform's description echoing the URL.
 * Such text is scrubbed before it goes into an error or a log line.
 */

/** Replaces every occurrence of the token (plain or URL-encoded) in a text with `<token>`. */
export function redactToken(text: string, token: string): string {
  if (token.length === 0) return text;
  const forms = new Set([token, encodeURIComponent(token)]);
  let result = text;
  for (const form of forms) result = result.split(form).join('<token>');
  return result;
}
