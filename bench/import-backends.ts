/** The import lines of the bench on PGlite (in `dataDir`) and on PostgreSQL (`databaseUrl`), each filled with the national units first. */
import { type Database, openDatabase } from '../src/adapters/db/open-database.js';
import { createPrismaStore } from '../src/adapters/db/prisma-store.js';
import { loadUnitDirectory } from '../src/app/units/unit-directory.js';
import { fillDatabase } from './fill-database.js';
import { benchImport, importLine } from './spreadsheet-import.js';

async function on(name: string, db: Database): Promise<string> {
  try {
    const store = createPrismaStore(db);
    await fillDatabase(store);
    const directory = await loadUnitDirectory(store);
    return importLine(name, await benchImport(store, directory.current()));
  } finally {
    await db.close();
  }
}

/** Runs last: the imports add 50,000 versions, which no other figure should be measured over. */
export async function benchImportBackends(dataDir: string, databaseUrl: string): Promise<string[]> {
  return [await on('PGlite    ', await openDatabase({ dataDir })), await on('PostgreSQL', await openDatabase({ databaseUrl, dataDir }))];
}
