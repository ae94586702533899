/** Bulk import of lineage pairs keyed by (from unit, to unit); only new or changed pairs are written. */
import { NotFoundError } from '../../../core/errors.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { ImportResult, SuccessionInput } from '../../../ports/unit-store.js';
import { chunks, unitKey } from './mapping.js';

const CHUNK = 1000;

/** Inserts or updates `pairs`; see UnitStore.importSuccessions. Throws when a unit is unknown. */
export async function importSuccessions(prisma: PrismaClient, pairs: readonly SuccessionInput[]): Promise<ImportResult> {
  const units = await prisma.unit.findMany({ select: { id: true, structure: true, level: true, code: true } });
  const idByKey = new Map(units.map((u) => [unitKey(u), u.id]));
  const existing = await prisma.succession.findMany();
  const rowByPair = new Map(existing.map((s) => [`${s.fromUnitId}>${s.toUnitId}`, s]));
  const unitId = (ref: SuccessionInput['from']): number => {
    const id = idByKey.get(unitKey(ref));
    if (id === undefined) throw new NotFoundError(`Succession refers to unknown unit ${unitKey(ref)}.`);
    return id;
  };

  const toCreate = new Map<
    string,
    { fromUnitId: number; toUnitId: number; part: SuccessionInput['part']; confidence: SuccessionInput['confidence']; sources: string }
  >();
  const toUpdate: { id: number; part: SuccessionInput['part']; confidence: SuccessionInput['confidence']; sources: string }[] = [];
  let unchanged = 0;
  for (const pair of pairs) {
    const fromUnitId = unitId(pair.from);
    const toUnitId = unitId(pair.to);
    const key = `${fromUnitId}>${toUnitId}`;
    const row = rowByPair.get(key);
    const fields = { part: pair.part, confidence: pair.confidence, sources: pair.sources };
    if (!row) toCreate.set(key, { fromUnitId, toUnitId, ...fields });
    else if (row.part !== pair.part || row.confidence !== pair.confidence || row.sources !== pair.sources) {
      toUpdate.push({ id: row.id, ...fields });
    } else unchanged += 1;
  }
  for (const chunk of chunks([...toCreate.values()], CHUNK)) {
    await prisma.succession.createMany({ data: chunk });
  }
  for (const chunk of chunks(toUpdate, CHUNK)) {
    await prisma.$transaction(chunk.map(({ id, ...data }) => prisma.succession.update({ where: { id }, data })));
  }
  return { created: toCreate.size, updated: toUpdate.length, unchanged };
}
