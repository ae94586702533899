/**
 * Reads a migrated database's public schema from pg_catalog into a SchemaShape. Works through the
 * migrator's SqlExecutor, so the same code inspects PGlite and a real PostgreSQL server.
 */
import type { SqlExecutor } from '../../src/adapters/db/sql-executor.js';
import type { ReferentialAction, SchemaShape, TableShape } from './schema-shape.js';

const ACTIONS: Record<string, ReferentialAction> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

/** Tables that belong to the migration machinery, not to schema.prisma. */
const IGNORED_TABLES = ['_prisma_migrations'];

/** Introspects enums, columns, primary keys, indexes and foreign keys of the public schema. */
export async function shapeFromDatabase(db: SqlExecutor): Promise<SchemaShape> {
  const enums: Record<string, string[]> = {};
  for (const row of await db.query(`
      SELECT t.typname AS name, e.enumlabel AS value
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`)) {
    (enums[String(row.name)] ??= []).push(String(row.value));
  }

  const tables: Record<string, { -readonly [K in keyof TableShape]: TableShape[K] }> = {};
  const table = (name: string) =>
    (tables[name] ??= {
      columns: {},
      primaryKey: { name: '', columns: [] },
      indexes: {},
      foreignKeys: {},
    });
  for (const row of await db.query(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`)) {
    table(String(row.table)).columns[String(row.column)] = {
      type: String(row.type),
      nullable: row.not_null !== true,
      default: normaliseDefault(row.default),
    };
  }
  for (const row of await db.query(`
      SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
             (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public'`)) {
    const columns = String(row.columns).split(',');
    const target = table(String(row.table));
    if (row.primary === true) target.primaryKey = { name: String(row.name), columns };
    else target.indexes[String(row.name)] = { columns, unique: row.unique === true };
  }
  for (const row of await db.query(`
      SELECT con.conname AS name, t.relname AS table, rt.relname AS referenced_table,
             con.confdeltype AS on_delete, con.confupdtype AS on_update,
             (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
             (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS referenced_columns
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class rt ON rt.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND con.contype = 'f'`)) {
    table(String(row.table)).foreignKeys[String(row.name)] = {
      columns: String(row.columns).split(','),
      referencedTable: String(row.referenced_table),
      referencedColumns: String(row.referenced_columns).split(','),
      onDelete: ACTIONS[String(row.on_delete)] ?? 'NoAction',
      onUpdate: ACTIONS[String(row.on_update)] ?? 'NoAction',
    };
  }
  for (const ignored of IGNORED_TABLES) delete tables[ignored];
  return { enums, tables };
}

/** Constraints other than primary and foreign keys (Prisma creates unique indexes, never these). */
export async function otherConstraints(db: SqlExecutor): Promise<string[]> {
  const rows = await db.query(`
      SELECT con.conname AS name FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
      WHERE n.nspname = 'public' AND con.contype NOT IN ('p', 'f')`);
  return rows.map((row) => String(row.name));
}

function normaliseDefault(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  if (/^nextval\(/.test(text)) return 'autoincrement';
  if (text === 'CURRENT_TIMESTAMP') return 'now()';
  return text.replace(/::[\w" ]+$/, '').replace(/^'(.*)'$/, '$1');
}
