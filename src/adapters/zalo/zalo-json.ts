/**
 * Small readers for JSON of unknown shape: the Zalo platform's answers and webhook bodies are read
 * field by field, never trusted as a whole.
 */

/** A JSON object (not null, not an array). */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** Whether the value is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field as an id: a non-empty string, or a finite number written as a string; otherwise null. */
export function readId(record: JsonRecord, key: string): string | null {
  const value = record[key];
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** The field when it is a string; otherwise null. */
export function readString(record: JsonRecord, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' ? value : null;
}

/** The field when it is a finite number; otherwise null. */
export function readNumber(record: JsonRecord, key: string): number | null {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The field when it is an object; otherwise null. */
export function readRecord(record: JsonRecord, key: string): JsonRecord | null {
  const value = record[key];
  return isRecord(value) ? value : null;
}
