/**
 * "hoan tac" / "undo": withdraws the sender's last submission when it was recorded at most ten
 * minutes ago (by the application's clock), making the version it replaced active again. Answering
 * the receipt's offer (its button, or "1") withdraws the submission of that receipt, and only while it
 * is still the sender's last.
 */

import { UNDO_MINUTES } from '../../core/submission/receipt.js';
import { composeNothingToUndo, composeUndone, composeUndoTooLate } from '../../core/submission/replies.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { SubmissionStore, SubmissionVersion } from '../../ports/submission-store.js';
import { commandLanguage, commandWords } from '../command-word.js';
import type { Feature } from '../turn.js';
import { UNDO_OFFER, type UndoOffer } from './submissions.js';

const UNDO = new Set(['hoan tac', 'hoantac', 'undo']);

/** Whether `now` is at most UNDO_MINUTES after the version's createdAt (recorded by the application's clock). */
function withinWindow(version: SubmissionVersion, now: Date): boolean {
  return now.getTime() - Date.parse(version.createdAt) <= UNDO_MINUTES * 60_000;
}

/** Withdraws the last submission within the undo window. */
export const undo: Feature<ConversationStore & AuditLog & SubmissionStore> = async (turn, deps) => {
  const words = commandWords(turn.text);
  if (words === null || (!UNDO.has(words) && words !== '1')) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  const offer = state?.kind === UNDO_OFFER ? (state.payload as UndoOffer) : null;
  // "1" answers the offer; with no offer open it belongs to another list.
  if (words === '1' && !offer) return null;
  const person = turn.speaker.person;
  const lang = words === '1' && offer ? offer.language : commandLanguage(turn, words === 'undo');
  const last = person ? await deps.store.findLastSubmissionBy(person.id) : null;
  const answersOffer = words === '1' || turn.message.choiceList !== undefined;
  if (offer) await deps.store.clearConversation(turn.key);
  if (!person || !last || last.period === null || (answersOffer && last.id !== offer?.reportId)) {
    return { text: composeNothingToUndo(lang) };
  }
  const unit = deps.units().get(last.unitId);
  const label = unit ? describeUnit(unit, deps.units(), lang) : String(last.unitId);
  if (!withinWindow(last, turn.now)) {
    return { text: composeUndoTooLate(lang, label, last.period) };
  }
  const result = await deps.store.withdrawSubmission(last.id);
  if (!result) return { text: composeNothingToUndo(lang) };
  await deps.store.appendAudit({
    at: turn.now.toISOString(),
    action: 'undo',
    channel: turn.message.channel,
    actorId: person.id,
    unitId: last.unitId,
    reportId: last.id,
    rawText: turn.text,
    details: { period: last.period, version: last.version, restored: result.restored?.id ?? null },
  });
  return { text: composeUndone(lang, label, last.period, last.version, result.restored?.version ?? null) };
};
