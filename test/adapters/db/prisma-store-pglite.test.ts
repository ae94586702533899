import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/adapters/db/open-database.js';
import { createPrismaStore } from '../../../src/adapters/db/prisma-store.js';
import { describeStoreContract } from '../../ports/store-contract.js';

describeStoreContract('prisma on PGlite', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'baophu-pglite-'));
  const db = await openDatabase({ dataDir });
  return {
    store: createPrismaStore(db),
    async close() {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});
