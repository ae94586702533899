/**
 * A list of choices left open in the conversation state: places to choose from, figures to confirm, a
 * submission to undo. Its id (the state's expiry in base 36, new with every list) travels with the
 * buttons that answer it, so that a button from an earlier list is told apart from the list open now.
 */
import type { ConversationState, ConversationStore } from '../../ports/conversation-store.js';
import type { Reply } from '../message.js';
import type { AppDeps, Turn } from '../turn.js';

/** The id of the list a conversation state holds. */
export function choiceListId(state: Pick<ConversationState, 'expiresAt'>): string {
  return Date.parse(state.expiresAt).toString(36);
}

/**
 * Saves the list in the conversation state and returns the reply offering it, tagged with its id.
 * `soon`: the reply does not wait for the state to be written (ConversationStore.setConversationSoon),
 * for a list the user is not asked to answer; a write that fails is logged, and the list is then stale.
 */
export async function openChoiceList(
  turn: Turn,
  deps: AppDeps<ConversationStore>,
  state: ConversationState,
  reply: { readonly text: string; readonly choices: readonly string[] },
  soon = false,
): Promise<Reply> {
  if (!soon) await deps.store.setConversation(turn.key, state);
  else {
    deps.store.setConversationSoon(turn.key, state).catch((error: unknown) => {
      deps.log.warn({ err: error, channel: turn.key.channel, kind: state.kind }, 'choice list not saved');
    });
  }
  return { ...reply, choiceList: choiceListId(state) };
}
