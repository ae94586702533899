/** Linked files in memory (tests, and a process that keeps no database). See ports/attachment-store.ts. */
import type { AttachmentStore, KeptFile } from '../../ports/attachment-store.js';

/** An attachment store in this process's memory. */
export function createMemoryAttachments(): AttachmentStore {
  const files = new Map<string, KeptFile & { readonly expiresAt: number }>();
  return {
    async keepAttachment(a, expiresAt) {
      if (files.has(a.id)) return;
      files.set(a.id, { kind: a.kind, fileName: a.fileName, mimeType: a.mimeType, bytes: a.bytes, expiresAt: expiresAt.getTime() });
    },
    async findAttachment(id, now) {
      const file = files.get(id);
      if (!file || file.expiresAt <= now.getTime()) return null;
      const { expiresAt: _, ...kept } = file;
      return kept;
    },
    async pruneAttachments(before) {
      let n = 0;
      for (const [id, file] of files) if (file.expiresAt < before.getTime() && files.delete(id)) n += 1;
      return n;
    },
  };
}
