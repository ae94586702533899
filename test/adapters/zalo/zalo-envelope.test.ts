import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../src/adapters/zalo/zalo-envelope.js';

describe('readAnswer', () => {
  it('gives the result of {ok: true}', () => {
    expect(readAnswer(200, undefined, '{"ok":true,"result":{"message_id":"m"}}')).toEqual({ ok: true, result: { message_id: 'm' } });
  });

  it('reads an error reported in an HTTP 200 body', () => {
    expect(readAnswer(200, undefined, '{"ok":false,"error_code":408,"description":"Request timeout"}')).toEqual({
      ok: false,
      errorCode: 408,
      description: 'Request timeout',
      retryAfterSeconds: null,
    });
  });

  it('reads an error reported with an HTTP status and a JSON body', () => {
    expect(readAnswer(403, undefined, '{"ok":false,"error_code":403,"description":"Forbidden"}')).toMatchObject({
      ok: false,
      errorCode: 403,
      description: 'Forbidden',
    });
  });

  it('takes the HTTP status when the body has no error_code', () => {
    expect(readAnswer(429, '7', '')).toMatchObject({ ok: false, errorCode: 429, retryAfterSeconds: 7 });
  });

  it('prefers a retry_after in the body, Telegram style, to the header', () => {
    expect(readAnswer(429, '7', '{"ok":false,"error_code":429,"description":"Too Many Requests","parameters":{"retry_after":2}}')).toMatchObject({
      retryAfterSeconds: 2,
    });
  });

  it('ignores a Retry-After given as a date', () => {
    expect(readAnswer(429, 'Wed, 21 Oct 2026 07:28:00 GMT', '')).toMatchObject({ retryAfterSeconds: null });
  });

  it('treats an HTTP 200 that is not a Bot API answer as a server error', () => {
    expect(readAnswer(200, undefined, '<html>proxy page</html>')).toMatchObject({ ok: false, errorCode: 500 });
    expect(readAnswer(200, undefined, '{"result":1}')).toMatchObject({ ok: false, errorCode: 500 });
  });

  it('never trusts a success body on an error status', () => {
    expect(readAnswer(502, undefined, '{"ok":true,"result":1}')).toMatchObject({ ok: false, errorCode: 502 });
  });

  it('keeps at most 300 characters of a description', () => {
    const answer = readAnswer(400, undefined, JSON.stringify({ ok: false, error_code: 400, description: 'x'.repeat(10_000) }));
    expect(answer.ok === false && answer.description).toHaveLength(300);
  });
});
