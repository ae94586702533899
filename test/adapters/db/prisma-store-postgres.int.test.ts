import { openDatabase } from '../../../src/adapters/db/open-database.js';
import { createPrismaStore } from '../../../src/adapters/db/prisma-store.js';
import { describeStoreContract } from '../../ports/store-contract.js';
import { dropPostgresDatabase, freshPostgresUrl } from '../../support/postgres.js';

describeStoreContract('prisma on PostgreSQL', async () => {
  const databaseUrl = await freshPostgresUrl();
  const db = await openDatabase({ databaseUrl, dataDir: '' });
  return {
    store: createPrismaStore(db.prisma),
    async close() {
      await db.close();
      await dropPostgresDatabase(databaseUrl);
    },
  };
});
