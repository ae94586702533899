/**
 * A pressed button answers only the list it came with. A button from an earlier list (a newer question
 * replaced it, it was answered already, or it expired) gets a short note instead of answering
 * whatever list is open now; typed answers are not concerned. In a group, the press may be another
 * member's (a list belongs to the one who asked), so the note is for the presser alone.
 */
import { composeStaleButton } from '../../core/replies/choice-lines.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { Feature } from '../turn.js';
import { choiceListId } from './choice-list.js';

/** Stops a press whose list is no longer the chat's open list; lets the others through. */
export const staleButton: Feature<ConversationStore> = async (turn, deps) => {
  const list = turn.message.choiceList;
  if (list === undefined) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (state && choiceListId(state) === list) return null;
  return { text: composeStaleButton(turn.language), senderOnly: true };
};
