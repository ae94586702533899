/**
 * The reminders' acceptance check: their real composition (startReminderService) on a real
 * PostgreSQL and Redis, sending over real HTTP to the fake Telegram and Zalo Bot APIs, on a fixed
 * clock at the calendar's send hour the day before the six-month report is due. The fakes must
 * receive exactly one nudge per focal point whose units have not reported, on that person's channel
 * and naming only the units still missing, nothing for those who reported, and one digest for the
 * linked group; after a restart and another planning run, nothing goes out a second time.
 *
 * Post-2025 units have no districts (province → commune), so the group is linked to a province and
 * its digest counts that province's communes.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, openStore } from '../../src/adapters/db/open-store.js';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { createRedisConnection, createReminderQueue } from '../../src/adapters/queue/index.js';
import { runPlanning } from '../../src/app/reminders/plan-reminders.js';
import { loadUnitDirectory, type UnitDirectory } from '../../src/app/units/unit-directory.js';
import { type ReminderService, startReminderService } from '../../src/composition/reminders.js';
import { type Config, createConfig } from '../../src/config.js';
import { type LogEntry, recordingLogger, testRedisUrl, uniquePrefix, waitFor } from '../adapters/queue/queue-kit.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { type FakeZaloApi, startFakeZaloApi } from '../fakes/fake-zalo-api.js';
import { dropPostgresDatabase, freshPostgresUrl } from '../support/postgres.js';
import { DAY_BEFORE_DUE, importProvince, registerPerson, sixMonthLedger, storeDefaultCalendar, submitSixMonths } from './reminder-seed.js';

const TELEGRAM_TOKEN = '7012345678:AAF-reminder-acceptance-token';
const ZALO_TOKEN = '1459232241454765289:reminder-acceptance';
const clock = fixedClock(DAY_BEFORE_DUE);
const GROUP_CHAT = '-1009001';

/** What every reminder of the day says before its list of units. */
const HEAD = 'Nhắc nộp báo cáo: Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2028.\nHạn nộp: 04/07/2028 (còn 1 ngày).';
const nudge = (units: string) => `${HEAD}\nChưa nộp: ${units}.\nBạn chỉ cần trả lời một tin: nop 6T/2028 bb <số> tn <số> ld <số>`;

