import { describe, expect, it } from 'vitest';
import { LATE_OFFSET, type PlanInput, planOccasion } from '../../../src/core/reminders/index.js';
import { makeContact, makeOccasion, telegram, zalo } from '../../support/reminder-builders.js';

// Two provinces: 1 with communes 11, 12, 13; 2 with communes 21, 22.
const PROVINCE: Readonly<Record<number, number>> = { 11: 1, 12: 1, 13: 1, 21: 2, 22: 2 };

function makeInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    audience: [11, 12, 13, 21, 22],
    submitted: new Set(),
    focalPoints: [],
    groups: [],
    supervisors: [],
    provinceOf: (unitId) => PROVINCE[unitId] ?? 0,
    ...overrides,
  };
}

const nudge = makeOccasion();
const late = makeOccasion({ kind: 'late', offsetDays: LATE_OFFSET, sendOn: '2026-07-06' });

describe('planOccasion: nudges', () => {
  it('nudges each focal point about their own units that have not reported, on every chat they use', () => {
    const planned = planOccasion(
      nudge,
      makeInput({
        submitted: new Set([12]),
        focalPoints: [
          makeContact(1, [11, 12], [telegram(100), zalo('z1')], { language: 'en' }),
          makeContact(2, [12], [telegram(200)]),
          makeContact(3, [21], [telegram(300)]),
        ],
      }),
    );
    expect(planned).toEqual([
      { kind: 'nudge', chat: telegram(100), language: 'en', unitIds: [11] },
      { kind: 'nudge', chat: telegram(300), language: 'vi', unitIds: [21] },
      { kind: 'nudge', chat: zalo('z1'), language: 'en', unitIds: [11] },
    ]);
  });

  it('plans nothing for a focal point whose units have all reported', () => {
    const planned = planOccasion(
      nudge,
      makeInput({
        submitted: new Set([11, 12]),
        focalPoints: [makeContact(1, [11, 12], [telegram(100)])],
      }),
    );
    expect(planned).toEqual([]);
  });

  it('leaves out units outside the audience', () => {
    const planned = planOccasion(
      nudge,
      makeInput({
        audience: [11],
        focalPoints: [makeContact(1, [11, 99], [telegram(100)]), makeContact(2, [99], [telegram(200)])],
      }),
    );
    expect(planned).toEqual([{ kind: 'nudge', chat: telegram(100), language: 'vi', unitIds: [11] }]);
  });

  it('gives a chat one delivery, merging the units when it appears twice', () => {
    const shared = telegram(100);
    const planned = planOccasion(
      nudge,
      makeInput({
        focalPoints: [makeContact(1, [13, 11], [shared], { language: 'en' }), makeContact(2, [12, 11], [shared], { language: 'vi' })],
      }),
    );
    expect(planned).toEqual([{ kind: 'nudge', chat: shared, language: 'en', unitIds: [11, 12, 13] }]);
  });

  it('plans the same list whatever the order of the input', () => {
    const contacts = [makeContact(1, [11], [telegram(9)]), makeContact(2, [12], [telegram(10)]), makeContact(3, [21], [zalo(1)])];
    const forward = planOccasion(nudge, makeInput({ focalPoints: contacts }));
    const backward = planOccasion(nudge, makeInput({ focalPoints: [...contacts].reverse() }));
    expect(backward).toEqual(forward);
  });

  it('sends no late summary before the deadline', () => {
    const planned = planOccasion(nudge, makeInput({ supervisors: [makeContact(9, [1, 2], [telegram(900)])] }));
    expect(planned).toEqual([]);
  });
});

