import { describe, expect, it } from 'vitest';
import { type PlanQuestion, planFits, planUnitAnswer, type SubunitsPlan, type UnitAnswerPlan } from '../../../src/core/lineage/index.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const oldHaTinh = national.unit('pre2025', 'province', '42');
const newHaTinh = national.unit('post2025', 'province', '42');
const oldQuangNam = national.unit('pre2025', 'province', '49');
const newDaNang = national.unit('post2025', 'province', '48');
const canLoc = national.unit('pre2025', 'district', '443');
const vinhCity = national.unit('pre2025', 'district', '412');
const cuaLoWard = national.unit('post2025', 'commune', '16732');
const oldThanhVinhPhuTho = index.unitsNamed('thanh vinh').find((u) => u.structure === 'pre2025' && u.typeCode === 'ward');

const LIST: PlanQuestion = { kind: 'list', asked: null, when: null };

function subunits(plan: UnitAnswerPlan): SubunitsPlan {
  if (plan.kind !== 'subunits') throw new Error(`expected sub-units, got ${plan.kind}`);
  return plan;
}

describe('planUnitAnswer: lineage', () => {
  it('goes forward from an old unit and backward from a new one', () => {
    expect(planUnitAnswer({ kind: 'lineage', asked: null, when: null }, oldQuangNam, index)).toEqual({ kind: 'forward', unit: oldQuangNam });
    expect(planUnitAnswer({ kind: 'lineage', asked: null, when: null }, newDaNang, index)).toEqual({ kind: 'backward', unit: newDaNang });
  });

  it('asked forward of a new unit that continues an old one, goes forward from the old one', () => {
    expect(planUnitAnswer({ kind: 'forward', asked: null, when: null }, newHaTinh, index)).toEqual({ kind: 'forward', unit: oldHaTinh });
  });

  it('asked backward of an old unit, lists what it was made of', () => {
    const plan = subunits(planUnitAnswer({ kind: 'backward', asked: null, when: null }, canLoc, index));
    expect(plan.unit).toBe(canLoc);
    expect(plan.all.every((u) => u.parentId === canLoc.id)).toBe(true);
  });
});

describe('planUnitAnswer: sub-units', () => {
  it('lists the children of a unit in its own structure', () => {
    const plan = subunits(planUnitAnswer(LIST, newHaTinh, index));
    expect(plan.all.length).toBe(69);
    expect(plan.all.every((u) => u.structure === 'post2025' && u.level === 'commune')).toBe(true);
  });

  it('follows a province to its namesake of the structure asked', () => {
    const plan = subunits(planUnitAnswer({ kind: 'list', asked: { level: 'commune', typeCodes: null }, when: 'before' }, newHaTinh, index));
    expect(plan.unit).toBe(oldHaTinh);
    // Communes of an old province are its districts' children.
    expect(plan.all.every((u) => u.structure === 'pre2025' && u.level === 'commune')).toBe(true);
    expect(plan.levelGone).toBe(false);
  });

  it('reads districts in the old structure, and says the level is gone when the current province was named', () => {
    const plan = subunits(planUnitAnswer({ kind: 'list', asked: { level: 'district', typeCodes: null }, when: null }, newHaTinh, index));
    expect(plan.unit).toBe(oldHaTinh);
    expect(plan.levelGone).toBe(true);
    expect(plan.all.some((u) => u.id === canLoc.id)).toBe(true);
  });

  it('keeps only the types asked, with the whole level beside them', () => {
    const plan = subunits(planUnitAnswer({ kind: 'count', asked: { level: 'commune', typeCodes: ['ward'] }, when: null }, newHaTinh, index));
    expect(plan.countOnly).toBe(true);
    expect(plan.matching.length).toBe(9);
    expect(plan.all.length).toBe(69);
  });

  it('answers a dissolved unit asked about today with what it went into', () => {
    expect(planUnitAnswer({ kind: 'list', asked: { level: 'commune', typeCodes: ['ward'] }, when: 'after' }, vinhCity, index)).toEqual({
      kind: 'forward',
      unit: vinhCity,
    });
  });

  it('answers what a current province is made of, by a lower level, with its sub-units', () => {
    const plan = subunits(planUnitAnswer({ kind: 'backward', asked: { level: 'commune', typeCodes: ['ward'] }, when: null }, newHaTinh, index));
    expect(plan.matching.length).toBe(9);
  });

  it('answers a commune, which has no sub-units, with its lineage', () => {
    expect(planUnitAnswer(LIST, cuaLoWard, index)).toEqual({ kind: 'backward', unit: cuaLoWard });
  });

  it('answers sub-units no smaller than the unit ("which province") with its lineage', () => {
    expect(planUnitAnswer({ kind: 'list', asked: { level: 'province', typeCodes: null }, when: null }, canLoc, index)).toEqual({
      kind: 'forward',
      unit: canLoc,
    });
  });
});

describe('planFits', () => {
  it('tells a new ward formed from old ones from an old ward of a similar name', () => {
    const backward: PlanQuestion = { kind: 'backward', asked: null, when: null };
    expect(oldThanhVinhPhuTho).toBeDefined();
    const fits = (unit: typeof cuaLoWard) => planFits(backward, planUnitAnswer(backward, unit, index), index);
    expect(fits(national.unit('post2025', 'commune', '16681'))).toBe(true);
    expect(fits(oldThanhVinhPhuTho as typeof cuaLoWard)).toBe(false);
  });
});
