/**
 * A schedule's source as the database keeps it (reporting_schedule.source, JSON), so that the stores
 * and an administrator editing it by hand read and write one shape:
 *
 *   { "document":  { "vi": "Kế hoạch … 1736/QĐ-UBND …", "en": "Plan … 1736/QĐ-UBND …" },
 *     "sender":    { "vi": "…", "en": "…" },
 *     "recipient": { "vi": "Sở Lao động - Thương binh và Xã hội tỉnh", "en": "…" } or null,
 *     "due":       { "vi": "trước ngày 05 tháng 7", "en": "before 5 July", "rule": "fixed:07-05", "before": true } or null,
 *     "delivery":  { "vi": "…", "en": "…" } or null,
 *     "notes":     [ { "vi": "…", "en": "…" }, … ] }
 *
 * "rule" uses the due-rule encoding of stored-form.ts. Reading is strict: a missing text, an empty one
 * or an unreadable rule makes the whole source unreadable (null), since an answer that quotes a
 * document must quote it whole.
 */
import type { ScheduleSource, SourceDue, Wording } from './schedule-source.js';
import { formatDueRule, parseDueRule } from './stored-form.js';

type StoredWording = { readonly vi: string; readonly en: string };

/** The JSON value written to reporting_schedule.source (type aliases, so that it is a JSON object to Prisma). */
export type StoredSource = {
  readonly document: StoredWording;
  readonly sender: StoredWording;
  readonly recipient: StoredWording | null;
  readonly due: (StoredWording & { readonly rule: string; readonly before: boolean }) | null;
  readonly delivery: StoredWording | null;
  readonly notes: readonly StoredWording[];
};

/** The database's shape of a source. */
export function formatScheduleSource(source: ScheduleSource): StoredSource {
  const due = source.due && { ...wording(source.due.wording), rule: formatDueRule(source.due.rule), before: source.due.before };
  return {
    document: wording(source.document),
    sender: wording(source.sender),
    recipient: source.recipient && wording(source.recipient),
    due,
    delivery: source.delivery && wording(source.delivery),
    notes: source.notes.map(wording),
  };
}

const wording = (w: Wording): StoredWording => ({ vi: w.vi, en: w.en });

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function readWording(value: unknown): Wording | null {
  if (!isRecord(value)) return null;
  const vi = text(value.vi);
  const en = text(value.en);
  return vi !== null && en !== null ? { vi, en } : null;
}

/** A field that may be null; `undefined` when it is there but unreadable. */
function optional<T>(value: unknown, read: (v: unknown) => T | null): T | null | undefined {
  if (value === null || value === undefined) return null;
  return read(value) ?? undefined;
}

function readDue(value: unknown): SourceDue | null {
  if (!isRecord(value) || typeof value.before !== 'boolean' || typeof value.rule !== 'string') return null;
  const words = readWording(value);
  const rule = parseDueRule(value.rule);
  return words && rule ? { wording: words, rule, before: value.before } : null;
}

/** Reads the database's shape back; null when any part of it is missing or unreadable. */
export function parseScheduleSource(value: unknown): ScheduleSource | null {
  if (!isRecord(value)) return null;
  const document = readWording(value.document);
  const sender = readWording(value.sender);
  const recipient = optional(value.recipient, readWording);
  const due = optional(value.due, readDue);
  const delivery = optional(value.delivery, readWording);
  const notes = Array.isArray(value.notes) ? value.notes.map(readWording) : null;
  if (!document || !sender || recipient === undefined || due === undefined || delivery === undefined) return null;
  if (!notes || notes.some((n) => n === null)) return null;
  return { document, sender, recipient, due, delivery, notes: notes.filter((n): n is Wording => n !== null) };
}
