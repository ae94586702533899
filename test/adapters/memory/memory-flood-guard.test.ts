import { createMemoryFloodGuard } from '../../../src/adapters/memory/memory-flood-guard.js';
import { CONTRACT_FLOOD_POLICY, describeFloodGuardContract } from '../../ports/flood-guard-contract.js';

describeFloodGuardContract('in memory', async () => ({ guard: createMemoryFloodGuard(CONTRACT_FLOOD_POLICY), close: async () => {} }));
