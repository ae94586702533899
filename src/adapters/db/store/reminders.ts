/**
 * The ReminderStore over Prisma, assembled from its parts (schedules, holidays, contacts, chats,
 * ledger) so that the Prisma store spreads one object in.
 */
import type { ReminderStore } from '../../../ports/store.js';
import type { Database } from '../open-database.js';
import { deactivateChat, deactivateChatRef, ensurePrivateChats, linkedGroups, linkGroup, moveChat, reactivateChat, unlinkGroup } from './reminders-chats.js';
import { contacts, roleHolders } from './reminders-contacts.js';
import { listHolidays, removeHoliday, saveHoliday } from './reminders-holidays.js';
import {
  claimDelivery,
  countOpenDeliveries,
  findDelivery,
  finishDelivery,
  listDeliveries,
  listStuckDeliveries,
  planDeliveries,
  releaseDelivery,
  requeueStuckDelivery,
} from './reminders-ledger.js';
import { ensureSchedules, listSchedules, updateSchedule } from './reminders-schedules.js';

/** The reminder part of the Prisma store; the caller owns the database. */
export function createPrismaReminders(db: Pick<Database, 'prisma' | 'statements'>): ReminderStore {
  const { prisma, statements } = db;
  return {
    listSchedules: () => listSchedules(prisma),
    ensureSchedules: (defaults) => ensureSchedules(prisma, defaults),
    updateSchedule: (key, patch) => updateSchedule(prisma, key, patch),
    listHolidays: (from, to) => listHolidays(prisma, from, to),
    saveHoliday: (holiday) => saveHoliday(prisma, holiday),
    removeHoliday: (date) => removeHoliday(prisma, date),
    contacts: (unitIds, role) => contacts(prisma, unitIds, role),
    roleHolders: (unitIds, role) => roleHolders(prisma, unitIds, role),
    ensurePrivateChats: (refs) => ensurePrivateChats(prisma, refs),
    linkGroup: (ref, unitId, title) => linkGroup(prisma, ref, unitId, title),
    unlinkGroup: (ref) => unlinkGroup(prisma, ref),
    moveChat: (from, to) => moveChat(prisma, from, to),
    linkedGroups: (unitIds) => linkedGroups(prisma, unitIds),
    deactivateChat: (chatId) => deactivateChat(prisma, chatId),
    deactivateChatRef: (ref) => deactivateChatRef(prisma, ref),
    reactivateChat: (ref) => reactivateChat(statements, ref),
    planDeliveries: (keys) => planDeliveries(prisma, keys),
    findDelivery: (id) => findDelivery(prisma, id),
    claimDelivery: (id, reports) => claimDelivery(statements, id, reports),
    releaseDelivery: (id, error) => releaseDelivery(prisma, id, error),
    finishDelivery: (id, outcome) => finishDelivery(statements, id, outcome),
    listDeliveries: (filter) => listDeliveries(prisma, filter),
    countOpenDeliveries: () => countOpenDeliveries(prisma),
    listStuckDeliveries: (olderThanMs) => listStuckDeliveries(prisma, olderThanMs),
    requeueStuckDelivery: (id, olderThanMs, reason) => requeueStuckDelivery(prisma, id, olderThanMs, reason),
  };
}
