/**
 * The chats reminders go to: private chats (created on first need, in bulk) and group chats linked to
 * a unit. Writes are INSERT … ON CONFLICT, so planners running at once never trip on the unique key.
 */

import { InvariantError } from '../../../core/errors.js';
import type { ChatRef } from '../../../core/reminders/types.js';
import type { Channel } from '../../../core/types.js';
import type { Chat as ChatRow, PrismaClient } from '../../../generated/prisma/client.js';
import type { StoredChat } from '../../../ports/chat-store.js';
import type { Statements } from '../statements.js';
import { chunks } from './mapping.js';

/** Values per IN list: far below PostgreSQL's 65,535 bind parameters. */
export const BATCH = 5_000;

const refKey = (channel: string, externalChatId: string): string => `${channel}|${externalChatId}`;

/** A chat row as the port's StoredChat. */
export function toStoredChat(row: ChatRow): StoredChat {
  return {
    id: row.id,
    channel: row.channel,
    externalChatId: row.externalChatId,
    kind: row.kind,
    title: row.title,
    unitId: row.unitId,
    active: row.active,
  };
}

/** The stored chats with these references (any kind), by channel and external id, a few queries in all. */
export async function findChats(prisma: PrismaClient, refs: readonly ChatRef[]): Promise<Map<string, ChatRow>> {
  const byChannel = new Map<Channel, Set<string>>();
  for (const ref of refs) byChannel.set(ref.channel, (byChannel.get(ref.channel) ?? new Set()).add(ref.externalChatId));
  const found = new Map<string, ChatRow>();
  for (const [channel, ids] of byChannel) {
    for (const part of chunks([...ids], BATCH)) {
      const rows = await prisma.chat.findMany({ where: { channel, externalChatId: { in: part } } });
      for (const row of rows) found.set(refKey(row.channel, row.externalChatId), row);
    }
  }
  return found;
}

/**
 * See ReminderStore.ensurePrivateChats: one result per reference, in their order. The insert is
 * createMany's INSERT … ON CONFLICT DO NOTHING written out over unnest(): one array per column instead
 * of a bind parameter per value, measured 10–20 times faster than createMany for 5,000 rows on
 * PGlite, and free of PostgreSQL's 65,535-parameter limit.
 */
export async function ensurePrivateChats(prisma: PrismaClient, refs: readonly ChatRef[]): Promise<StoredChat[]> {
  if (refs.length === 0) return [];
  // Sorted, so that two planners inserting overlapping chats at once lock them in the same order (no deadlock).
  const unique = [...new Map(refs.map((r) => [refKey(r.channel, r.externalChatId), r])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
  await prisma.$executeRaw`
    INSERT INTO "chat" ("channel", "external_chat_id", "kind")
    SELECT t.channel::"Channel", t.external_chat_id, 'private'::"ChatKind"
    FROM unnest(${unique.map((r) => r.channel)}::text[], ${unique.map((r) => r.externalChatId)}::text[])
      AS t(channel, external_chat_id)
    ON CONFLICT DO NOTHING`;
  const found = await findChats(prisma, unique);
  return refs.map((ref) => {
    const row = found.get(refKey(ref.channel, ref.externalChatId));
    if (!row) throw new InvariantError(`Chat ${refKey(ref.channel, ref.externalChatId)} vanished while it was being created.`);
    return toStoredChat(row);
  });
}

/** See ReminderStore.linkGroup. */
export async function linkGroup(prisma: PrismaClient, ref: ChatRef, unitId: number, title: string | null): Promise<StoredChat> {
  const fields = { kind: 'group' as const, unitId, title, active: true };
  const row = await prisma.chat.upsert({
    where: { channel_externalChatId: { channel: ref.channel, externalChatId: ref.externalChatId } },
    create: { channel: ref.channel, externalChatId: ref.externalChatId, ...fields },
    update: fields,
  });
  return toStoredChat(row);
}

/** See ReminderStore.unlinkGroup. */
export async function unlinkGroup(prisma: PrismaClient, ref: ChatRef): Promise<boolean> {
  const { count } = await prisma.chat.updateMany({
    where: { channel: ref.channel, externalChatId: ref.externalChatId, kind: 'group', unitId: { not: null } },
    data: { unitId: null },
  });
  return count > 0;
}

/** See ReminderStore.moveChat: one transaction, so that a redelivered migration finds nothing left to move. */
export async function moveChat(prisma: PrismaClient, from: ChatRef, to: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const key = (externalChatId: string) => ({ channel_externalChatId: { channel: from.channel, externalChatId } });
    const old = await tx.chat.findUnique({ where: key(from.externalChatId) });
    if (!old || from.externalChatId === to) return false;
    const existing = await tx.chat.findUnique({ where: key(to) });
    if (!existing) {
      await tx.chat.update({ where: { id: old.id }, data: { externalChatId: to, active: true } });
      return true;
    }
    await tx.chat.update({
      where: { id: existing.id },
      data: { kind: old.kind, unitId: existing.unitId ?? old.unitId, title: existing.title ?? old.title, active: true },
    });
    await tx.chat.update({ where: { id: old.id }, data: { unitId: null, active: false } });
    return true;
  });
}

/** See ReminderStore.linkedGroups: ordered by id (the order they were first stored). */
export async function linkedGroups(prisma: PrismaClient, unitIds: readonly number[]): Promise<StoredChat[]> {
  const rows: ChatRow[] = [];
  for (const part of chunks([...new Set(unitIds)], BATCH)) {
    rows.push(...(await prisma.chat.findMany({ where: { kind: 'group', active: true, unitId: { in: part } } })));
  }
  return rows.sort((a, b) => a.id - b.id).map(toStoredChat);
}

/** See ReminderStore.deactivateChat; an unknown id changes nothing (the chat may never have been stored). */
export async function deactivateChat(prisma: PrismaClient, chatId: number): Promise<void> {
  await prisma.chat.updateMany({ where: { id: chatId }, data: { active: false } });
}

/** See ReminderStore.deactivateChatRef: true when a chat is stored under the reference (active or not). */
export async function deactivateChatRef(prisma: PrismaClient, ref: ChatRef): Promise<boolean> {
  const { count } = await prisma.chat.updateMany({ where: { channel: ref.channel, externalChatId: ref.externalChatId }, data: { active: false } });
  return count > 0;
}

const REACTIVATE = {
  name: 'chat_reactivate',
  text: `UPDATE chat SET active = true WHERE channel = $1::"Channel" AND external_chat_id = $2 AND active = false`,
};

/**
 * See ReminderStore.reactivateChat; a chat not stored yet is created active when first needed. On
 * the driver (../statements.ts): it runs for a chat's first message in a while.
 */
export async function reactivateChat(sql: Statements, ref: ChatRef): Promise<void> {
  await sql.run(REACTIVATE, [ref.channel, ref.externalChatId]);
}