describe('planOccasion: group digests', () => {
  it('sends one digest per linked group about its whole audience when one unit is missing', () => {
    const planned = planOccasion(
      nudge,
      makeInput({
        submitted: new Set([11, 12]),
        groups: [
          { group: { chat: telegram(-100), unitId: 1 }, audienceUnitIds: [11, 12, 13] },
          { group: { chat: telegram(-200), unitId: 2 }, audienceUnitIds: [21, 22] },
        ],
      }),
    );
    expect(planned).toEqual([
      { kind: 'digest', chat: telegram(-100), language: 'vi', unitIds: [11, 12, 13] },
      { kind: 'digest', chat: telegram(-200), language: 'vi', unitIds: [21, 22] },
    ]);
  });

  it('sends no digest to a group whose units have all reported', () => {
    const planned = planOccasion(
      nudge,
      makeInput({
        submitted: new Set([21, 22]),
        groups: [{ group: { chat: telegram(-200), unitId: 2 }, audienceUnitIds: [21, 22] }],
      }),
    );
    expect(planned).toEqual([]);
  });

  it('comes after the nudges, and does not count units outside the audience', () => {
    const planned = planOccasion(
      nudge,
      makeInput({
        audience: [11, 12],
        submitted: new Set([11, 12]),
        focalPoints: [makeContact(1, [13], [telegram(100)])],
        groups: [{ group: { chat: telegram(-100), unitId: 1 }, audienceUnitIds: [11, 12, 13] }],
      }),
    );
    expect(planned).toEqual([]);
  });
});

describe('planOccasion: late summaries', () => {
  it('tells each supervisor about the audience of their provinces when a unit there is late', () => {
    const planned = planOccasion(
      late,
      makeInput({
        submitted: new Set([11, 12, 21]),
        supervisors: [makeContact(8, [1], [telegram(800)]), makeContact(9, [1, 2], [zalo(900)], { language: 'en' })],
      }),
    );
    expect(planned).toEqual([
      { kind: 'late', chat: telegram(800), language: 'vi', unitIds: [11, 12, 13] },
      { kind: 'late', chat: zalo(900), language: 'en', unitIds: [11, 12, 13, 21, 22] },
    ]);
  });

  it('sends nothing to a supervisor whose provinces have all reported', () => {
    const planned = planOccasion(
      late,
      makeInput({
        submitted: new Set([11, 12, 13]),
        supervisors: [makeContact(8, [1], [telegram(800)]), makeContact(9, [2], [telegram(900)])],
      }),
    );
    expect(planned).toEqual([{ kind: 'late', chat: telegram(900), language: 'vi', unitIds: [21, 22] }]);
  });

  it('sends no nudges or digests after the deadline', () => {
    const planned = planOccasion(
      late,
      makeInput({
        focalPoints: [makeContact(1, [11], [telegram(100)])],
        groups: [{ group: { chat: telegram(-100), unitId: 1 }, audienceUnitIds: [11] }],
      }),
    );
    expect(planned).toEqual([]);
  });

  it('merges a chat shared by two supervisors', () => {
    const planned = planOccasion(
      late,
      makeInput({
        supervisors: [makeContact(8, [1], [telegram(800)]), makeContact(9, [2], [telegram(800)])],
      }),
    );
    expect(planned).toEqual([{ kind: 'late', chat: telegram(800), language: 'vi', unitIds: [11, 12, 13, 21, 22] }]);
  });
});

describe('planOccasion at scale', () => {
  it('plans one nudge per focal point among 10,000, only for those who have not reported', () => {
    const audience = Array.from({ length: 10_000 }, (_, i) => i + 1);
    const submitted = new Set(audience.filter((id) => id % 4 === 0));
    const focalPoints = audience.map((id) => makeContact(id, [id], [telegram(id)]));
    const planned = planOccasion(nudge, makeInput({ audience, submitted, focalPoints, provinceOf: () => 1 }));
    expect(planned).toHaveLength(7_500);
    expect(planned.every((d) => d.unitIds.length === 1 && !submitted.has(d.unitIds[0] ?? 0))).toBe(true);
    expect(new Set(planned.map((d) => d.chat.externalChatId)).size).toBe(7_500);
  });
});
