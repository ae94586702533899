/**
 * The inbound ledger's writer on PGlite: marks made close together share one statement, each call
 * resolving once its record is in; a failing statement fails every mark of its batch; marks waiting
 * ride on the next turn's opening read instead of a statement of their own.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../src/adapters/db/open-database.js';
import type { Statements } from '../../../src/adapters/db/statements.js';
import { createLedgerWriter } from '../../../src/adapters/db/store/inbound.js';
import { openTurn } from '../../../src/adapters/db/store/turn-opening.js';

const NOW = new Date('2026-12-06T08:00:00.000Z');
const key = (messageId: string) => ({ channel: 'telegram' as const, chatId: '-LW', messageId });

describe('createLedgerWriter', () => {
  let dataDir: string;
  let db: Database;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'baophu-ledger-'));
    db = await openDatabase({ dataDir });
  });
  afterAll(async () => {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The database's statements, counted. */
  function counted(): { sql: Statements; runs: () => number } {
    let runs = 0;
    return {
      sql: {
        run: (statement, params) => {
          runs += 1;
          return db.statements.run(statement, params);
        },
      },
      runs: () => runs,
    };
  }
  const answered = async (messageId: string) => (await openTurn(db.statements, { channel: 'telegram', userId: 'reader' }, key(messageId))).answered;

  it('records marks made within the window in one statement, the first reply of a message kept', async () => {
    const { sql, runs } = counted();
    const mark = createLedgerWriter(sql, 50).markAnswered;
    await Promise.all([mark(key('1'), 'one', NOW), mark(key('2'), 'two', NOW), mark(key('1'), 'again', NOW)]);
    expect(runs()).toBe(1);
    expect(await answered('1')).toEqual({ reply: 'one' });
    expect(await answered('2')).toEqual({ reply: 'two' });
  });

  it('starts a new statement for a mark made after the last one went', async () => {
    const { sql, runs } = counted();
    const mark = createLedgerWriter(sql, 1).markAnswered;
    await mark(key('3'), 'three', NOW);
    await mark(key('4'), 'four', NOW);
    expect(runs()).toBe(2);
    expect(await answered('4')).toEqual({ reply: 'four' });
  });

  it('rejects every mark of a batch whose statement failed', async () => {
    const failing: Statements = { run: () => Promise.reject(new Error('connection lost')) };
    const mark = createLedgerWriter(failing, 10).markAnswered;
    const results = await Promise.allSettled([mark(key('5'), 'five', NOW), mark(key('6'), 'six', NOW)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await answered('5')).toBeNull();
  });

  it('hands the marks waiting to the next opening read, which records them in its own statement', async () => {
    const { sql, runs } = counted();
    const writer = createLedgerWriter(sql, 60_000);
    const marks = Promise.all([writer.markAnswered(key('7'), 'seven', NOW), writer.markAnswered(key('8'), 'eight', NOW)]);
    const opening = await openTurn(sql, { channel: 'telegram', userId: 'reader' }, key('9'), {}, writer);
    await marks;
    expect(runs()).toBe(1);
    expect(opening.answered).toBeNull();
    expect(await answered('7')).toEqual({ reply: 'seven' });
    expect(await answered('8')).toEqual({ reply: 'eight' });
    // Nothing is left for the window's own statement.
    expect(writer.take().columns.every((column) => column.length === 0)).toBe(true);
  });

  it('rejects the marks that rode on an opening read that failed', async () => {
    const writer = createLedgerWriter(db.statements, 60_000);
    const mark = writer.markAnswered(key('10'), 'ten', NOW);
    const failing: Statements = { run: () => Promise.reject(new Error('connection lost')) };
    await expect(openTurn(failing, { channel: 'telegram', userId: 'reader' }, key('11'), {}, writer)).rejects.toThrow('connection lost');
    await expect(mark).rejects.toThrow('connection lost');
    expect(await answered('10')).toBeNull();
  });
});
