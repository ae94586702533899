import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/adapters/db/open-database.js';
import { createDbAttachments } from '../../../src/adapters/db/store/attachments.js';
import { createMemoryAttachments } from '../../../src/adapters/memory/memory-attachments.js';
import { describeAttachmentStore } from '../../ports/attachment-store-contract.js';

describeAttachmentStore('memory', async () => ({ store: createMemoryAttachments(), close: async () => {} }));

describeAttachmentStore('PGlite', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'baophu-attachments-'));
  const db = await openDatabase({ dataDir });
  return {
    store: createDbAttachments(db.statements),
    async close() {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});
