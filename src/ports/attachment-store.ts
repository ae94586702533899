/**
 * Files kept for a while so that a channel that cannot upload (Zalo) can link to them: a chart's PNG
 * at PUBLIC_URL/charts/<id>.png, a workbook at PUBLIC_URL/files/<id>.xlsx. In the database, so that
 * whichever replica the platform's fetch reaches has them; expired ones are not served and the
 * retention job deletes them (ATTACHMENT_TTL_MS after they were kept).
 */
import type { Attachment } from './messenger.js';

/** How long a linked file stays: a day, time enough to open a chart from the chat's notification. */
export const ATTACHMENT_TTL_MS = 24 * 3600 * 1000;

/** A kept file as served. */
export interface KeptFile {
  readonly kind: Attachment['kind'];
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface AttachmentStore {
  /** Keeps the file under its id until `expiresAt`; the same id again changes nothing. */
  keepAttachment(attachment: Attachment, expiresAt: Date): Promise<void>;
  /** The file, or null when there is none under `id` or it expired at or before `now`. */
  findAttachment(id: string, now: Date): Promise<KeptFile | null>;
  /** Deletes the files that expired before `before`; returns how many went. */
  pruneAttachments(before: Date): Promise<number>;
}
