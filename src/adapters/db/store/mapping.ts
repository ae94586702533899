/**
 * Conversions between Prisma rows and the core's plain data: DATE columns ⇄ ISO dates, DECIMAL ⇄ number,
 * unknown payloads ⇄ JSON, and the composite key that identifies a unit.
 */
import { COUNT_KEYS, type CountKey, INDICATORS, type IndicatorCode, type UnitRef } from '../../../core/types.js';
import { Prisma } from '../../../generated/prisma/client.js';

/** "pre2025|district|412": a unit's identity as a map key. */
export function unitKey(ref: UnitRef): string {
  return `${ref.structure}|${ref.level}|${ref.code}`;
}

/** A DATE column (midnight UTC) as "YYYY-MM-DD". */
export function isoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** "YYYY-MM-DD" as the Date Prisma expects for a DATE column. */
export function dateColumn(value: string | null): Date | null {
  return value ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`) : null;
}

/** A DECIMAL(7,4) column as a number. */
export function decimalToNumber(value: Prisma.Decimal): number {
  return value.toNumber();
}

/** A percent as DECIMAL(7,4) stores it, so comparisons see what the database will keep. */
export function roundPercent(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** A JSON-serialisable value as Prisma input; null and undefined become JSON null. */
export function jsonInput(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === undefined || value === null) return Prisma.JsonNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Narrows a stored count key to the core's CountKey. */
export function isCountKey(key: string): key is CountKey {
  return (COUNT_KEYS as readonly string[]).includes(key);
}

/** Narrows a stored indicator to the core's IndicatorCode. */
export function isIndicator(code: string): code is IndicatorCode {
  return (INDICATORS as readonly string[]).includes(code);
}

/** Splits a list into chunks of at most `size` items. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
