/**
 * The files a chat links to (ports/attachment-store.ts): `GET /charts/<id>.png` and `GET
 * /files/<id>.xlsx`, for Zalo, which fetches a photo by URL, and for a workbook's link in a message.
 * The id is the only key (144 random bits): an id of the wrong shape, unknown, expired or of the
 * other kind is 404, the same answer in every case.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AttachmentStore, KeptFile } from '../../ports/attachment-store.js';
import type { Clock } from '../../ports/clock.js';

/** What the routes read. */
export interface FileRoutesDeps {
  readonly attachments: Pick<AttachmentStore, 'findAttachment'>;
  readonly clock: Clock;
}

/** An id as render-chart.ts makes it (base64url), with some room. */
const ID = /^([A-Za-z0-9_-]{16,64})\.(png|xlsx)$/;

/** The path a file is served at, under the public base URL. */
export function attachmentPath(attachment: { readonly kind: KeptFile['kind']; readonly id: string }): string {
  return attachment.kind === 'image' ? `/charts/${attachment.id}.png` : `/files/${attachment.id}.xlsx`;
}

/** Adds the two routes. */
export function registerFileRoutes(app: FastifyInstance, deps: FileRoutesDeps): void {
  const serve = (kind: KeptFile['kind'], ext: 'png' | 'xlsx') => async (request: { params: unknown }, reply: FastifyReply) => {
    const name = (request.params as { name?: string }).name ?? '';
    const m = ID.exec(name);
    const file = m && m[2] === ext ? await deps.attachments.findAttachment(m[1] as string, deps.clock.now()) : null;
    if (!file || file.kind !== kind) return reply.code(404).send({ error: 'not found' });
    const disposition = kind === 'image' ? 'inline' : 'attachment';
    return reply
      .header('content-type', file.mimeType)
      .header('cache-control', 'private, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', `${disposition}; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  };
  app.get('/charts/:name', serve('image', 'png'));
  app.get('/files/:name', serve('document', 'xlsx'));
}