describe('reminders the day before a deadline, end to end', () => {
  let telegram: FakeTelegramApi;
  let zalo: FakeZaloApi;
  let databaseUrl: string;
  let opened: OpenedStore;
  let directory: UnitDirectory;
  let config: Config & { readonly redisUrl: string };
  let scheduleId: number;
  const running: ReminderService[] = [];

  const start = (log: ReturnType<typeof recordingLogger>['log']): ReminderService => {
    const service = startReminderService(config, { store: opened.store, units: directory.current, clock, log });
    running.push(service);
    return service;
  };
  const telegramSent = () => telegram.calls('sendMessage').map((r) => ({ chat: String(r.params.chat_id), text: r.params.text }));
  const zaloSent = () =>
    zalo.delivered().map((r) => {
      const body = r.body as { chat_id?: unknown; text?: unknown };
      return { chat: String(body.chat_id), text: body.text };
    });
  const errorsIn = (entries: readonly LogEntry[]) => entries.filter((e) => e.level >= 50);

  beforeAll(async () => {
    [telegram, zalo] = await Promise.all([startFakeTelegramApi(TELEGRAM_TOKEN), startFakeZaloApi(ZALO_TOKEN)]);
    databaseUrl = await freshPostgresUrl();
    config = {
      ...createConfig({
        DATABASE_URL: databaseUrl,
        REDIS_PREFIX: uniquePrefix('acceptance'),
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        ZALO_BOT_TOKEN: ZALO_TOKEN,
        ZALO_API_BASE: zalo.baseUrl,
      }),
      redisUrl: testRedisUrl(),
    };
    opened = await openStore(config);
    const store = opened.store;
    const now = clock.now();
    const a = await importProvince(store, { code: '90', name: 'An Phú' }, [
      { code: '90001', name: 'An Lạc' },
      { code: '90002', name: 'An Hòa' },
      { code: '90003', name: 'An Bình', type: 'Phường' },
    ]);
    const b = await importProvince(store, { code: '91', name: 'Bình Sơn' }, [
      { code: '91001', name: 'Bình Minh' },
      { code: '91002', name: 'Bình An' },
    ]);
    const unit = (ids: Map<string, number>, code: string) => ids.get(code) ?? Number.NaN;
    // Lan answers for two communes and has reported for one; Hoa has reported for hers.
    const lan = await registerPerson(
      store,
      { channel: 'telegram', userId: '1001', displayName: 'Chị Lan', unitIds: [unit(a, '90001'), unit(a, '90002')] },
      now,
    );
    const hoa = await registerPerson(store, { channel: 'telegram', userId: '1002', displayName: 'Chị Hoa', unitIds: [unit(b, '91001')] }, now);
    await registerPerson(store, { channel: 'zalo', userId: '7001', displayName: 'Anh Minh', unitIds: [unit(a, '90003')] }, now);
    await registerPerson(store, { channel: 'zalo', userId: '7002', displayName: 'Anh Tuấn', unitIds: [unit(b, '91002')] }, now);
    // An official hears only of lateness (the day after the deadline), not today.
    await registerPerson(store, { channel: 'telegram', userId: '1009', displayName: 'Ông Phúc', unitIds: [unit(a, '90')], role: 'official' }, now);
    await submitSixMonths(store, unit(a, '90001'), lan.id, now);
    await submitSixMonths(store, unit(b, '91001'), hoa.id, now);
    await store.linkGroup({ channel: 'telegram', externalChatId: GROUP_CHAT }, unit(a, '90'), 'BHXH An Phú');
    scheduleId = await storeDefaultCalendar(store);
    directory = await loadUnitDirectory(store);
  });

  afterAll(async () => {
    await Promise.all(running.map((s) => s.close(2_000)));
    await opened?.close();
    await Promise.all([telegram?.close(), zalo?.close()]);
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  });

  it('sends one nudge per focal point still missing a report, on their channel, and one digest to the linked group', async () => {
    const { log, entries } = recordingLogger();
    start(log);
    await waitFor(
      'the four reminders to be sent',
      async () => {
        const rows = await sixMonthLedger(opened.store, scheduleId, 1);
        return rows.length === 4 && rows.every((r) => r.status === 'sent');
      },
      30_000,
    );
    expect((await sixMonthLedger(opened.store, scheduleId, 1)).map((r) => r.sentAt)).toEqual(Array(4).fill(DAY_BEFORE_DUE));

    expect(telegramSent()).toHaveLength(2);
    expect(telegramSent()).toEqual(
      expect.arrayContaining([
        // Lan's reported commune (An Lạc) is not named.
        { chat: '1001', text: nudge('Xã An Hòa, Tỉnh An Phú') },
        { chat: GROUP_CHAT, text: `${HEAD}\n2/3 đơn vị chưa nộp: Xã An Hòa, Tỉnh An Phú, Phường An Bình, Tỉnh An Phú.` },
      ]),
    );
    expect(zaloSent()).toHaveLength(2);
    expect(zaloSent()).toEqual(
      expect.arrayContaining([
        { chat: '7001', text: nudge('Phường An Bình, Tỉnh An Phú') },
        { chat: '7002', text: nudge('Xã Bình An, Tỉnh Bình Sơn') },
      ]),
    );
    expect(errorsIn(entries)).toEqual([]);
  });

  it('sends nothing a second time after a restart and another planning run', async () => {
    const before = { telegram: telegramSent(), zalo: zaloSent() };
    await running.shift()?.close(5_000);

    const { log, entries } = recordingLogger();
    start(log);
    await waitFor('the restarted worker to plan its catch-up', () => entries.some((e) => e.msg === 'reminders planned'), 30_000);
    expect(entries.find((e) => e.msg === 'reminders planned')).toMatchObject({ occasions: 1, planned: 4, enqueued: 0 });

    const connection = createRedisConnection(config.redisUrl, { log });
    const queue = createReminderQueue({ connection, prefix: config.redisPrefix });
    const deliveries = ['telegram', 'zalo'].map((c) => new Queue(`reminders-${c}`, { connection, prefix: config.redisPrefix }));
    try {
      const again = await runPlanning({ store: opened.store, units: directory.current, clock, log, queue }, {});
      expect(again).toEqual({ occasions: 1, planned: 4, enqueued: 0 });
      for (const q of deliveries) {
        expect(await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed')).toEqual({
          waiting: 0,
          active: 0,
          delayed: 0,
          prioritized: 0,
          completed: 2,
          failed: 0,
        });
      }
    } finally {
      await Promise.all([queue.close(), ...deliveries.map((q) => q.close())]);
      await connection.quit();
    }
    expect(telegramSent()).toEqual(before.telegram);
    expect(zaloSent()).toEqual(before.zalo);
    expect((await sixMonthLedger(opened.store, scheduleId, 1)).map((r) => [r.status, r.attempts])).toEqual(Array(4).fill(['sent', 1]));
    expect(errorsIn(entries)).toEqual([]);
  });
});
