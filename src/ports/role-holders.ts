/**
 * Who holds a role for a unit and where the bot can write to them: the recipients of reminders, and
 * the answer to "can anyone for this unit be reached, and if not why".
 */
import type { ChatRef, Contact } from '../core/reminders/types.js';
import type { Role } from '../core/types.js';

/**
 * A person holding a role, with every private chat the bot could write to on Telegram and Zalo: the
 * ones still open (`chats`, as `contacts` gives them) and the ones stored inactive (`blockedChats`:
 * the platform refused the bot, the person blocked it). Console identities are in neither.
 */
export interface RoleHolder extends Contact {
  readonly blockedChats: readonly ChatRef[];
}

/** A role holder as `contacts` gives it: the blocked chats dropped (both stores derive contacts this way). */
export function asContact(holder: RoleHolder): Contact {
  const { personId, displayName, language, unitIds, chats } = holder;
  return { personId, displayName, language, unitIds, chats };
}

export interface RoleHolders {
  /**
   * People holding `role` (active assignments) for any of these units, each once with the units they
   * hold it for and their private chats on Telegram and Zalo (a private chat's id is the user's id on
   * both platforms; console identities are left out). Chats marked inactive are left out too.
   */
  contacts(unitIds: readonly number[], role: Role): Promise<Contact[]>;
  /**
   * The same people as `contacts`, in the same order, each also with the private chats left out
   * because they are inactive: enough to tell, for a unit, whether anyone can be reached and if not
   * why (no holder, holders known only on the console, or holders who blocked the bot).
   */
  roleHolders(unitIds: readonly number[], role: Role): Promise<RoleHolder[]>;
}
