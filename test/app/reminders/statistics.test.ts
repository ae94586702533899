/**
 * The statistics office's schedule on the memory store: its nudges go to whoever holds the
 * schedule's reporter role (the statistics office of each province), never to focal points, even
 * one of the province itself; the late summary names the statistics office beside a late province.
 * The schedule is set here to a day of its own (the 15th after the quarter, nudges 7 days before),
 * so the test does not hang on whatever day the defaults give it: Q2/2027 is due Thursday 15 July
 * 2027, nudged Thursday 8 July, late on Friday 16 July.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { createReminderWorld, DIEN_BIEN, LAI_CHAU, type ReminderWorld } from '../../support/reminder-world.js';

const KEY = 'quarterly_stats';
const PERIOD = '2027-Q2';

let world: ReminderWorld;
let laiChau: Unit;
let dienBien: Unit;

beforeEach(async () => {
  world = await createReminderWorld();
  laiChau = world.province(LAI_CHAU).unit;
  dienBien = world.province(DIEN_BIEN).unit;
  await world.store.updateSchedule(KEY, { active: true, due: { kind: 'in-next-month', day: 15 }, offsetsDays: [7] });
  await world.assign('stats-lc', laiChau, 'statistics');
  await world.assign('stats-db', dienBien, 'statistics', 'zalo');
  // Focal points of the province itself and of a commune: the statistics figures are not theirs.
  await world.assign('fp-province', laiChau, 'focal_point');
  await world.assign('fp-commune', world.laiChauCommune(0), 'focal_point');
  await world.assign('official-lc', laiChau, 'official');
});

describe('the statistics schedule', () => {
  it('is the statistics office’s by default, and the commune reports stay the focal points’', () => {
    expect(world.schedule(KEY).reporterRole).toBe('statistics');
    expect(world.schedule('annual').reporterRole).toBe('focal_point');
  });

  it('nudges the statistics office of each province that has not reported, and no focal point', async () => {
    await world.plan({ date: '2027-07-08', scheduleKey: KEY });
    expect(world.queue.jobs.map((j) => ({ chat: `${j.chat.channel}/${j.chat.externalChatId}`, kind: j.kind, units: j.unitIds }))).toEqual([
      { chat: 'telegram/stats-lc', kind: 'nudge', units: [laiChau.id] },
      { chat: 'zalo/stats-db', kind: 'nudge', units: [dienBien.id] },
    ]);
    expect(world.queue.jobs.every((j) => j.period === PERIOD && j.due === '2027-07-15')).toBe(true);
    expect(await world.deliverQueued()).toEqual(['sent', 'sent']);
    expect(world.telegram.textsTo('stats-lc')[0]).toContain(world.schedule(KEY).nameVi);
    // The hint names the figures the statistics office sends, not the insured counts.
    expect(world.telegram.textsTo('stats-lc')[0]).toContain('nop Q2/2027 ld <số> ds <số> sth <số>');
    expect(world.telegram.textsTo('fp-province')).toEqual([]);
    expect(world.telegram.textsTo('fp-commune')).toEqual([]);
  });

  it('leaves out a province that has reported', async () => {
    await world.submitted([laiChau], PERIOD);
    await world.plan({ date: '2027-07-08', scheduleKey: KEY });
    expect(world.queue.jobs.map((j) => j.chat.externalChatId)).toEqual(['stats-db']);
  });

  it('goes back to focal points when a province gives the schedule to them', async () => {
    await world.store.updateSchedule(KEY, { reporterRole: 'focal_point' });
    await world.plan({ date: '2027-07-08', scheduleKey: KEY });
    expect(world.queue.jobs.map((j) => j.chat.externalChatId)).toEqual(['fp-province']);
  });

  it('names the statistics office, not the focal point, beside the late province in the official’s summary', async () => {
    await world.plan({ date: '2027-07-16', scheduleKey: KEY });
    expect(world.queue.jobs.map((j) => [j.kind, j.chat.externalChatId])).toEqual([['late', 'official-lc']]);
    expect(await world.deliverQueued()).toEqual(['sent']);
    const [summary] = world.telegram.textsTo('official-lc');
    expect(summary).toContain('Cán bộ stats-lc');
    expect(summary).not.toContain('Cán bộ fp-province');
  });
});
