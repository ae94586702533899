import { describe, expect, it } from 'vitest';
import { BaophuError, ConflictError, ExternalServiceError, hasCode, InvariantError, NotFoundError, StartupError, UsageError } from '../../src/core/errors.js';

describe('BaophuError', () => {
  it('carries a stable code, the message, and the name of its class', () => {
    const error = new BaophuError('SOMETHING_FAILED', 'something failed');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('SOMETHING_FAILED');
    expect(error.message).toBe('something failed');
    expect(error.name).toBe('BaophuError');
    expect(error.stack).toContain('something failed');
  });

  it('keeps the error below as the standard cause, and has no cause property when given none', () => {
    const below = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    expect(new StartupError('the database refused the connection', { cause: below }).cause).toBe(below);
    expect('cause' in new NotFoundError('no schedule "x"')).toBe(false);
  });

  it.each([
    [new StartupError('no REDIS_URL'), StartupError, 'STARTUP_FAILED'],
    [new StartupError('bad variable', { code: 'CONFIG_INVALID' }), StartupError, 'CONFIG_INVALID'],
    [new NotFoundError('no stored day'), NotFoundError, 'NOT_FOUND'],
    [new UsageError('holiday-remove <YYYY-MM-DD>'), UsageError, 'USAGE'],
    [new ConflictError('unit appears twice'), ConflictError, 'CONFLICT'],
    [new ExternalServiceError('zalo', 'Zalo did not answer'), ExternalServiceError, 'EXTERNAL_SERVICE'],
    [new InvariantError('a row vanished'), InvariantError, 'INVARIANT'],
  ])('%s is a BaophuError of its own kind with code %s', (error, kind, code) => {
    expect(error).toBeInstanceOf(BaophuError);
    expect(error).toBeInstanceOf(kind);
    expect(error.code).toBe(code);
    expect(error.name).toBe(kind.name);
    expect(hasCode(error, code)).toBe(true);
  });

  it('tells the kinds apart', () => {
    expect(new NotFoundError('x')).not.toBeInstanceOf(UsageError);
    expect(new StartupError('x')).not.toBeInstanceOf(ExternalServiceError);
    expect(hasCode(new Error('x'), 'NOT_FOUND')).toBe(false);
  });

  it('names the service that failed', () => {
    expect(new ExternalServiceError('telegram', 'timed out', { code: 'TIMEOUT' })).toMatchObject({ service: 'telegram', code: 'TIMEOUT' });
  });
});
