/**
 * SQL parameters are never logged: PGlite puts a failed statement's parameters on
 * its error (`params`) and PostgreSQL the row's values in `detail`; a logged error keeps its message
 * and code only. Here a reply showing a code fails to be recorded on PGlite, as the reply ledger can.
 */
import { Writable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteStatements } from '../src/adapters/db/statements.js';
import { answerOnce } from '../src/app/answer-once.js';
import { createLogger } from '../src/logger.js';

const SECRET = 'K7QH2MXP';

describe('a database error in the log', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
    await db.exec('CREATE TABLE "ledger" ("id" INT PRIMARY KEY, "reply" TEXT NOT NULL)');
  });
  afterAll(() => db.close());

  const capture = () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        done();
      },
    });
    return { log: createLogger('info', false, sink as unknown as Parameters<typeof createLogger>[2]), out: () => out };
  };

  it('carries its message and code, not the parameters or the row', async () => {
    const { log, out } = capture();
    const sql = pgliteStatements(db);
    const insert = { name: 'ledger_insert', text: 'INSERT INTO "ledger" ("id", "reply") VALUES ($1, $2)' };
    let error: unknown;
    await sql.run(insert, [1, 'first']);
    await sql.run(insert, [1, `dangky ${SECRET}`]).catch((e: unknown) => {
      error = e;
    });
    expect((error as { params?: unknown }).params).toContain(`dangky ${SECRET}`);
    log.warn({ err: error }, 'answered message not recorded');
    const line = out();
    expect(line).toContain('duplicate key value violates unique constraint');
    expect(line).toContain('"code":"23505"');
    expect(line).not.toContain(SECRET);
    expect(line).not.toContain('"params"');
    expect(line).not.toContain('Key (id)=(1)');
  });

  it('keeps the reply ledger’s failure free of the reply', async () => {
    const { log, out } = capture();
    const sql = pgliteStatements(db);
    const answer = answerOnce({
      handle: async () => ({ text: `Mã mời: ${SECRET}` }),
      inbound: {
        async markAnswered(_key, reply) {
          await sql.run({ name: 'ledger_null', text: 'INSERT INTO "ledger" ("id", "reply") VALUES (NULL, $1)' }, [reply]);
        },
      },
      clock: { now: () => new Date('2026-11-25T02:00:00Z') },
      log,
    });
    expect(await answer({ channel: 'telegram', chatId: '1', userId: '1', messageId: '7', text: '/invite' }, async () => undefined)).toBe('answered');
    expect(out()).toContain('answered message not recorded');
    expect(out()).toContain('"code":"23502"');
    expect(out()).not.toContain(SECRET);
  });
});
