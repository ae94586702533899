import { withFiguresCache } from '../../../src/adapters/db/figures-cache.js';
import { describeStoreContract } from '../../ports/store-contract.js';
import { openPostgresStore } from '../../support/postgres.js';

describeStoreContract('prisma on PostgreSQL', openPostgresStore);

// As the service runs it (src/adapters/db/open-store.ts): the cache must not change any answer.
describeStoreContract('prisma on PostgreSQL behind the figures cache', async () => {
  const opened = await openPostgresStore();
  return { store: withFiguresCache(opened.store), close: () => opened.close() };
});
