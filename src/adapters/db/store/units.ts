/** Reading units and lineage back as the core's plain data. */
import type { Succession, Unit } from '../../../core/types.js';
import type { PrismaClient, Unit as UnitRow } from '../../../generated/prisma/client.js';
import { isoDate } from './mapping.js';

/** Every unit of both structures, in insertion order. */
export async function listUnits(prisma: PrismaClient): Promise<Unit[]> {
  const rows = await prisma.unit.findMany({ orderBy: { id: 'asc' } });
  return rows.map((row) => ({
    id: row.id,
    structure: row.structure,
    level: row.level,
    code: row.code,
    name: row.name,
    fullName: row.fullName,
    type: row.type,
    typeCode: row.typeCode,
    nameEn: row.nameEn,
    parentId: row.parentId,
    validFrom: isoDate(row.validFrom),
    validTo: isoDate(row.validTo),
    ...typeChangeOf(row),
  }));
}

/** The unit's former type, when its four columns hold one. */
function typeChangeOf(row: UnitRow): Pick<Unit, 'typeChange'> {
  const on = isoDate(row.typeChangedOn);
  if (on === null || row.formerType === null || row.formerTypeCode === null || row.formerFullName === null) return {};
  return { typeChange: { on, type: row.formerType, typeCode: row.formerTypeCode, fullName: row.formerFullName } };
}

/** Every lineage pair, in insertion order. */
export async function listSuccessions(prisma: PrismaClient): Promise<Succession[]> {
  const rows = await prisma.succession.findMany({ orderBy: { id: 'asc' } });
  return rows.map((row) => ({
    fromUnitId: row.fromUnitId,
    toUnitId: row.toUnitId,
    part: row.part,
    confidence: row.confidence,
  }));
}
