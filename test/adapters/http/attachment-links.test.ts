/** Links to kept files, and the retention run that deletes the expired ones with the other rows. */
import { describe, expect, it } from 'vitest';
import { createAttachmentLinks, pruningAttachments } from '../../../src/adapters/http/attachment-links.js';
import { createMemoryAttachments } from '../../../src/adapters/memory/memory-attachments.js';
import { ATTACHMENT_TTL_MS } from '../../../src/ports/attachment-store.js';
import { retentionCutoffs } from '../../../src/ports/retention.js';
import { manualClock } from '../../support/manual-clock.js';

const png = (id: string) => ({ kind: 'image' as const, id, fileName: 'a.png', mimeType: 'image/png', bytes: new Uint8Array([1, 2]) });

describe('attachment links', () => {
  it('keep the file for a day and give its URL under PUBLIC_URL (a trailing slash or not)', async () => {
    const clock = manualClock('2026-12-06T03:00:00Z');
    const attachments = createMemoryAttachments();
    const links = createAttachmentLinks({ attachments, clock, publicUrl: 'https://bot.example.vn//' });
    expect(await links.publish(png('abcdefghijklmnopqrstuvwx'))).toBe('https://bot.example.vn/charts/abcdefghijklmnopqrstuvwx.png');
    expect(await links.publish({ ...png('xlsxabcdefghijklmnopqrs'), kind: 'document' })).toBe('https://bot.example.vn/files/xlsxabcdefghijklmnopqrs.xlsx');
    clock.advance(ATTACHMENT_TTL_MS - 1);
    expect(await attachments.findAttachment('abcdefghijklmnopqrstuvwx', clock.now())).not.toBeNull();
    clock.advance(1);
    expect(await attachments.findAttachment('abcdefghijklmnopqrstuvwx', clock.now())).toBeNull();
  });

  it('are pruned by the retention run once expired, beside what the store prunes', async () => {
    const clock = manualClock('2026-12-06T03:00:00Z');
    const attachments = createMemoryAttachments();
    await createAttachmentLinks({ attachments, clock, publicUrl: 'https://bot.example.vn' }).publish(png('old-file-id-000000000001'));
    clock.advance(ATTACHMENT_TTL_MS + 1);
    await createAttachmentLinks({ attachments, clock, publicUrl: 'https://bot.example.vn' }).publish(png('new-file-id-000000000002'));
    const store = { pruneOperational: async () => ({ inbound: 3, conversations: 2 }) };
    const retention = pruningAttachments(store, attachments, clock);
    expect(await retention.pruneOperational(retentionCutoffs(clock.now()))).toEqual({ inbound: 3, conversations: 2, attachments: 1 });
    expect(await attachments.findAttachment('new-file-id-000000000002', clock.now())).not.toBeNull();
  });
});
