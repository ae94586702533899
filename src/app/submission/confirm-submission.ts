/**
 * Answers to figures held for confirmation: "xac nhan" (or "/xacnhan", "confirm", the first button)
 * records them; "huy" (or "/huy", "cancel", the second button) drops them. The held figures live in
 * the conversation state for 30 minutes, so any replica can take the answer.
 */
import { composeCancelled, composeNoAssignment, composeNothingToConfirm } from '../../core/submission/replies.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { SubmissionStore } from '../../ports/submission-store.js';
import { canSubmitFor } from '../access/roles.js';
import { commandLanguage, commandWords } from '../command-word.js';
import type { Feature } from '../turn.js';
import { refusedKeys } from './submission-unit.js';
import { type PendingSubmission, recordSubmission } from './submissions.js';
import { CONFIRM_KIND } from './submit.js';

const CONFIRM = new Set(['xac nhan', 'xacnhan', 'confirm', 'dong y']);
const CANCEL = new Set(['huy', 'cancel', 'huy bo']);
const ENGLISH = new Set(['confirm', 'cancel']);
/** Button answers: the choices are [confirm, cancel]. */
const NUMBERED: Readonly<Record<string, 'confirm' | 'cancel'>> = { '1': 'confirm', '2': 'cancel' };

/** Records or drops held figures. */
export const confirmSubmission: Feature<FiguresStore & ConversationStore & SubmissionStore> = async (turn, deps) => {
  const words = commandWords(turn.text);
  if (words === null) return null;
  const answer = CONFIRM.has(words) ? 'confirm' : CANCEL.has(words) ? 'cancel' : NUMBERED[words];
  if (!answer) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (!state || state.kind !== CONFIRM_KIND) {
    // A bare number then belongs to another list (a choice of places); a word means we lost the held figures.
    return NUMBERED[words] ? null : { text: composeNothingToConfirm(commandLanguage(turn, ENGLISH.has(words))) };
  }
  const pending = state.payload as PendingSubmission;
  const lang = pending.language;
  await deps.store.clearConversation(turn.key);
  if (answer === 'cancel') return { text: composeCancelled(lang) };

  const person = turn.speaker.person;
  const unit = deps.units().get(pending.unitId);
  // Assignments may have changed in the 30 minutes: check again, keys included (a focal point's role
  // revoked leaves a statistics office that may send only its denominators).
  const allowed = turn.speaker.localAdmin || (canSubmitFor(person, pending.unitId) && refusedKeys(turn.speaker, pending.unitId, pending.counts).length === 0);
  if (!person || !unit || !allowed) return { text: composeNoAssignment(lang) };
  return recordSubmission(turn, deps, person.id, unit, pending);
};
