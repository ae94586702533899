import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { connectFailure, databasePlace } from '../../../src/adapters/db/connect-failure.js';
import { openDatabase } from '../../../src/adapters/db/open-database.js';
import { StartupError } from '../../../src/core/errors.js';

/** A local port nothing listens on (one just given back by the system). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const errno = (code: string, message = `connect ${code}`) => Object.assign(new Error(message), { code });

describe('connectFailure', () => {
  const url = 'postgres://baophu:s3cret-pw@db.example.org:5433/baophu';

  it('names the database by host, port and name, never by its password', () => {
    expect(databasePlace(url)).toBe('db.example.org:5433/baophu');
    expect(connectFailure(url, errno('ECONNREFUSED')).message).not.toContain('s3cret-pw');
  });

  it.each([
    [errno('ECONNREFUSED'), 'refused the connection'],
    [new AggregateError([errno('ECONNREFUSED'), errno('ECONNREFUSED')], ''), 'refused the connection'],
    [errno('ENOTFOUND'), 'could not be found'],
    [errno('28P01', 'password authentication failed for user "baophu"'), 'refused the user name or password'],
    [errno('3D000', 'database "baophu" does not exist'), 'has no database of that name'],
    [new Error('timeout expired'), 'did not answer in time'],
    [new Error('self-signed certificate'), 'could not be reached: self-signed certificate'],
  ])('says in plain words what %s means', (error, words) => {
    const failure = connectFailure(url, error);
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure.code).toBe('DATABASE_UNREACHABLE');
    expect(failure.message).toMatch(/^the database at db\.example\.org:5433\/baophu .+: check DATABASE_URL$/);
    expect(failure.message).toContain(words);
    expect(failure.cause).toBe(error);
  });
});

describe('openDatabase on a PostgreSQL that is not there', () => {
  it('fails to start with a StartupError saying the database refused the connection', async () => {
    const port = await closedPort();
    const opening = openDatabase({ databaseUrl: `postgres://baophu:pw@127.0.0.1:${port}/baophu`, dataDir: '/nonexistent' });
    await expect(opening).rejects.toThrow(StartupError);
    await expect(opening).rejects.toThrow(
      `the database at 127.0.0.1:${port}/baophu refused the connection (is PostgreSQL running there, on that port?): check DATABASE_URL`,
    );
  });
});
