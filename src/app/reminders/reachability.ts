/**
 * Who cannot be reached: the units whose reminders would reach nobody, and why, so that an
 * administrator can fix it before the deadline (an invite code, a word to the person who blocked the
 * bot). A unit is reachable when at least one holder of the role has a private chat on Telegram or
 * Zalo that the bot may still write to; a group chat does not count (it gets a digest, not the nudge).
 */

import type { UnreachableReason } from '../../core/reminders/reachability-replies.js';
import type { Occasion } from '../../core/reminders/types.js';
import type { PeriodCode, Role } from '../../core/types.js';
import type { RoleHolders } from '../../ports/role-holders.js';
import type { SubmissionStore } from '../../ports/submission-store.js';

/** A unit nobody can be reached for, and why. */
export interface UnreachableUnit {
  readonly unitId: number;
  readonly reason: UnreachableReason;
}

/**
 * The units among `unitIds` that nobody holding `role` can be reached for, in the order given, each
 * once. A unit whose holders are some on the console only and some blocked counts as 'blocked': that
 * names a person the administrator can ask to unblock the bot.
 */
export async function unreachableUnits(
  deps: { readonly store: Pick<RoleHolders, 'roleHolders'> },
  unitIds: readonly number[],
  role: Role,
): Promise<UnreachableUnit[]> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return [];
  const reached = new Set<number>();
  const blocked = new Set<number>();
  const held = new Set<number>();
  for (const holder of await deps.store.roleHolders(ids, role)) {
    for (const unitId of holder.unitIds) {
      held.add(unitId);
      if (holder.chats.length > 0) reached.add(unitId);
      if (holder.blockedChats.length > 0) blocked.add(unitId);
    }
  }
  return ids
    .filter((id) => !reached.has(id))
    .map((unitId) => ({
      unitId,
      reason: !held.has(unitId) ? 'no-holder' : blocked.has(unitId) ? 'blocked' : 'console-only',
    }));
}

/**
 * The units among `unitIds` that owe the report of `period` (nothing submitted for it) and that
 * nobody holding `role` can be reached for, in the order given: the ones a reminder cannot help.
 */
export async function unreachableOwing(
  deps: { readonly store: Pick<RoleHolders, 'roleHolders'> & Pick<SubmissionStore, 'submissionsForPeriod'> },
  unitIds: readonly number[],
  period: PeriodCode,
  role: Role,
): Promise<UnreachableUnit[]> {
  if (unitIds.length === 0) return [];
  const submitted = new Set((await deps.store.submissionsForPeriod(unitIds, period)).map((s) => s.unitId));
  return unreachableUnits(
    deps,
    unitIds.filter((id) => !submitted.has(id)),
    role,
  );
}

/**
 * For a nudge: the units of its audience (only those in `scope`, when given) that owe its report and
 * that no nudge can reach: nobody holds the schedule's reporting role there, or nobody who does can be
 * written to. The dry run lists them so that an administrator can fix them before the deadline.
 */
export async function unreachableForNudge(
  deps: { readonly store: Pick<RoleHolders, 'roleHolders'> & Pick<SubmissionStore, 'submissionsForPeriod'> },
  plan: { readonly occasion: Occasion; readonly audienceIds: readonly number[] },
  scope: ReadonlySet<number> | null = null,
): Promise<UnreachableUnit[]> {
  if (plan.occasion.kind !== 'nudge') return [];
  const ids = plan.audienceIds.filter((id) => scope === null || scope.has(id));
  return unreachableOwing(deps, ids, plan.occasion.period, plan.occasion.schedule.reporterRole);
}
