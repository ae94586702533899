/** Reading units and lineage back as the core's plain data. */
import type { Succession, Unit } from '../../../core/types.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
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
  }));
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
