import { describe, expect, it } from 'vitest';
import { redactToken } from '../../../src/adapters/channel/redact-token.js';
import { describeError } from '../../../src/adapters/telegram/error-boundary.js';

/** Shaped like a Telegram token: its colon is encoded in a URL. */
const TOKEN = '7012345678:AAF-test_token/for+the=fake';

describe('redactToken', () => {
  it('scrubs the token from a description that echoes the URL', () => {
    expect(redactToken(`POST /bot${TOKEN}/getMe failed`, TOKEN)).toBe('POST /bot<token>/getMe failed');
  });

  it('scrubs the URL-encoded token too, every occurrence', () => {
    const text = `GET /bot${encodeURIComponent(TOKEN)}/getFile then /bot${TOKEN}/getMe`;
    expect(redactToken(text, TOKEN)).toBe('GET /bot<token>/getFile then /bot<token>/getMe');
  });

  it('leaves a text alone when there is no token', () => {
    expect(redactToken('timed out', '')).toBe('timed out');
  });

  it('is how the Telegram error boundary describes an error', () => {
    const described = describeError(new Error(`connect ECONNREFUSED /bot${TOKEN}/sendMessage`), TOKEN);
    expect(JSON.stringify(described)).not.toContain(TOKEN);
    expect(described.message).toBe('connect ECONNREFUSED /bot<token>/sendMessage');
  });
});
