/**
 * Databases for the conversation tests, each starting migrated and holding the reference data of
 * data/. Seeding takes seconds, so it happens once per test file into a template database; every
 * channel set-up then gets a copy of the template (CREATE DATABASE … TEMPLATE, a file copy).
 */
import { resolve } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore } from '../../src/adapters/db/open-store.js';
import { createConfig } from '../../src/config.js';
import { seedReferenceData } from '../../src/import/seed.js';
import { dropPostgresDatabase, freshPostgresUrl } from '../support/postgres.js';

const DATA = resolve(import.meta.dirname, '../../data');

/** Hands out seeded databases; `dropAll` removes them and the template. */
export interface SeededDatabases {
  /** The URL of a new database with the reference data. */
  copy(): Promise<string>;
  dropAll(): Promise<void>;
}

let copies = 0;

/** Creates and seeds the template; the caller must call `dropAll`. */
export async function seededDatabases(): Promise<SeededDatabases> {
  const template = await freshPostgresUrl();
  const opened = await openStore(createConfig({ DATABASE_URL: template }));
  try {
    await seedReferenceData(opened.store, DATA);
  } finally {
    await opened.close();
  }
  const made: string[] = [];
  return {
    async copy() {
      const url = new URL(template);
      const templateName = decodeURIComponent(url.pathname.slice(1));
      const name = `${templateName}_c${++copies}`;
      const admin = new pg.Client({ connectionString: inject('postgresUrl') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
      } finally {
        await admin.end();
      }
      url.pathname = `/${name}`;
      made.push(url.toString());
      return url.toString();
    },
    async dropAll() {
      for (const url of [...made, template]) await dropPostgresDatabase(url);
    },
  };
}
