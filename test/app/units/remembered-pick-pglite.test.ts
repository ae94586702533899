import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, openStore } from '../../../src/adapters/db/open-store.js';
import { createMessageHandler, type MessageHandler } from '../../../src/app/handle-message.js';
import { loadUnitDirectory } from '../../../src/app/units/unit-directory.js';
import { createConfig } from '../../../src/config.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import type { UnitInput } from '../../../src/ports/unit-store.js';
import { manualClock } from '../../support/manual-clock.js';

const NOW = '2026-11-25T02:00:00Z';

/** An old province and its district called Châu Thành: two of each make the name shared. */
function oldProvinceWithChauThanh(code: string, name: string, nameEn: string, districtCode: string): UnitInput[] {
  const ended = { structure: 'pre2025', validFrom: null, validTo: '2025-06-30' } as const;
  return [
    {
      ...ended,
      level: 'province',
      code,
      name,
      fullName: `Tỉnh ${name}`,
      type: 'Tỉnh',
      typeCode: 'province',
      nameEn,
      codeName: nameEn.toLowerCase().replace(' ', '_'),
      parent: null,
    },
    {
      ...ended,
      level: 'district',
      code: districtCode,
      name: 'Châu Thành',
      fullName: 'Huyện Châu Thành',
      type: 'Huyện',
      typeCode: 'district',
      nameEn: 'Chau Thanh',
      codeName: 'chau_thanh',
      parent: { level: 'province', code },
    },
  ];
}

describe('coverage: a place picked among several of one name, on PGlite', () => {
  let dataDir: string;
  let opened: OpenedStore | undefined;
  const open = async (): Promise<MessageHandler> => {
    opened = await openStore(createConfig({ DATA_DIR: dataDir }));
    const directory = await loadUnitDirectory(opened.store);
    return createMessageHandler({
      store: opened.store,
      units: directory.current,
      clock: manualClock(NOW),
      log: pino({ level: 'silent' }),
      schedules: () => DEFAULT_SCHEDULES,
    });
  };
  const reopen = async (): Promise<MessageHandler> => {
    await opened?.close();
    opened = undefined;
    return open();
  };
  const say = (h: MessageHandler, text: string) => h.handle({ channel: 'telegram', chatId: '501', userId: '501', text });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'baophu-pick-'));
    const { store, close } = await openStore(createConfig({ DATA_DIR: dataDir }));
    try {
      await store.importUnits([
        ...oldProvinceWithChauThanh('72', 'Tây Ninh', 'Tay Ninh', '709'),
        ...oldProvinceWithChauThanh('80', 'Long An', 'Long An', '803'),
      ]);
      const province = (await store.listUnits()).find((u) => u.level === 'province' && u.code === '80');
      await store.createInvite({ code: 'PICK501', unitId: province!.id, role: 'official', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
      await store.redeemInvite('PICK501', { channel: 'telegram', userId: '501', displayName: 'Chị Hạnh' }, new Date(NOW));
    } finally {
      await close();
    }
  });

  afterAll(async () => {
    await opened?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the pick across a restart on the same database', async () => {
    const before = await open();
    const list = await say(before, 'bhxh Châu Thành');
    expect(list.choices).toEqual(['Huyện Châu Thành, Tỉnh Tây Ninh (trước 1/7/2025)', 'Huyện Châu Thành, Tỉnh Long An (trước 1/7/2025)']);
    expect((await say(before, '2')).text).toContain('Huyện Châu Thành, Tỉnh Long An');

    const after = await reopen();
    const again = await say(after, 'bhyt Châu Thành');
    expect(again.choices).toBeUndefined();
    const [first, ...answer] = again.text.split('\n');
    expect(first).toBe('Theo lựa chọn trước của bạn cho "Châu Thành". Muốn hỏi nơi khác cùng tên, ghi rõ tỉnh, ví dụ: "Châu Thành, Tây Ninh".');
    expect(answer.join('\n')).toContain('Huyện Châu Thành, Tỉnh Long An');
  });
});
