import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../src/adapters/db/open-store.js';
import { createConfig } from '../../../src/config.js';
import { describeRoundTrip } from './round-trip.js';

describeRoundTrip('Prisma on PGlite', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'baophu-roundtrip-'));
  const opened = await openStore(createConfig({ DATA_DIR: dataDir }));
  return {
    store: opened.store,
    close: async () => {
      await opened.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});
