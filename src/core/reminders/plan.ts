/**
 * Who gets what for one occasion (DESIGN 2.3). Before a deadline: each focal point gets one
 * nudge about their own units that have not reported, and each linked group one digest about its
 * audience when something is missing. After it: each supervisor gets one late summary about the
 * audience of their provinces when something is missing. Pure and linear in the input (Maps and
 * Sets only): planning for 10,000 focal points is a few milliseconds.
 */
import type { Language } from '../types.js';
import type { ChatRef, Contact, DeliveryKind, LinkedGroup, Occasion, PlannedDelivery } from './types.js';

/** What planning one occasion needs to know, gathered by the use case from the store. */
export interface PlanInput {
  /** The unit ids of the schedule's audience (the units that must report). */
  readonly audience: readonly number[];
  /** The audience units that have reported for the occasion's period. */
  readonly submitted: ReadonlySet<number>;
  /** Focal points of audience units. */
  readonly focalPoints: readonly Contact[];
  /** Linked group chats, each with the audience units under its unit. */
  readonly groups: readonly { readonly group: LinkedGroup; readonly audienceUnitIds: readonly number[] }[];
  /** Who hears of lateness; their unitIds are the provinces they supervise. */
  readonly supervisors: readonly Contact[];
  /** The province an audience unit belongs to (itself for a province). */
  readonly provinceOf: (unitId: number) => number;
}

const KIND_ORDER: Readonly<Record<DeliveryKind, number>> = { nudge: 0, digest: 1, late: 2 };

/** One delivery being gathered: its units as a Set, so that a chat named twice merges without duplicates. */
interface Draft {
  readonly kind: DeliveryKind;
  readonly chat: ChatRef;
  readonly language: Language;
  readonly units: Set<number>;
}

/**
 * Gathers deliveries, one per chat. A chat named again (two contacts sharing it, a contact listed
 * twice) gets the union of the unit lists under the first language seen; a chat already planned with
 * another kind keeps its first delivery, since one message per chat and occasion is the ledger's rule.
 */
class Drafts {
  private readonly byChat = new Map<string, Draft>();

  add(kind: DeliveryKind, chat: ChatRef, language: Language, units: Iterable<number>): void {
    const key = `${chat.channel}\u0000${chat.externalChatId}`;
    const draft = this.byChat.get(key);
    if (draft === undefined) {
      this.byChat.set(key, { kind, chat, language, units: new Set(units) });
    } else if (draft.kind === kind) {
      for (const unit of units) draft.units.add(unit);
    }
  }

  /** Ordered by kind, channel, chat id; unit ids ascending: the same input always plans the same list. */
  list(): PlannedDelivery[] {
    return [...this.byChat.values()]
      .map((d): PlannedDelivery => ({ kind: d.kind, chat: d.chat, language: d.language, unitIds: [...d.units].sort((a, b) => a - b) }))
      .sort(
        (a, b) =>
          KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.chat.channel, b.chat.channel) || compareText(a.chat.externalChatId, b.chat.externalChatId),
      );
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The deliveries of one occasion: nudges and digests before the deadline, late summaries after it. */
export function planOccasion(occasion: Occasion, input: PlanInput): PlannedDelivery[] {
  const audience = new Set(input.audience);
  const missing = (unitId: number) => audience.has(unitId) && !input.submitted.has(unitId);
  const drafts = new Drafts();
  if (occasion.kind === 'late') {
    planLate(drafts, input, audience, missing);
    return drafts.list();
  }
  for (const contact of input.focalPoints) {
    const own = contact.unitIds.filter(missing);
    if (own.length === 0) continue;
    for (const chat of contact.chats) drafts.add('nudge', chat, contact.language ?? 'vi', own);
  }
  for (const { group, audienceUnitIds } of input.groups) {
    // Only audience units count, whatever the caller gathered under the group's unit.
    const units = audienceUnitIds.filter((unitId) => audience.has(unitId));
    // Groups are provincial or communal working groups: Vietnamese.
    if (units.some(missing)) drafts.add('digest', group.chat, 'vi', units);
  }
  return drafts.list();
}

function planLate(drafts: Drafts, input: PlanInput, audience: ReadonlySet<number>, missing: (unitId: number) => boolean): void {
  const byProvince = new Map<number, { units: number[]; missing: boolean }>();
  for (const unitId of audience) {
    const province = input.provinceOf(unitId);
    let entry = byProvince.get(province);
    if (entry === undefined) {
      entry = { units: [], missing: false };
      byProvince.set(province, entry);
    }
    entry.units.push(unitId);
    if (missing(unitId)) entry.missing = true;
  }
  for (const contact of input.supervisors) {
    const provinces = contact.unitIds.map((id) => byProvince.get(id)).filter((entry) => entry !== undefined);
    if (!provinces.some((entry) => entry.missing)) continue;
    const units = provinces.flatMap((entry) => entry.units);
    for (const chat of contact.chats) drafts.add('late', chat, contact.language ?? 'vi', units);
  }
}
