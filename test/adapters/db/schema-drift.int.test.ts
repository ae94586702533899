/**
 * The committed migrations produce exactly the schema that schema.prisma describes: enums, tables,
 * columns (type, nullability, default), primary keys, unique and plain indexes, foreign keys.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/adapters/db/migrate.js';
import { DEFAULT_MIGRATIONS_DIR } from '../../../src/adapters/db/open-database.js';
import { otherConstraints, shapeFromDatabase } from '../../support/database-schema-shape.js';
import { type EmptyDatabase, MIGRATION_BACKENDS } from '../../support/migration-backends.js';
import { shapeFromPrismaSchema } from '../../support/prisma-schema-shape.js';
import type { SchemaShape } from '../../support/schema-shape.js';

const expected = shapeFromPrismaSchema(readFileSync(new URL('../../../prisma/schema.prisma', import.meta.url), 'utf8'));

describe('schema.prisma as parsed for the drift check', () => {
  it('has every model and enum (the parser did not silently skip any)', () => {
    expect(Object.keys(expected.tables)).toHaveLength(20);
    expect(Object.keys(expected.enums)).toHaveLength(13);
    expect(expected.tables.conversation_state?.indexes).toHaveProperty('conversation_state_channel_external_chat_id_external_user_i_key');
  });
});

describe('the drift check itself', () => {
  it('notices a changed default and a changed referential action', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'baophu-drift-'));
    const database = await MIGRATION_BACKENDS[0]!.open();
    try {
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      const file = join(dir, '20261125000000_init', 'migration.sql');
      const sql = (await readFile(file, 'utf8'))
        .replace('"send_hour" INTEGER NOT NULL DEFAULT 8', '"send_hour" INTEGER NOT NULL DEFAULT 9')
        .replace('REFERENCES "unit"("id") ON DELETE SET NULL', 'REFERENCES "unit"("id") ON DELETE CASCADE');
      await writeFile(file, sql);
      await applyMigrations(database.db, dir);
      const drifted = await shapeFromDatabase(database.db);
      expect(drifted.tables.reporting_schedule?.columns.send_hour?.default).toBe('9');
      expect(drifted.tables.reporting_schedule?.columns).not.toEqual(expected.tables.reporting_schedule?.columns);
      expect(drifted.tables.unit?.foreignKeys).not.toEqual(expected.tables.unit?.foreignKeys);
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(MIGRATION_BACKENDS)('migrated schema on $name', (backend) => {
  let database: EmptyDatabase;
  let actual: SchemaShape;
  beforeAll(async () => {
    database = await backend.open();
    await applyMigrations(database.db, DEFAULT_MIGRATIONS_DIR);
    actual = await shapeFromDatabase(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('has the enums with their values in order', () => {
    expect(actual.enums).toEqual(expected.enums);
  });

  it('has exactly the tables of the models', () => {
    expect(Object.keys(actual.tables).sort()).toEqual(Object.keys(expected.tables).sort());
  });

  it.each(Object.keys(expected.tables))('table %s matches its model', (name) => {
    const table = actual.tables[name];
    const model = expected.tables[name];
    expect(table?.columns).toEqual(model?.columns);
    expect(table?.primaryKey).toEqual(model?.primaryKey);
    expect(table?.indexes).toEqual(model?.indexes);
    expect(table?.foreignKeys).toEqual(model?.foreignKeys);
  });

  it('has no constraints besides primary and foreign keys', async () => {
    expect(await otherConstraints(database.db)).toEqual([]);
  });
});
