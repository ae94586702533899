import { describe, expect, it } from 'vitest';
import { createSecretCheck, headerValue } from '../../../src/adapters/channel/webhook-secret.js';
import { SECRET_HEADER as TELEGRAM_HEADER } from '../../../src/adapters/telegram/webhook.js';
import { SECRET_HEADER as ZALO_HEADER } from '../../../src/adapters/zalo/zalo-webhook.js';

const SECRET = 'w3bh00k-s3cret_value';

describe.each([
  ['telegram', TELEGRAM_HEADER],
  ['zalo', ZALO_HEADER],
])('createSecretCheck on %s’s header', (_channel, header) => {
  const hasSecret = createSecretCheck(SECRET, header);

  it('accepts the secret in the header, its name in any case', () => {
    expect(hasSecret({ [header]: SECRET })).toBe(true);
    expect(hasSecret({ [header.toUpperCase()]: SECRET })).toBe(true);
  });

  it('refuses a missing, different, longer, shorter or repeated secret', () => {
    expect(hasSecret({})).toBe(false);
    expect(hasSecret({ [header]: undefined })).toBe(false);
    expect(hasSecret({ [header]: 'w3bh00k-s3cret_valuE' })).toBe(false);
    expect(hasSecret({ [header]: `${SECRET}x` })).toBe(false);
    expect(hasSecret({ [header]: SECRET.slice(0, -1) })).toBe(false);
    expect(hasSecret({ [header]: '' })).toBe(false);
    // As many characters as the secret but more bytes: refused, not thrown.
    expect(hasSecret({ [header]: 'w3bh00k-s3cret_valué' })).toBe(false);
    expect(hasSecret({ [header]: [SECRET, SECRET] })).toBe(false);
  });

  it('refuses the secret in another header', () => {
    expect(hasSecret({ 'x-other-secret-token': SECRET })).toBe(false);
  });
});

describe('headerValue', () => {
  it('reads a header in any case; nothing for a missing or repeated one', () => {
    expect(headerValue({ 'X-Bot-Api-Secret-Token': 'abc' }, 'x-bot-api-secret-token')).toBe('abc');
    expect(headerValue({ 'x-bot-api-secret-token': ['a', 'b'] }, 'x-bot-api-secret-token')).toBeUndefined();
    expect(headerValue({ host: 'example' }, 'x-bot-api-secret-token')).toBeUndefined();
  });
});
