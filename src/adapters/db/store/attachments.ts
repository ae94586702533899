/**
 * Linked files (ports/attachment-store.ts) in the `attachment` table, on the driver (../statements.ts):
 * a PNG or an XLSX of up to a few hundred kilobytes as bytea, its id the primary key.
 */
import type { AttachmentStore, KeptFile } from '../../../ports/attachment-store.js';
import { isoInstant, type Statements } from '../statements.js';

const KEEP = {
  name: 'attachment_keep',
  text: `INSERT INTO attachment (id, kind, file_name, mime_type, bytes, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamp(3), $7::timestamp(3)) ON CONFLICT (id) DO NOTHING`,
};

const FIND = {
  name: 'attachment_find',
  text: `SELECT kind, file_name, mime_type, bytes, ${isoInstant('expires_at')} AS expires_at FROM attachment WHERE id = $1`,
};

const PRUNE = 'DELETE FROM attachment WHERE expires_at < $1::timestamp(3)';

interface Row {
  readonly kind: KeptFile['kind'];
  readonly file_name: string;
  readonly mime_type: string;
  readonly bytes: Uint8Array;
  readonly expires_at: string;
}

/** The attachment store over the database's statements. */
export function createDbAttachments(sql: Statements): AttachmentStore {
  return {
    async keepAttachment(a, expiresAt) {
      const bytes = Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength);
      await sql.run(KEEP, [a.id, a.kind, a.fileName, a.mimeType, bytes, expiresAt.toISOString(), new Date().toISOString()]);
    },
    async findAttachment(id, now) {
      const { rows } = await sql.run<Row>(FIND, [id]);
      const row = rows[0];
      if (!row || Date.parse(row.expires_at) <= now.getTime()) return null;
      return { kind: row.kind, fileName: row.file_name, mimeType: row.mime_type, bytes: new Uint8Array(row.bytes) };
    },
    async pruneAttachments(before) {
      const { rows } = await sql.run<{ n: number }>(
        { name: 'attachment_prune_count', text: `WITH gone AS (${PRUNE} RETURNING 1) SELECT count(*)::int AS n FROM gone` },
        [before.toISOString()],
      );
      return rows[0]?.n ?? 0;
    },
  };
}
