/** Builders shared by the Store contract suites. */
import type { Role, UnitRef } from '../../src/core/types.js';
import type { TargetInput } from '../../src/ports/figures-store.js';
import type { InboundKey } from '../../src/ports/inbound-store.js';
import type { Identity, PeopleStore, Person } from '../../src/ports/people-store.js';
import type { SubmissionInput } from '../../src/ports/submission-store.js';
import type { TurnOpener } from '../../src/ports/turn-opening.js';
import type { UnitInput, UnitStore } from '../../src/ports/unit-store.js';

/** The instant the people and submission suites treat as "now". */
export const NOW = new Date('2025-07-01T08:00:00.000Z');

/** A week after NOW: when invites made by the suites expire. */
export const NEXT_WEEK = '2025-07-08T08:00:00.000Z';

/** Builds a unit to import; the code doubles as the name so assertions stay short. */
export function makeUnit(code: string, overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    structure: 'pre2025',
    level: 'province',
    code,
    name: `Unit ${code}`,
    fullName: `Tỉnh Unit ${code}`,
    type: 'Tỉnh',
    typeCode: 'province',
    nameEn: `Unit ${code}`,
    codeName: `unit_${code}`,
    parent: null,
    validFrom: null,
    validTo: null,
    ...overrides,
  };
}

/** Imports provinces with these codes and returns their ids, in order. */
export async function makeUnits(store: UnitStore, ...codes: string[]): Promise<number[]> {
  await store.importUnits(codes.map((code) => makeUnit(code)));
  const units = await store.listUnits();
  return codes.map((code) => {
    const unit = units.find((u) => u.structure === 'pre2025' && u.level === 'province' && u.code === code);
    if (!unit) throw new Error(`unit ${code} not found`);
    return unit.id;
  });
}

/** A Telegram identity. */
export const telegram = (userId: string): Identity => ({ channel: 'telegram', userId });

/** Registers a person through an invite (the only way people come to exist) and returns them. */
export async function registerPerson(store: PeopleStore, unitId: number, userId: string, displayName: string, role: Role = 'focal_point'): Promise<Person> {
  const code = `REG-${userId}-${unitId}-${role}`;
  await store.createInvite({ code, unitId, role, createdById: null, expiresAt: NEXT_WEEK });
  const result = await store.redeemInvite(code, { ...telegram(userId), displayName }, NOW);
  if (!result.ok) throw new Error(`could not register ${userId}: ${result.reason}`);
  return result.person;
}

/** A six-month submission for a unit by a person, received at NOW; override what the test is about. */
export function makeSubmission(unitId: number, personId: number, overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    recordedAt: NOW.toISOString(),
    unitId,
    period: '2025-6M',
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    counts: { bb: 41_200, tn: 3_150, ld: 180_000 },
    personId,
    channel: 'telegram',
    messageKey: null,
    rawText: 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000',
    onTime: true,
    ...overrides,
  };
}

/** The ledger's reply for a delivery, as the turn's opening read finds it (whoever the speaker). */
export async function answeredFor(store: TurnOpener, key: InboundKey): Promise<{ readonly reply: string } | null> {
  return (await store.openTurn({ channel: key.channel, userId: 'ledger-reader' }, key)).answered;
}

/** A target of 41% for BHXH in 2025 (01/NQ-CP), for `unit`; override what the test is about. */
export function makeTarget(unit: UnitRef, overrides: Partial<TargetInput> = {}): TargetInput {
  return {
    unit,
    indicator: 'bhxh',
    year: 2025,
    percent: 41,
    basis: 'labour_force',
    kind: 'assigned',
    sourceDocument: '01/NQ-CP',
    sourceDate: '2025-01-08',
    label: null,
    note: null,
    ...overrides,
  };
}
