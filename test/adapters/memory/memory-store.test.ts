import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { describeStoreContract } from '../../ports/store-contract.js';

describeStoreContract('memory', async () => ({ store: createMemoryStore(), close: async () => {} }));
