/**
 * `audit --unit X [--limit N]`: the unit's audit trail, newest first, one event a line: time in
 * Vietnam, action, who, channel and the raw text they sent.
 */

import { formatVietnamTime } from '../../core/civil-time/index.js';
import { visible } from '../../core/text/visible.js';
import type { AuditEvent, AuditLog } from '../../ports/audit-log.js';
import type { UnitStore } from '../../ports/unit-store.js';
import type { Out } from './command.js';
import { readOptions, requiredOption, unitOption, wholeNumber } from './options.js';

const NAME = 'audit';
/** Events shown unless --limit says otherwise. */
export const AUDIT_LIMIT = 50;

/** Checks the arguments of `audit`. */
export function auditArgs(args: readonly string[]) {
  const { values } = readOptions(NAME, args, { unit: { type: 'string' }, limit: { type: 'string' } });
  return {
    unit: requiredOption(NAME, 'unit', values.unit),
    limit: values.limit === undefined ? AUDIT_LIMIT : wholeNumber(NAME, '--limit', String(values.limit), 1, 10_000),
  };
}

/** Prints the unit's audit events. */
export async function auditCommand(store: AuditLog & UnitStore, args: readonly string[], out: Out): Promise<void> {
  const options = auditArgs(args);
  const { unit, label } = await unitOption(NAME, store, options.unit);
  const events = await store.listAudit(unit.id, options.limit);
  out(`audit of ${label}: ${events.length === 0 ? 'no events' : `${events.length} event${events.length === 1 ? '' : 's'}, newest first`}`);
  for (const event of events) out(auditLine(event));
}

/**
 * "2026-11-25 09:00  register  telegram:u1 (#3)  telegram  "/start K7QH2MXP"". The name and the raw
 * text are the sender's own: their control, escape and bidi characters are printed as escapes.
 */
export function auditLine(event: AuditEvent): string {
  const raw = event.rawText === null ? '-' : visible(JSON.stringify(event.rawText.replace(/\s+/g, ' ').slice(0, 200)));
  return [formatVietnamTime(event.at), event.action, actorOf(event), event.channel ?? 'admin-cli', raw].join('  ');
}

function actorOf(event: AuditEvent): string {
  if (event.actorId !== null) return `${visible(event.actorName ?? 'person')} (#${event.actorId})`;
  const details = typeof event.details === 'object' && event.details !== null ? (event.details as Record<string, unknown>) : {};
  if (details.localAdmin === true) return 'local admin';
  return details.via === 'admin-cli' ? 'admin command line' : 'unknown';
}
