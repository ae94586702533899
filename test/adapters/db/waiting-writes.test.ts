/**
 * The waiting writes on PGlite: ledger marks and conversation states set soon made close together
 * share one statement, each call resolving once its write is in; a failing statement fails every
 * call of its batch; writes waiting ride on the next turn's opening read instead of a statement of
 * their own; a state waiting is read at once, and the states of one key land in the order they were set.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../src/adapters/db/open-database.js';
import type { Statements } from '../../../src/adapters/db/statements.js';
import { clearConversation, setConversation, setConversationRows } from '../../../src/adapters/db/store/conversations.js';
import { openTurn } from '../../../src/adapters/db/store/turn-opening.js';
import { createWaitingWrites, type WaitingRows } from '../../../src/adapters/db/store/waiting-writes.js';

const NOW = new Date('2026-12-06T08:00:00.000Z');
const key = (messageId: string) => ({ channel: 'telegram' as const, chatId: '-LW', messageId });
const talk = (userId: string) => ({ channel: 'telegram' as const, chatId: '-LW', userId });
const offer = (kind: string) => ({ kind, payload: { unitId: 7 }, expiresAt: '2026-12-06T08:15:00.000Z' });

describe('createWaitingWrites', () => {
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
  /** Writes the states of taken rows, as a statement carrying them would. */
  const runConversationRows = (rows: WaitingRows) =>
    db.statements.run({ name: 'test_conversation_rows', text: `WITH kept AS (${setConversationRows(1)}) SELECT 1` }, rows.conversations);
  /** The state as the database holds it, nothing waiting overlaid. */
  const written = async (userId: string) => (await openTurn(db.statements, { channel: 'telegram', userId }, null, { conversation: talk(userId) })).conversation;
  const answered = async (messageId: string) => (await openTurn(db.statements, { channel: 'telegram', userId: 'reader' }, key(messageId))).answered;

  it('records marks made within the window in one statement, the first reply of a message kept', async () => {
    const { sql, runs } = counted();
    const mark = createWaitingWrites(sql, 50).markAnswered;
    await Promise.all([mark(key('1'), 'one', NOW), mark(key('2'), 'two', NOW), mark(key('1'), 'again', NOW)]);
    expect(runs()).toBe(1);
    expect(await answered('1')).toEqual({ reply: 'one' });
    expect(await answered('2')).toEqual({ reply: 'two' });
  });

  it('starts a new statement for a mark made after the last one went', async () => {
    const { sql, runs } = counted();
    const mark = createWaitingWrites(sql, 1).markAnswered;
    await mark(key('3'), 'three', NOW);
    await mark(key('4'), 'four', NOW);
    expect(runs()).toBe(2);
    expect(await answered('4')).toEqual({ reply: 'four' });
  });

  it('rejects every mark of a batch whose statement failed', async () => {
    const failing: Statements = { run: () => Promise.reject(new Error('connection lost')) };
    const mark = createWaitingWrites(failing, 10).markAnswered;
    const results = await Promise.allSettled([mark(key('5'), 'five', NOW), mark(key('6'), 'six', NOW)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await answered('5')).toBeNull();
  });

  it('hands the marks waiting to the next opening read, which records them in its own statement', async () => {
    const { sql, runs } = counted();
    const writer = createWaitingWrites(sql, 60_000);
    const marks = Promise.all([writer.markAnswered(key('7'), 'seven', NOW), writer.markAnswered(key('8'), 'eight', NOW)]);
    const opening = await openTurn(sql, { channel: 'telegram', userId: 'reader' }, key('9'), {}, writer);
    await marks;
    expect(runs()).toBe(1);
    expect(opening.answered).toBeNull();
    expect(await answered('7')).toEqual({ reply: 'seven' });
    expect(await answered('8')).toEqual({ reply: 'eight' });
    // Nothing is left for the window's own statement.
    expect(writer.take().answered.every((column) => column.length === 0)).toBe(true);
  });

  it('rejects the marks that rode on an opening read that failed', async () => {
    const writer = createWaitingWrites(db.statements, 60_000);
    const mark = writer.markAnswered(key('10'), 'ten', NOW);
    const failing: Statements = { run: () => Promise.reject(new Error('connection lost')) };
    await expect(openTurn(failing, { channel: 'telegram', userId: 'reader' }, key('11'), {}, writer)).rejects.toThrow('connection lost');
    await expect(mark).rejects.toThrow('connection lost');
    expect(await answered('10')).toBeNull();
  });

  it('writes states set soon with the marks in one statement, the last state of a key kept, readable at once', async () => {
    const { sql, runs } = counted();
    const writer = createWaitingWrites(sql, 50);
    const writes = Promise.all([
      writer.setConversationSoon(talk('s1'), offer('first')),
      writer.markAnswered(key('12'), 'twelve', NOW),
      writer.setConversationSoon(talk('s1'), offer('second')),
      writer.setConversationSoon(talk('s2'), offer('other')),
    ]);
    expect(writer.waitingState(talk('s1'))).toEqual(offer('second'));
    expect(await written('s1')).toBeNull();
    await writes;
    expect(runs()).toBe(1);
    expect(await written('s1')).toEqual(offer('second'));
    expect(await written('s2')).toEqual(offer('other'));
    expect(await answered('12')).toEqual({ reply: 'twelve' });
    expect(writer.waitingState(talk('s1'))).toBeUndefined();
  });

  it('gives the opening read of a key the state waiting for it, which that statement writes', async () => {
    const { sql, runs } = counted();
    const writer = createWaitingWrites(sql, 60_000);
    const set = writer.setConversationSoon(talk('s3'), offer('chart'));
    const opening = await openTurn(sql, { channel: 'telegram', userId: 's3' }, null, { conversation: talk('s3') }, writer);
    await set;
    expect(runs()).toBe(1);
    expect(opening.conversation).toEqual(offer('chart'));
    expect(await written('s3')).toEqual(offer('chart'));
  });

  it('holds a state back while its key is in a statement, so that the later state lands last', async () => {
    const writer = createWaitingWrites(db.statements, 1);
    const first = writer.setConversationSoon(talk('s4'), offer('first'));
    const inStatement = writer.take();
    const second = writer.setConversationSoon(talk('s4'), offer('second'));
    // The second state is not taken while the first is in a statement, and is what this process reads.
    expect(writer.take().conversations.every((column) => column.length === 0)).toBe(true);
    expect(writer.waitingState(talk('s4'))).toEqual(offer('second'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await written('s4')).toBeNull();
    await runConversationRows(inStatement);
    inStatement.settle();
    await Promise.all([first, second]);
    expect(await written('s4')).toEqual(offer('second'));
  });

  it('lets a direct write replace a state set soon: one waiting is dropped, one in a statement lands first', async () => {
    const writer = createWaitingWrites(db.statements, 60_000);
    const dropped = writer.setConversationSoon(talk('s5'), offer('dropped'));
    await setConversation(db.statements, talk('s5'), offer('direct'), writer);
    await expect(dropped).resolves.toBeUndefined();
    expect(writer.waitingState(talk('s5'))).toBeUndefined();
    expect(await written('s5')).toEqual(offer('direct'));

    const landing = writer.setConversationSoon(talk('s5'), offer('landing'));
    const inStatement = writer.take();
    const cleared = clearConversation(db.statements, talk('s5'), writer);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await written('s5')).toEqual(offer('direct'));
    await runConversationRows(inStatement);
    inStatement.settle();
    await Promise.all([landing, cleared]);
    expect(await written('s5')).toBeNull();
  });

  it('drains what waits before the database closes, a state held back behind its key included', async () => {
    const writer = createWaitingWrites(db.statements, 60_000);
    const first = writer.setConversationSoon(talk('s7'), offer('first'));
    const inStatement = writer.take();
    const writes = Promise.all([writer.setConversationSoon(talk('s7'), offer('second')), writer.markAnswered(key('13'), 'thirteen', NOW)]);
    const drained = writer.drain();
    await runConversationRows(inStatement);
    inStatement.settle();
    await drained;
    await Promise.all([first, writes]);
    expect(await written('s7')).toEqual(offer('second'));
    expect(await answered('13')).toEqual({ reply: 'thirteen' });
    await expect(writer.drain()).resolves.toBeUndefined();
  });

  it('rejects a state whose statement failed, and reads the database again', async () => {
    const failing: Statements = { run: () => Promise.reject(new Error('connection lost')) };
    const writer = createWaitingWrites(failing, 1);
    await expect(writer.setConversationSoon(talk('s6'), offer('lost'))).rejects.toThrow('connection lost');
    expect(writer.waitingState(talk('s6'))).toBeUndefined();
  });
});
