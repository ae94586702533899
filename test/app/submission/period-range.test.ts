/**
 * Chat submissions are for plausible periods only: by default the current year and the two before it
 * (SUBMISSION_YEARS_BACK); an older period is refused with a reply naming the years allowed, and
 * nothing is stored. Older history comes by import.
 */
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../src/app/handle-message.js';
import { createConfig } from '../../../src/config.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let wardId: number;
let fp: ReturnType<typeof chat>;
beforeAll(async () => {
  world = await makeWorld();
  const ward = world.communes.find((u) => u.code === '16681');
  if (!ward) throw new Error('no ward 16681');
  wardId = ward.id;
  await registerFocalPoint(world, 'fp-range', [ward]);
  fp = chat(world, 'fp-range');
});

const counts = 'bb 41.200 tn 3.150 ld 180.000';
const stored = async (period: string) => (await world.store.submissionHistory(wardId, period)).length;

describe('periods of chat submissions (today 25/11/2026)', () => {
  it.each([
    ['6T/1900', '1900-6M'],
    ['2023', '2023'],
    ['Q4/2023', '2023-Q4'],
  ])('refuses %s, naming the years allowed, and stores nothing', async (period, code) => {
    const vi = (await fp.say(`nop ${period} ${counts}`)).text;
    expect(vi).toContain('2024–2026');
    expect(vi).not.toContain('Đã ghi nhận');
    expect(await stored(code)).toBe(0);
  });

  it('says so in English to an English speaker', async () => {
    const en = (await fp.say(`/submit 6T/1900 ${counts}`, { languageHint: 'en' })).text;
    expect(en).toMatch(/2024–2026/);
    expect(en).toMatch(/import/i);
    expect(await stored('1900-6M')).toBe(0);
  });

  it('accepts the current year and the two before it', async () => {
    for (const [period, code] of [
      ['6T/2024', '2024-6M'],
      ['6T/2025', '2025-6M'],
      ['6T/2026', '2026-6M'],
    ] as const) {
      expect((await fp.say(`nop ${period} ${counts}`)).text).toContain('Đã ghi nhận');
      expect(await stored(code)).toBe(1);
    }
  });

  it('follows the configured number of years back', async () => {
    const handler = createMessageHandler({
      store: world.store,
      units: world.directory.current,
      clock: world.clock,
      log: pino({ level: 'silent' }),
      schedules: () => DEFAULT_SCHEDULES,
      submissionYearsBack: 0,
    });
    const reply = await handler.handle({ channel: 'console', chatId: 'chat-fp-range', userId: 'fp-range', text: `nop 6T/2025 ${counts}`, messageId: 'x1' });
    expect(reply.text).toContain('2026');
    expect(reply.text).not.toContain('Đã ghi nhận');
  });

  it('reads SUBMISSION_YEARS_BACK from the environment: 2 by default, a whole number from 0 to 50', () => {
    expect(createConfig({}).submissionYearsBack).toBe(2);
    expect(createConfig({ SUBMISSION_YEARS_BACK: '5' }).submissionYearsBack).toBe(5);
    expect(() => createConfig({ SUBMISSION_YEARS_BACK: '-1' })).toThrow(/SUBMISSION_YEARS_BACK/);
    expect(() => createConfig({ SUBMISSION_YEARS_BACK: 'two' })).toThrow(/SUBMISSION_YEARS_BACK/);
  });
});
