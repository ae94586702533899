/**
 * A database schema reduced to what the drift test compares: enums, and per table its columns,
 * primary key, indexes and foreign keys. Built once from schema.prisma and once from pg_catalog.
 */

/** A column: SQL type as format_type() prints it, nullability and a normalised default. */
export interface ColumnShape {
  readonly type: string;
  readonly nullable: boolean;
  /** "autoincrement", "now()", a literal without quotes or casts, or null for no default. */
  readonly default: string | null;
}

export interface IndexShape {
  readonly columns: readonly string[];
  readonly unique: boolean;
}

export interface ForeignKeyShape {
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
}

export type ReferentialAction = 'Cascade' | 'Restrict' | 'NoAction' | 'SetNull' | 'SetDefault';

export interface TableShape {
  readonly columns: Record<string, ColumnShape>;
  readonly primaryKey: { readonly name: string; readonly columns: readonly string[] };
  /** By index name; the primary key's index is not listed. */
  readonly indexes: Record<string, IndexShape>;
  /** By constraint name. */
  readonly foreignKeys: Record<string, ForeignKeyShape>;
}

export interface SchemaShape {
  /** Enum name → values in declaration order. */
  readonly enums: Record<string, readonly string[]>;
  readonly tables: Record<string, TableShape>;
}
