/**
 * Charts through the real message handler on the seeded memory store: asked in words (Vietnamese with
 * and without diacritics, English), the button under answers with a history or a ranking, a place
 * several share, a unit with nothing to draw, and a renderer that fails. The renderer here records
 * the specs (the PNG itself: test/adapters/chart); one test draws with the real one.
 */
import { resolve } from 'node:path';
import { type Logger, pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../../src/adapters/chart/render-chart.js';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { createMessageHandler, LOCAL_ADMIN_ID } from '../../../src/app/handle-message.js';
import type { Reply } from '../../../src/app/message.js';
import { loadUnitDirectory, type UnitDirectory } from '../../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import type { ChartSpec } from '../../../src/core/chart/index.js';
import { seedReferenceData } from '../../../src/import/seed.js';
import type { ChartRenderer } from '../../../src/ports/chart-renderer.js';
import type { Store } from '../../../src/ports/store.js';
import { pngSize } from '../../support/png.js';
import { manualClock } from '../../support/submission-world.js';

let store: Store;
let directory: UnitDirectory;
const drawn: ChartSpec[] = [];
const recorder: ChartRenderer = {
  async render(spec, fileName) {
    drawn.push(spec);
    return { kind: 'image', id: `id-${drawn.length}`, fileName, mimeType: 'image/png', bytes: new Uint8Array([1]) };
  },
};

beforeAll(async () => {
  store = createMemoryStore();
  await seedReferenceData(store, resolve(import.meta.dirname, '../../../data'));
  directory = await loadUnitDirectory(store);
});

function talk(charts: ChartRenderer | null = recorder, user = LOCAL_ADMIN_ID, over: { store?: Store; log?: Logger; chat?: string } = {}) {
  const handler = createMessageHandler({
    store: over.store ?? store,
    units: directory.current,
    clock: manualClock(),
    log: over.log ?? pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
    ...(charts ? { charts } : {}),
  });
  let n = 0;
  return (text: string, more: { choiceList?: string } = {}): Promise<Reply> =>
    handler.handle({ channel: 'console', chatId: over.chat ?? `chart-${user}`, userId: user, text, messageId: String(++n), ...more });
}

const last = () => drawn[drawn.length - 1] as ChartSpec;

describe('a chart asked for in words', () => {
  it.each([
    ['biểu đồ bhxh Bắc Kạn', 'Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn (trước 1/7/2025)'],
    ['bieu do bhyt hai phong', 'Tỷ lệ bao phủ bảo hiểm y tế — Thành phố Hải Phòng (trước 1/7/2025)'],
    ['vẽ biểu đồ tỷ lệ bao phủ Gia Lai', 'Tỷ lệ bao phủ BHXH — Tỉnh Gia Lai (trước 1/7/2025)'],
    ['đồ thị BHYT Bắc Kạn', 'Tỷ lệ bao phủ bảo hiểm y tế — Tỉnh Bắc Kạn (trước 1/7/2025)'],
    ['chart coverage Gia Lai', 'Social insurance coverage — Gia Lai Province (before 1 Jul 2025)'],
    ['graph health insurance Hai Phong', 'Health insurance coverage — Hai Phong City (before 1 Jul 2025)'],
  ])('"%s" draws the trend: %s', async (text, title) => {
    const reply = await talk()(text);
    expect(reply.attachment?.kind).toBe('image');
    expect(reply.attachment?.fileName).toMatch(/^[a-z0-9-]+\.png$/);
    expect(last().kind).toBe('trend');
    expect(last().title).toBe(title);
    expect(reply.text.split('\n')[0]).toBe(`📊 ${title}`);
  });

  it('draws the ranking asked for, within its scope, with the same units as the words', async () => {
    const reply = await talk()('vẽ biểu đồ xếp hạng các tỉnh theo BHYT');
    const spec = last();
    expect(reply.attachment?.fileName).toBe('xep-hang-bhyt.png');
    expect(spec.kind).toBe('bars');
    if (spec.kind !== 'bars') return;
    expect(spec.rows.map((r) => [r.label, r.value])).toEqual([
      ['Tỉnh Bắc Kạn', 95],
      ['Thành phố Hải Phòng', 92.35],
    ]);
    expect(spec.rows[0]?.target).toBe(97.5);
    const english = await talk()('chart: top 5 provinces by health insurance coverage');
    expect(english.attachment?.fileName).toBe('ranking-bhyt.png');
    expect(last().title).toBe('Ranking: health insurance coverage');
  });

  it('says in words when the unit has nothing to draw, and what to ask when nothing is named', async () => {
    const none = await talk()('biểu đồ bhxh Nghệ An');
    expect(none.attachment).toBeUndefined();
    expect(none.text).toBe(
      'Chưa có số liệu hay chỉ tiêu tỷ lệ bao phủ BHXH nào của Tỉnh Nghệ An để vẽ biểu đồ. Khi có số liệu theo thời gian, hỏi lại "biểu đồ tỷ lệ bao phủ BHXH …".',
    );
    expect((await talk()('biểu đồ')).text).toMatch(/^Hãy nói biểu đồ của gì/);
    expect((await talk()('chart of Atlantis coverage')).attachment).toBeUndefined();
  });

  it('asks which place when several share the name, then draws the one chosen', async () => {
    const say = talk();
    const asked = await say('biểu đồ bhxh Châu Thành');
    expect(asked.choices?.length).toBeGreaterThan(2);
    expect(asked.attachment).toBeUndefined();
    const reply = await say('2');
    expect(reply.text).toMatch(/^Chưa có số liệu hay chỉ tiêu tỷ lệ bao phủ BHXH nào của Huyện Châu Thành, Tỉnh Long An/);
  });

  it('declines in words when charts are off, and keeps the words when the renderer fails', async () => {
    expect((await talk(null)('biểu đồ bhxh Bắc Kạn')).text).toMatch(/^Biểu đồ chưa được bật ở đây/);
    const failing: ChartRenderer = { render: () => Promise.reject(new Error('out of memory')) };
    const reply = await talk(failing)('biểu đồ bhxh Bắc Kạn');
    expect(reply.attachment).toBeUndefined();
    expect(reply.text).toContain('Không vẽ được biểu đồ lúc này');
  });
});

describe('the chart button under an answer', () => {
  it('comes under an answer with a history; pressing it (or typing 1) draws that answer’s chart', async () => {
    const say = talk();
    const answer = await say('tỷ lệ bao phủ BHYT Bắc Kạn');
    expect(answer.choices).toEqual(['📊 Xem biểu đồ']);
    expect(answer.choiceList).toBeDefined();
    const pressed = await say('1', { choiceList: answer.choiceList as string });
    expect(pressed.attachment?.fileName).toBe('bhyt-bac-kan.png');
    expect(last().title).toBe('Tỷ lệ bao phủ bảo hiểm y tế — Tỉnh Bắc Kạn (trước 1/7/2025)');
    // The list is answered: the same button again is stale.
    expect((await say('1', { choiceList: answer.choiceList as string })).text).toMatch(/^Nút này thuộc một tin nhắn cũ/);
  });

  it('is drawn by "biểu đồ" alone too, right after the answer', async () => {
    const say = talk();
    expect((await say('tỷ lệ bao phủ BHYT Bắc Kạn')).choices).toEqual(['📊 Xem biểu đồ']);
    expect((await say('biểu đồ')).attachment?.fileName).toBe('bhyt-bac-kan.png');
    expect((await say('biểu đồ')).text).toMatch(/^Hãy nói biểu đồ của gì/);
  });

  it('comes under a ranking, in English when the answer is', async () => {
    const say = talk();
    const answer = await say('rank the provinces by health insurance coverage');
    expect(answer.choices).toEqual(['📊 Show chart']);
    const chart = await say('1');
    expect(chart.attachment?.fileName).toBe('ranking-bhyt.png');
    expect(last().kind).toBe('bars');
  });

  it('does not hold the answer up for the offer to be written, and logs an offer that could not be', async () => {
    const never: Store = Object.assign(Object.create(store) as Store, { setConversationSoon: () => new Promise<void>(() => undefined) });
    expect((await talk(recorder, LOCAL_ADMIN_ID, { store: never, chat: 'offer-slow' })('tỷ lệ bao phủ BHYT Bắc Kạn')).choices).toEqual(['📊 Xem biểu đồ']);
    const logs: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void logs.push(line) });
    const failing: Store = Object.assign(Object.create(store) as Store, { setConversationSoon: () => Promise.reject(new Error('connection lost')) });
    expect((await talk(recorder, LOCAL_ADMIN_ID, { store: failing, log, chat: 'offer-lost' })('tỷ lệ bao phủ BHYT Bắc Kạn')).choices).toEqual([
      '📊 Xem biểu đồ',
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logs.map((line) => JSON.parse(line) as { msg: string; kind: string; err: { message: string } })).toMatchObject([
      { msg: 'choice list not saved', kind: 'chart-offer', err: { message: 'connection lost' } },
    ]);
  });

  it('is not offered without a history, nor when charts are off', async () => {
    expect((await talk()('tỷ lệ bao phủ BHXH Nghệ An')).choices).toBeUndefined();
    // A ranking of one unit is a sentence, not a chart of one bar.
    expect((await talk()('Tỉnh nào có chỉ tiêu BHXH năm 2023 cao nhất?')).choices).toBeUndefined();
    expect((await talk(null)('tỷ lệ bao phủ BHYT Bắc Kạn')).choices).toBeUndefined();
  });
});

