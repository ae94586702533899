/** Targets keyed by (unit, indicator, year, source document): two sources for one target are both kept. */
import { NotFoundError } from '../../../core/errors.js';
import type { Target } from '../../../core/types.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { TargetInput } from '../../../ports/figures-store.js';
import { dateColumn, decimalToNumber, isIndicator, isoDate, roundPercent, unitKey } from './mapping.js';
import { bilingual } from './report-rows.js';

/** Inserts or updates a target; see FiguresStore.saveTarget. */
export async function saveTarget(prisma: PrismaClient, input: TargetInput): Promise<{ created: boolean }> {
  const unit = await prisma.unit.findUnique({
    where: { structure_level_code: { structure: input.unit.structure, level: input.unit.level, code: input.unit.code } },
    select: { id: true },
  });
  if (!unit) throw new NotFoundError(`Target for unknown unit ${unitKey(input.unit)}.`);
  const key = { unitId: unit.id, indicator: input.indicator, year: input.year, sourceDocument: input.sourceDocument };
  const data = {
    percent: roundPercent(input.percent),
    basis: input.basis,
    kind: input.kind,
    sourceDate: dateColumn(input.sourceDate),
    labelVi: input.label?.vi ?? null,
    labelEn: input.label?.en ?? null,
    note: input.note,
  };
  const existing = await prisma.target.findUnique({
    where: { unitId_indicator_year_sourceDocument: key },
    select: { id: true },
  });
  if (existing) {
    await prisma.target.update({ where: { id: existing.id }, data });
    return { created: false };
  }
  await prisma.target.create({ data: { ...key, ...data } });
  return { created: true };
}

/** Every target of the given units, oldest first. */
export async function findTargets(prisma: PrismaClient, unitIds: readonly number[]): Promise<Target[]> {
  if (unitIds.length === 0) return [];
  const rows = await prisma.target.findMany({ where: { unitId: { in: [...unitIds] } }, orderBy: { id: 'asc' } });
  return rows.flatMap((row) => {
    const indicator = row.indicator;
    if (!isIndicator(indicator)) return [];
    return [
      {
        id: row.id,
        unitId: row.unitId,
        indicator,
        year: row.year,
        percent: decimalToNumber(row.percent),
        basis: row.basis,
        kind: row.kind,
        sourceDocument: row.sourceDocument,
        sourceDate: isoDate(row.sourceDate),
        label: bilingual(row.labelVi, row.labelEn),
        note: row.note,
      },
    ];
  });
}
