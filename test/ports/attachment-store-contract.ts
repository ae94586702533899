/** What every attachment store does (ports/attachment-store.ts), run on memory and on PGlite. */
import { describe, expect, it } from 'vitest';
import type { AttachmentStore } from '../../src/ports/attachment-store.js';
import type { Attachment } from '../../src/ports/messenger.js';

const NOW = new Date('2026-12-06T10:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

function png(id: string, bytes = [0x89, 0x50, 0x4e, 0x47, 0, 255, 7]): Attachment {
  return { kind: 'image', id, fileName: 'bhxh-bac-kan.png', mimeType: 'image/png', bytes: new Uint8Array(bytes) };
}

export function describeAttachmentStore(name: string, open: () => Promise<{ store: AttachmentStore; close(): Promise<void> }>): void {
  describe(`attachment store (${name})`, () => {
    it('gives back the bytes kept under an id until they expire, and nothing for an unknown id', async () => {
      const { store, close } = await open();
      try {
        await store.keepAttachment(png('a1'), later(60_000));
        expect(await store.findAttachment('a1', NOW)).toEqual({
          kind: 'image',
          fileName: 'bhxh-bac-kan.png',
          mimeType: 'image/png',
          bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 7]),
        });
        expect(await store.findAttachment('a1', later(60_000))).toBeNull();
        expect(await store.findAttachment('nope', NOW)).toBeNull();
        // The same id again changes nothing.
        await store.keepAttachment(png('a1', [1, 2, 3]), later(120_000));
        expect((await store.findAttachment('a1', NOW))?.bytes).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 7]));
      } finally {
        await close();
      }
    });

    it('prunes what expired before the cutoff, nothing else', async () => {
      const { store, close } = await open();
      try {
        await store.keepAttachment(png('old'), later(-1000));
        await store.keepAttachment(png('new'), later(1000));
        expect(await store.pruneAttachments(NOW)).toBe(1);
        expect(await store.pruneAttachments(NOW)).toBe(0);
        expect(await store.findAttachment('new', NOW)).not.toBeNull();
      } finally {
        await close();
      }
    });
  });
}