describe('with the real renderer', () => {
  it('answers "biểu đồ bhxh Bắc Kạn" with a PNG', async () => {
    const reply = await talk(createChartRenderer())('biểu đồ bhxh Bắc Kạn');
    expect(pngSize(reply.attachment?.bytes as Uint8Array).width).toBe(1080);
  });
});

describe('the chart button under a comparison over time', () => {
  it('comes under "so với cùng kỳ" of one place and draws its trend', async () => {
    const say = talk();
    const answer = await say('BHYT Bắc Kạn 9 tháng 2021 so với cùng kỳ năm trước');
    expect(answer.choices).toEqual(['📊 Xem biểu đồ']);
    expect((await say('1')).attachment?.fileName).toBe('bhyt-bac-kan.png');
  });

  it('does not come under places side by side', async () => {
    expect((await talk()('So sánh tỷ lệ BHYT Bắc Kạn và Hải Phòng')).choices).toBeUndefined();
  });
});

describe('the chart button and other open lists', () => {
  it('does not replace a list still open: the numbered places stay answerable after a coverage answer', async () => {
    const say = talk();
    const asked = await say('tỷ lệ bao phủ BHXH Châu Thành');
    expect(asked.choices?.length).toBeGreaterThan(2);
    const answer = await say('tỷ lệ bao phủ BHYT Bắc Kạn');
    expect(answer.choices).toBeUndefined();
    expect((await say('2')).text).toMatch(/Châu Thành, Tỉnh Long An/);
  });
});
