/**
 * What the Zalo Bot API methods return, read leniently from the `result` of an answer: a field the
 * platform leaves out becomes null rather than failing a call that has already taken effect.
 */
import { isRecord, type JsonRecord, readId, readNumber, readString } from './zalo-json.js';

/** getMe: the bot's account. */
export interface ZaloBotInfo {
  readonly id: string | null;
  readonly accountName: string | null;
  readonly accountType: string | null;
  readonly canJoinGroups: boolean;
}

/** setWebhook, deleteWebhook, getWebhookInfo: the webhook now configured ('' when none). */
export interface ZaloWebhookInfo {
  readonly url: string;
  /** Milliseconds since the epoch, as the platform reports it. */
  readonly updatedAt: number | null;
}

/** sendMessage, sendPhoto: the message the platform created. */
export interface ZaloSentMessage {
  readonly messageId: string | null;
  /** Milliseconds since the epoch, as the platform reports it. */
  readonly date: number | null;
}

/** Chat actions the platform knows ("upload_photo" is announced as coming soon). */
export type ZaloChatAction = 'typing' | 'upload_photo';

const EMPTY: JsonRecord = {};

function recordOf(result: unknown): JsonRecord {
  return isRecord(result) ? result : EMPTY;
}

/** Reads a getMe result. */
export function toBotInfo(result: unknown): ZaloBotInfo {
  const r = recordOf(result);
  return {
    id: readId(r, 'id'),
    accountName: readString(r, 'account_name'),
    accountType: readString(r, 'account_type'),
    canJoinGroups: r.can_join_groups === true,
  };
}

/** Reads a setWebhook, deleteWebhook or getWebhookInfo result. */
export function toWebhookInfo(result: unknown): ZaloWebhookInfo {
  const r = recordOf(result);
  return { url: readString(r, 'url') ?? '', updatedAt: readNumber(r, 'updated_at') };
}

/** Reads a sendMessage or sendPhoto result. */
export function toSentMessage(result: unknown): ZaloSentMessage {
  const r = recordOf(result);
  return { messageId: readId(r, 'message_id'), date: readNumber(r, 'date') };
}
