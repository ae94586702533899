/**
 * The chats the service knows: people's private chats with the bot and group chats linked to a unit,
 * with whether the bot may still write there.
 */
import type { ChatRef } from '../core/reminders/types.js';

/** A chat the service knows. */
export interface StoredChat extends ChatRef {
  readonly id: number;
  readonly kind: 'private' | 'group';
  readonly title: string | null;
  /** The unit a group chat is linked to (its digests are about the units under it). */
  readonly unitId: number | null;
  /** False once the platform said the bot may no longer write there. */
  readonly active: boolean;
}

export interface ChatStore {
  /**
   * The stored chats for these references, creating missing ones as private chats (a person's chat
   * with the bot). One call for many chats (planning for 10,000 recipients makes a few queries).
   */
  ensurePrivateChats(refs: readonly ChatRef[]): Promise<StoredChat[]>;
  /** Links a group chat to a unit (creating or updating it, active again); returns it. */
  linkGroup(ref: ChatRef, unitId: number, title: string | null): Promise<StoredChat>;
  /** Unlinks a group chat; false when it was not linked. */
  unlinkGroup(ref: ChatRef): Promise<boolean>;
  /**
   * A group became a supergroup under a new id (Telegram's migrate_to_chat_id): the stored chat moves
   * to it, keeping its unit link. When a chat is stored under the new id already, that one takes the
   * link (unless it has one) and the old chat is unlinked and marked inactive. False when no chat was
   * stored under the old id.
   */
  moveChat(from: ChatRef, toExternalChatId: string): Promise<boolean>;
  /** Active group chats linked to any of these units. */
  linkedGroups(unitIds: readonly number[]): Promise<StoredChat[]>;
  /** Marks a chat inactive (the user blocked the bot, the bot left the group). */
  deactivateChat(chatId: number): Promise<void>;
  /**
   * Marks the chat stored under this reference inactive, at once (the bot was removed from the group,
   * the person blocked it: Telegram's my_chat_member); false when no chat is stored under it.
   */
  deactivateChatRef(ref: ChatRef): Promise<boolean>;
  /** Marks a chat active again (the person wrote to the bot again). */
  reactivateChat(ref: ChatRef): Promise<void>;
}
