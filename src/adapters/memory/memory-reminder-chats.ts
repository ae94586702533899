/** The in-memory chats reminders go to: private chats created on first need, group chats linked to a unit. */
import type { ChatRef } from '../../core/reminders/types.js';
import type { StoredChat } from '../../ports/chat-store.js';
import type { ReminderStore } from '../../ports/store.js';
import { type MemoryTables, replaceRow, requireUnitId } from './memory-tables.js';

type ChatMethods = Pick<
  ReminderStore,
  'ensurePrivateChats' | 'linkGroup' | 'unlinkGroup' | 'moveChat' | 'linkedGroups' | 'deactivateChat' | 'deactivateChatRef' | 'reactivateChat'
>;

const refKey = (ref: ChatRef): string => `${ref.channel}|${ref.externalChatId}`;

/** The chats part of the memory ReminderStore, and its rows (read by contacts and the ledger). */
export function createMemoryChats(tables: MemoryTables): { readonly methods: ChatMethods; readonly chats: readonly StoredChat[] } {
  // Ids are positions + 1 (rows are never deleted, the ledger relies on it); the index makes 10,000 look-ups cheap.
  const chats: StoredChat[] = [];
  const idOf = new Map<string, number>();
  const find = (ref: ChatRef): StoredChat | undefined => {
    const id = idOf.get(refKey(ref));
    return id === undefined ? undefined : chats[id - 1];
  };
  const insert = (chat: Omit<StoredChat, 'id'>): StoredChat => {
    const row = { id: chats.length + 1, ...chat };
    chats.push(row);
    idOf.set(refKey(row), row.id);
    return row;
  };

  const methods: ChatMethods = {
    async ensurePrivateChats(refs) {
      return refs.map((ref) => ({
        ...(find(ref) ??
          insert({
            channel: ref.channel,
            externalChatId: ref.externalChatId,
            kind: 'private',
            title: null,
            unitId: null,
            active: true,
          })),
      }));
    },

    async linkGroup(ref, unitId, title) {
      requireUnitId(tables, unitId);
      const fields = { kind: 'group' as const, unitId, title, active: true };
      const existing = find(ref);
      if (!existing) return { ...insert({ channel: ref.channel, externalChatId: ref.externalChatId, ...fields }) };
      const row = { ...existing, ...fields };
      replaceRow(chats, row);
      return { ...row };
    },

    async unlinkGroup(ref) {
      const existing = find(ref);
      if (existing?.kind !== 'group' || existing.unitId === null) return false;
      replaceRow(chats, { ...existing, unitId: null });
      return true;
    },

    async moveChat(from, to) {
      const old = find(from);
      if (!old || from.externalChatId === to) return false;
      const existing = find({ channel: from.channel, externalChatId: to });
      if (!existing) {
        idOf.delete(refKey(old));
        replaceRow(chats, { ...old, externalChatId: to, active: true });
        idOf.set(refKey({ channel: from.channel, externalChatId: to }), old.id);
        return true;
      }
      replaceRow(chats, {
        ...existing,
        kind: old.kind,
        unitId: existing.unitId ?? old.unitId,
        title: existing.title ?? old.title,
        active: true,
      });
      replaceRow(chats, { ...old, unitId: null, active: false });
      return true;
    },

    async linkedGroups(unitIds) {
      const wanted = new Set(unitIds);
      return chats.filter((c) => c.kind === 'group' && c.active && c.unitId !== null && wanted.has(c.unitId)).map((c) => ({ ...c }));
    },

    // Like the database's UPDATE … WHERE: an unknown chat changes nothing.
    async deactivateChat(chatId) {
      const existing = chats.find((c) => c.id === chatId);
      if (existing) replaceRow(chats, { ...existing, active: false });
    },

    async deactivateChatRef(ref) {
      const existing = find(ref);
      if (existing) replaceRow(chats, { ...existing, active: false });
      return existing !== undefined;
    },

    async reactivateChat(ref) {
      const existing = find(ref);
      if (existing) replaceRow(chats, { ...existing, active: true });
    },
  };
  return { methods, chats };
}
