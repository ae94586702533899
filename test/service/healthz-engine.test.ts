/**
 * /healthz on the embedded database: it carries the engine's liveness (a SELECT 1
 * within a short limit, engine-liveness.ts), and says unhealthy (503) once the engine stops answering,
 * here because it was closed under the running service; /readyz says not ready too. With no engine
 * inside the process (PostgreSQL) /healthz stays the bare "ok" (test/adapters/http/server.test.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pino } from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startService } from '../../src/composition/start-service.js';
import { createConfig } from '../../src/config.js';
import { freePort } from '../setup/free-port.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('/healthz with the embedded database', () => {
  it('is healthy while the engine answers and unhealthy once it stops', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'baophu-healthz-'));
    dirs.push(dataDir);
    // The service's engine, caught as it is created, so that the test can break it.
    const engines: PGlite[] = [];
    const create = PGlite.create.bind(PGlite);
    const spy = vi.spyOn(PGlite, 'create').mockImplementation(async (...args: Parameters<typeof PGlite.create>) => {
      const engine = await create(...args);
      engines.push(engine);
      return engine;
    });
    const fatal: string[] = [];
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const port = await freePort();
    const log = pino({ level: 'fatal' }, { write: (line: string) => void fatal.push(line) });
    const stop = await startService(createConfig({ DATA_DIR: dataDir, PORT: String(port) }), log);
    try {
      const base = `http://127.0.0.1:${port}`;
      const healthy = await fetch(`${base}/healthz`);
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toEqual({ status: 'ok', checks: { database: true } });

      const running = engines.filter((engine) => !engine.closed);
      expect(running).toHaveLength(1);
      await running[0]?.close();
      // Past the cached answer's freshness: the next probe meets the closed engine.
      await new Promise((resolve) => setTimeout(resolve, 5_100));
      const sick = await fetch(`${base}/healthz`);
      expect(sick.status).toBe(503);
      expect(await sick.json()).toEqual({ status: 'unhealthy', checks: { database: false } });
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      // And the closed engine was recognised as fatal: one fatal line, exit 70.
      expect(fatal.some((line) => line.includes('embedded database engine failed and cannot recover'))).toBe(true);
      expect(exit).toHaveBeenCalledWith(70);
    } finally {
      exit.mockRestore();
      spy.mockRestore();
      await stop();
    }
  }, 90_000);
});
