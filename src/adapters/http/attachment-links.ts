/**
 * Links to files for channels that cannot upload them (Zalo): the file is kept in the database for
 * ATTACHMENT_TTL_MS (any replica serves it) and its URL under PUBLIC_URL is returned:
 * `<PUBLIC_URL>/charts/<id>.png` or `<PUBLIC_URL>/files/<id>.xlsx` (http/file-routes.ts).
 */
import { ATTACHMENT_TTL_MS, type AttachmentStore } from '../../ports/attachment-store.js';
import type { Clock } from '../../ports/clock.js';
import type { Attachment } from '../../ports/messenger.js';
import type { RetentionStore } from '../../ports/retention.js';
import { attachmentPath } from './file-routes.js';

/** Publishes a file and gives the URL a platform or a person fetches it from. */
export interface AttachmentLinks {
  publish(attachment: Attachment): Promise<string>;
}

/** Links under `publicUrl` (PUBLIC_URL, https), the files kept in `attachments`. */
export function createAttachmentLinks(deps: { readonly attachments: AttachmentStore; readonly clock: Clock; readonly publicUrl: string }): AttachmentLinks {
  const base = deps.publicUrl.replace(/\/+$/, '');
  return {
    async publish(attachment) {
      await deps.attachments.keepAttachment(attachment, new Date(deps.clock.now().getTime() + ATTACHMENT_TTL_MS));
      return `${base}${attachmentPath(attachment)}`;
    },
  };
}

/** The retention store with the expired files pruned too (at each run, those expired before it). */
export function pruningAttachments(store: RetentionStore, attachments: AttachmentStore, clock: Clock): RetentionStore {
  return {
    async pruneOperational(cutoffs) {
      const pruned = await store.pruneOperational(cutoffs);
      return { ...pruned, attachments: await attachments.pruneAttachments(clock.now()) };
    },
  };
}
