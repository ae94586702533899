/**
 * Reminder administration in chat, for administrators: "/nhacnho <date>" (dry run: who would get
 * what that day, nothing sent), "/lichnhac" (the calendar) and "/lichnhac <key> <field> <value>" (an
 * edit), "/nhom <unit>" / "/nhom off" in a group chat (link it to a unit for digests).
 *
 * Scope: a dry run lists only messages about units the admin manages, and after each nudge only
 * those of its units that owe the report and cannot be reached; a schedule that covers every
 * province can only be edited by an admin of everything (the console's local administrator or an
 * admin whose scope is the whole country), a province's own schedule by that province's admins; a
 * group is linked and unlinked only by an admin of its unit. Replies follow the person's language
 * choice, else Vietnamese, like every Vietnamese command word.
 */

import { composePermissionDenied, composeUnitNotResolved } from '../../core/access/admin-replies.js';
import { composeAdminOnly, composeBadDate, composeGroupLinked, composeGroupOnly, composeGroupUnlinked } from '../../core/reminders/admin-replies.js';
import { composeDryRun, type DryRunLine, labelOccasion } from '../../core/reminders/replies.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { CalendarStore } from '../../ports/calendar-store.js';
import type { ChatStore } from '../../ports/chat-store.js';
import type { RoleHolders } from '../../ports/role-holders.js';
import type { SubmissionStore } from '../../ports/submission-store.js';
import { adminScope, isAdmin, isAnyAdmin } from '../access/roles.js';
import { calendarCommand } from '../calendar/calendar-edit.js';
import { commandLanguage } from '../command-word.js';
import type { Reply } from '../message.js';
import { actorOfTurn, recordAudit } from '../speaker.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { readUnitArgument } from '../units/unit-argument.js';
import { previewReminders } from './plan-reminders.js';
import { unreachableForNudge } from './reachability.js';

const COMMAND = /^\/(nhacnho|lichnhac|nhom)(?:@[\w.]+)?(?:\s+([\s\S]*))?$/i;
/** Messages listed per occasion in a chat reply (the command line lists all). */
const LISTED_PER_OCCASION = 10;

export const reminderAdmin: Feature<AuditLog & SubmissionStore & CalendarStore & ChatStore & RoleHolders> = async (said, deps) => {
  const match = COMMAND.exec(said.text.trim());
  if (!match) return null;
  // The command words are Vietnamese and the arguments are keys, field names, dates and unit names,
  // not sentences: the reply follows the person's choice, not words like "offsets" or "due".
  const turn: Turn = { ...said, language: commandLanguage(said, false) };
  if (!isAnyAdmin(turn.speaker)) return { text: composeAdminOnly(turn.language) };
  const args = (match[2] ?? '').trim();
  switch ((match[1] as string).toLowerCase()) {
    case 'nhacnho':
      return dryRun(turn, deps, args);
    case 'lichnhac':
      return calendarCommand(turn, deps, args);
    default:
      return linkGroup(turn, deps, args);
  }
};

/** "2026-07-04", "04/07/2026", "4/7" (this year) or nothing (today) → ISO date, or null. */
export function readDate(text: string, today: string): string | null {
  if (text === '') return today;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3] ?? today.slice(0, 4), vn[2], vn[1]] : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

async function dryRun(turn: Turn, deps: AppDeps<SubmissionStore & CalendarStore & ChatStore & RoleHolders>, args: string): Promise<Reply> {
  const date = readDate(args, turn.today);
  if (!date) return { text: composeBadDate(turn.language, args) };
  const index = deps.units();
  const scope = adminScope(turn.speaker, index);
  const mine = scope === 'all' ? null : new Set(scope);
  const labelOf = (id: number) => {
    const unit = index.get(id);
    return unit ? describeUnit(unit, index, turn.language) : `#${id}`;
  };
  const plans = await previewReminders(deps, date, await deps.store.listSchedules());
  const lines: DryRunLine[] = [];
  // A province's admin sees only the occasions about units of theirs.
  for (const plan of plans.filter((p) => mine === null || p.audienceIds.some((id) => mine.has(id)))) {
    const unreachable = await unreachableForNudge(deps, plan, mine);
    lines.push({
      occasion: labelOccasion(turn.language, plan.occasion),
      deliveries: plan.deliveries
        .filter((d) => mine === null || d.unitIds.some((id) => mine.has(id)))
        .map((d) => ({ kind: d.kind, chat: `${d.chat.channel} ${d.chat.externalChatId}`, units: d.unitIds.length })),
      unreachable: unreachable.map((u) => ({ unit: labelOf(u.unitId), reason: u.reason })),
    });
  }
  return { text: composeDryRun(turn.language, date, lines, { maxPerOccasion: LISTED_PER_OCCASION }) };
}

async function linkGroup(turn: Turn, deps: AppDeps<AuditLog & ChatStore>, args: string): Promise<Reply> {
  if (turn.message.chatKind !== 'group') return { text: composeGroupOnly(turn.language) };
  const ref = { channel: turn.message.channel, externalChatId: turn.message.chatId };
  if (args === '') return { text: composeGroupOnly(turn.language) };
  const index = deps.units();
  if (/^(off|bo|bỏ|huy|hủy|huỷ)$/i.test(args)) {
    // Unlinking takes the same right as linking: administering the unit the group is linked to.
    const linked = (await deps.store.linkedGroups(index.units.map((u) => u.id))).find(
      (c) => c.channel === ref.channel && c.externalChatId === ref.externalChatId,
    );
    const unit = linked === undefined || linked.unitId === null ? undefined : index.get(linked.unitId);
    if (unit && !isAdmin(turn.speaker, unit, index)) return { text: composePermissionDenied(turn.language, describeUnit(unit, index, turn.language)) };
    const was = await deps.store.unlinkGroup(ref);
    if (was) await recordAudit(deps.store, actorOfTurn(turn), turn.now, 'unlink_group', unit?.id ?? null, { chat: ref });
    return { text: composeGroupUnlinked(turn.language, was) };
  }
  const found = readUnitArgument(args, index);
  if (found.kind !== 'found') {
    const others = found.kind === 'ambiguous' ? found.candidates : found.suggestions;
    return {
      text: composeUnitNotResolved(
        turn.language,
        args,
        others.map((u) => describeUnit(u, index, turn.language)),
      ),
    };
  }
  const label = describeUnit(found.unit, index, turn.language);
  if (!isAdmin(turn.speaker, found.unit, index)) return { text: composePermissionDenied(turn.language, label) };
  await deps.store.linkGroup(ref, found.unit.id, null);
  await recordAudit(deps.store, actorOfTurn(turn), turn.now, 'link_group', found.unit.id, { chat: ref });
  return { text: composeGroupLinked(turn.language, label) };
}
