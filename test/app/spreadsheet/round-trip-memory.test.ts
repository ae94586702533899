import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { describeRoundTrip } from './round-trip.js';

describeRoundTrip('memory', async () => ({ store: createMemoryStore(), close: async () => {} }));
