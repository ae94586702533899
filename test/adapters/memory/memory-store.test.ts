import { withFiguresCache } from '../../../src/adapters/db/figures-cache.js';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { describeStoreContract } from '../../ports/store-contract.js';

describeStoreContract('memory', async () => ({ store: createMemoryStore(), close: async () => {} }));

// The cache must not change what the store answers, whatever the order of writes and reads.
describeStoreContract('memory behind the figures cache', async () => ({ store: withFiguresCache(createMemoryStore()), close: async () => {} }));
