/**
 * One real service for a test file: a seeded database of its own with the given invites, started
 * before the file's tests, stopped and dropped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { createInvites } from './invites.js';
import type { ScriptInvite } from './scripts.js';
import { type SeededDatabases, seededDatabases } from './seeded-databases.js';
import { startTestService, type TestService, type TestServiceOptions } from './test-service.js';

/** Registers the set-up and tear-down; the returned function gives the running service. */
export function useSeededService(invites: readonly ScriptInvite[], options: Omit<TestServiceOptions, 'databaseUrl'>): () => TestService {
  let databases: SeededDatabases | undefined;
  let service: TestService | undefined;
  beforeAll(async () => {
    databases = await seededDatabases();
    const url = await databases.copy();
    await createInvites(url, invites);
    service = await startTestService({ ...options, databaseUrl: url });
  });
  afterAll(async () => {
    await service?.stop();
    await databases?.dropAll();
  });
  return () => {
    if (!service) throw new Error('the service is not started');
    return service;
  };
}
