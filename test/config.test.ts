import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../src/config.js';

describe('createConfig', () => {
  it('defaults to the embedded database in .data', () => {
    expect(createConfig({})).toEqual({ databaseUrl: undefined, dataDir: '.data', logLevel: undefined });
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(createConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('accepts a PostgreSQL URL', () => {
    expect(createConfig({ DATABASE_URL: 'postgresql://u:p@localhost:5432/db' }).databaseUrl).toBe('postgresql://u:p@localhost:5432/db');
  });

  it('names the bad variable and never echoes its value', () => {
    const secret = 'mysql://user:hunter2@db/x';
    try {
      createConfig({ DATABASE_URL: secret, LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      expect(e.variables).toEqual(['DATABASE_URL', 'LOG_LEVEL']);
      expect(e.message).toContain('DATABASE_URL');
      expect(e.message).not.toContain('hunter2');
    }
  });
});
