/**
 * An embedded engine that fails for good is recognised: a WebAssembly trap, an
 * Emscripten abort or PGlite closed under us, also wrapped as Prisma's driver adapter wraps it; an
 * ordinary SQL error (a full disk on one INSERT, a constraint) is not, because the engine answers on.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineHungError, guardEngine, isFatalEngineError } from '../../../src/adapters/db/engine-fatal.js';

describe('isFatalEngineError', () => {
  it('recognises WebAssembly traps, aborts and a closed engine', () => {
    expect(isFatalEngineError(new WebAssembly.RuntimeError('memory access out of bounds'))).toBe(true);
    expect(isFatalEngineError(new WebAssembly.RuntimeError('unreachable'))).toBe(true);
    expect(isFatalEngineError(Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' }))).toBe(true);
    expect(isFatalEngineError(new Error('Aborted(). Build with -sASSERTIONS for more info.'))).toBe(true);
    expect(isFatalEngineError(new Error('PGlite is closed'))).toBe(true);
  });

  it('looks inside the errors that wrap them', () => {
    const trap = new WebAssembly.RuntimeError('memory access out of bounds');
    expect(isFatalEngineError(new Error('Invalid `prisma.report.create()` invocation', { cause: trap }))).toBe(true);
    expect(isFatalEngineError({ message: 'driver adapter error', cause: { cause: { message: 'PGlite is closed' } } })).toBe(true);
    expect(isFatalEngineError({ originalMessage: 'RuntimeError: memory access out of bounds' })).toBe(true);
  });

  it('leaves ordinary database errors, and anything else, alone', () => {
    expect(isFatalEngineError(Object.assign(new Error('could not extend file "base/5/16385": No space left on device'), { code: '53100' }))).toBe(false);
    expect(isFatalEngineError(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isFatalEngineError(new Error('PGlite is closing'))).toBe(false);
    expect(isFatalEngineError(new Error('host unreachable'))).toBe(false);
    expect(isFatalEngineError(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isFatalEngineError('memory access out of bounds')).toBe(false);
    expect(isFatalEngineError(null)).toBe(false);
    expect(isFatalEngineError(undefined)).toBe(false);
  });
});

describe('guardEngine', () => {
  const dbs: PGlite[] = [];
  afterAll(async () => {
    for (const db of dbs) if (!db.closed) await db.close();
  });

  it('tells once when a call fails for good, and still throws to the caller', async () => {
    const fatal: unknown[] = [];
    const trap = new WebAssembly.RuntimeError('memory access out of bounds');
    const engine = {
      query: async () => {
        throw trap;
      },
      exec: () => {
        throw trap;
      },
      transaction: async () => [],
    };
    guardEngine(engine as unknown as PGlite, (error) => fatal.push(error));
    await expect(engine.query()).rejects.toBe(trap);
    expect(() => engine.exec()).toThrow(trap);
    expect(await engine.transaction()).toEqual([]);
    expect(fatal).toEqual([trap]);
  });

  it('lets ordinary SQL errors through without telling, and tells of a real PGlite closed under us', async () => {
    const db = await PGlite.create();
    dbs.push(db);
    const fatal: unknown[] = [];
    guardEngine(db, (error) => fatal.push(error));
    await expect(db.query('SELECT * FROM missing_table')).rejects.toThrow(/missing_table/);
    await expect(db.transaction((tx) => tx.query('SELECT 1/0'))).rejects.toThrow(/division by zero/);
    expect((await db.query<{ x: number }>('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
    expect(fatal).toEqual([]);
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toThrow('PGlite is closed');
    expect(fatal).toHaveLength(1);
  });

  it('is quiet once disarmed (a close at shutdown)', async () => {
    const db = await PGlite.create();
    const fatal: unknown[] = [];
    guardEngine(db, (error) => fatal.push(error)).disarm();
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toThrow('PGlite is closed');
    expect(fatal).toEqual([]);
  });
});

describe('guardEngine and a hung engine', () => {
  /** An engine whose calls answer only when the test says so. */
  function slowEngine() {
    const answers: Array<() => void> = [];
    const later = () => new Promise<void>((resolve) => answers.push(resolve));
    return {
      engine: { query: later, exec: later, transaction: later },
      answerAll: () => {
        for (const answer of answers.splice(0)) answer();
      },
    };
  }

  it('tells once when a query stays unanswered for the limit, and names the call', async () => {
    const { engine, answerAll } = slowEngine();
    const fatal: unknown[] = [];
    guardEngine(engine as unknown as PGlite, (error) => fatal.push(error), { hungMs: 60 });
    void engine.query();
    void engine.exec();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toBeInstanceOf(EngineHungError);
    expect((fatal[0] as EngineHungError).method).toMatch(/^(query|exec)$/);
    answerAll();
  });

  it('leaves alone calls answered in time and a transaction that lasts as long as its caller works', async () => {
    const { engine, answerAll } = slowEngine();
    const fatal: unknown[] = [];
    const guard = guardEngine(engine as unknown as PGlite, (error) => fatal.push(error), { hungMs: 100 });
    const quick = engine.query();
    void engine.transaction();
    await new Promise((resolve) => setTimeout(resolve, 20));
    answerAll();
    await quick;
    void engine.transaction();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fatal).toEqual([]);
    guard.disarm();
    answerAll();
  });

  it('says nothing of a hung call once disarmed', async () => {
    const { engine, answerAll } = slowEngine();
    const fatal: unknown[] = [];
    guardEngine(engine as unknown as PGlite, (error) => fatal.push(error), { hungMs: 40 }).disarm();
    void engine.query();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fatal).toEqual([]);
    answerAll();
  });
});
