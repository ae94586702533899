/**
 * The fan-out bench's data: a fresh PostgreSQL database on the bench's server, the national units
 * (bench/fill-database.ts), the default reporting schedules, and focal points registered the way
 * people come to exist in the service (an invite, redeemed from a private Telegram chat).
 *
 * Reminders go to the current (post-2025) units of a schedule's level, and the country has about
 * 3,300 communes, so 10,000 recipients means about three focal points per commune (the commune's
 * People's Committee officer, its social-insurance collector, its labour-and-social-affairs officer):
 * recipient i is a focal point of commune i mod the number of communes. Nobody has submitted.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../src/adapters/db/open-database.js';
import { createPrismaStore } from '../src/adapters/db/prisma-store.js';
import { audienceOf } from '../src/app/reminders/audience.js';
import { loadUnitDirectory, type UnitDirectory } from '../src/app/units/unit-directory.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../src/core/reminders/index.js';
import type { ReportingSchedule } from '../src/core/reminders/types.js';
import type { Store } from '../src/ports/store.js';
import { fillDatabase } from './fill-database.js';

/** Registrations run this many at a time (the pg pool holds 10 connections). */
const REGISTER_LANES = 8;

/** Telegram user ids of the recipients: 10-digit, like recent accounts. */
const FIRST_USER_ID = 7_100_000_000;

/** The prepared database. */
export interface FanoutWorld {
  readonly db: Database;
  readonly store: Store;
  readonly directory: UnitDirectory;
  /** The schedule the bench plans (communes, monthly figures). */
  readonly schedule: ReportingSchedule;
  /** Units in the schedule's audience. */
  readonly audience: number;
  /** The recipients' Telegram chat ids (their user ids). */
  readonly chatIds: readonly string[];
  readonly fillMs: number;
  readonly registerMs: number;
  /** Closes the database and drops it. */
  drop(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs `work(i)` for i < count, `lanes` at a time. */
async function inLanes(count: number, lanes: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await work(i);
      }
    }),
  );
}

async function register(store: Store, unitIds: readonly number[], count: number): Promise<string[]> {
  const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const chatIds = Array.from({ length: count }, (_, i) => String(FIRST_USER_ID + i));
  await inLanes(count, REGISTER_LANES, async (i) => {
    const code = `FANOUT${String(i).padStart(6, '0')}`;
    const unitId = unitIds[i % unitIds.length] as number;
    await store.createInvite({ code, unitId, role: 'focal_point', createdById: null, expiresAt });
    const redeemed = await store.redeemInvite(
      code,
      {
        channel: 'telegram',
        userId: chatIds[i] as string,
        displayName: `Cán bộ đầu mối ${i + 1}`,
      },
      new Date(),
    );
    if (!redeemed.ok) throw new Error(`fan-out bench: invite ${code} not redeemed: ${redeemed.reason}`);
  });
  return chatIds;
}

/**
 * Creates the database on the server of `adminUrl` (a role that may CREATE DATABASE), fills it and
 * registers `recipients` focal points for the communes of `scheduleKey`.
 */
export async function createFanoutWorld(options: {
  readonly adminUrl: string;
  readonly dataDir: string;
  readonly recipients: number;
  readonly scheduleKey: string;
}): Promise<FanoutWorld> {
  const name = `baophu_fanout_${randomBytes(4).toString('hex')}`;
  await adminQuery(options.adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(options.adminUrl);
  url.pathname = `/${name}`;
  const drop = () => adminQuery(options.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  let db: Database | undefined;
  try {
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: options.dataDir });
    const store = createPrismaStore(db);
    const filled = await fillDatabase(store);
    await store.ensureSchedules(DEFAULT_REPORTING_SCHEDULES);
    // The monthly figures have no day by default (no document gives one): the bench uses the 20th, as a
    // province would set it, so that there is a nudge to fan out.
    await store.updateSchedule('monthly', { due: { kind: 'in-last-month', day: 20 }, active: true });
    const schedule = (await store.listSchedules()).find((s) => s.key === options.scheduleKey);
    if (!schedule) throw new Error(`fan-out bench: no schedule ${options.scheduleKey}`);
    const directory = await loadUnitDirectory(store);
    const audience = audienceOf(schedule, directory.current()).map((u) => u.id);
    const t0 = performance.now();
    const chatIds = await register(store, audience, options.recipients);
    const registerMs = performance.now() - t0;
    const opened = db;
    return {
      db: opened,
      store,
      directory,
      schedule,
      audience: audience.length,
      chatIds,
      fillMs: filled.importMs,
      registerMs,
      async drop() {
        await opened.close();
        await drop();
      },
    };
  } catch (error) {
    await db?.close();
    await drop();
    throw error;
  }
}
