/**
 * Everything the service keeps, as one type: the narrow ports together. The Prisma store (PostgreSQL
 * or embedded PGlite) and the in-memory store implement all of them and pass the contract suites in
 * test/ports/; everything else takes only the ports it uses.
 */
import type { AuditLog } from './audit-log.js';
import type { CalendarStore } from './calendar-store.js';
import type { ChatStore } from './chat-store.js';
import type { ConversationStore } from './conversation-store.js';
import type { DeliveryLedger } from './delivery-ledger.js';
import type { FiguresStore } from './figures-store.js';
import type { FileImportStore } from './file-import-store.js';
import type { InboundStore } from './inbound-store.js';
import type { PeopleStore } from './people-store.js';
import type { PlacePicks } from './place-picks.js';
import type { RetentionStore } from './retention.js';
import type { RoleHolders } from './role-holders.js';
import type { StoreHealth } from './store-health.js';
import type { SubmissionStore } from './submission-store.js';
import type { TurnOpener } from './turn-opening.js';
import type { UnitStore } from './unit-store.js';

/** The reminders' part of the store: the calendar, the chats, who holds which role, and the ledger. */
export type ReminderStore = CalendarStore & ChatStore & RoleHolders & DeliveryLedger;

/** Units, figures, conversations, audit, people, submissions, inbound ledger and the reminders' part. */
export type Store = UnitStore &
  FiguresStore &
  FileImportStore &
  ConversationStore &
  AuditLog &
  TurnOpener &
  StoreHealth &
  PeopleStore &
  PlacePicks &
  SubmissionStore &
  InboundStore &
  RetentionStore &
  ReminderStore;
