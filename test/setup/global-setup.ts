/**
 * Vitest global set-up: one PostgreSQL (TEST_DATABASE_URL, or a throwaway cluster) and, when installed,
 * one throwaway Redis for the whole run. Their URLs reach the tests through inject(); each test file
 * that needs PostgreSQL creates its own database (test/support/postgres.ts) so files run in parallel.
 * An empty URL means "not available": unit tests still run and integration tests fail with a clear message.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startThrowawayPostgres } from './throwaway-postgres.js';
import { findRedisServer, startThrowawayRedis } from './throwaway-redis.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test PostgreSQL (a database to CREATE DATABASE from), or '' if none. */
    postgresUrl: string;
    /** URL of the test Redis, or '' if redis-server is not installed. */
    redisUrl: string;
  }
}

/** Starts the servers, provides their URLs and returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: Array<() => void | Promise<void>> = [];
  const teardown = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    let postgresUrl = process.env.TEST_DATABASE_URL ?? '';
    const bin = postgresUrl ? null : findPostgresBin();
    if (bin) {
      const postgres = await startThrowawayPostgres(bin);
      stops.push(() => postgres.stop());
      postgresUrl = postgres.url;
    }
    project.provide('postgresUrl', postgresUrl);

    const redisServer = findRedisServer();
    let redisUrl = '';
    if (redisServer) {
      const redis = await startThrowawayRedis(redisServer);
      stops.push(() => redis.stop());
      redisUrl = redis.url;
    }
    project.provide('redisUrl', redisUrl);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
