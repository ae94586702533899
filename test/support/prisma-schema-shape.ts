/**
 * Reads schema.prisma into a SchemaShape, applying Prisma's PostgreSQL conventions (column types,
 * default constraint names truncated to 63 characters, referential actions). A small parser for the
 * constructs this project's schema uses — models, enums, field and block attributes — not all of PSL.
 */
import type { ColumnShape, ForeignKeyShape, ReferentialAction, SchemaShape, TableShape } from './schema-shape.js';

interface Attribute {
  readonly name: string;
  readonly args: string;
}
interface Field {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly list: boolean;
  readonly attributes: readonly Attribute[];
}
interface Model {
  readonly name: string;
  readonly fields: readonly Field[];
  readonly blockAttributes: readonly Attribute[];
}

const SCALARS: Record<string, string> = {
  Int: 'integer',
  String: 'text',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Decimal: 'numeric(65,30)',
  Float: 'double precision',
  BigInt: 'bigint',
  Bytes: 'bytea',
};
const MAX_IDENTIFIER = 63;

/** Parses the schema text into the shape PostgreSQL should have after the migrations. */
export function shapeFromPrismaSchema(source: string): SchemaShape {
  const text = stripComments(source);
  const enums: Record<string, string[]> = {};
  const models = new Map<string, Model>();
  for (const block of text.matchAll(/\b(model|enum)\s+(\w+)\s*\{([^}]*)\}/g)) {
    const [, kind, name = '', body = ''] = block;
    const lines = body
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (kind === 'enum') enums[name] = lines.filter((l) => !l.startsWith('@@')).map((l) => l.split(/\s/)[0] ?? '');
    else models.set(name, parseModel(name, lines));
  }
  const tables: Record<string, TableShape> = {};
  for (const model of models.values()) tables[tableName(model)] = tableShape(model, models, enums);
  return { enums, tables };
}

function parseModel(name: string, lines: readonly string[]): Model {
  const fields: Field[] = [];
  const blockAttributes: Attribute[] = [];
  for (const line of lines) {
    if (line.startsWith('@@')) {
      blockAttributes.push(...attributes(line, '@@'));
      continue;
    }
    const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
    if (!match) throw new Error(`Cannot parse field line in ${name}: ${line}`);
    const [, fieldName = '', type = '', list, optional, rest = ''] = match;
    fields.push({ name: fieldName, type, list: Boolean(list), optional: Boolean(optional), attributes: attributes(rest, '@') });
  }
  return { name, fields, blockAttributes };
}

/** Splits `@a @b(x, [y]) @db.Decimal(7, 4)` into attributes, keeping balanced parentheses together. */
function attributes(text: string, prefix: '@' | '@@'): Attribute[] {
  const out: Attribute[] = [];
  let i = 0;
  while ((i = text.indexOf(prefix, i)) !== -1) {
    if (prefix === '@' && text[i + 1] === '@') {
      i += 2;
      continue;
    }
    const nameMatch = /^[\w.]+/.exec(text.slice(i + prefix.length));
    const name = nameMatch?.[0] ?? '';
    let j = i + prefix.length + name.length;
    let args = '';
    if (text[j] === '(') {
      let depth = 0;
      const start = j;
      for (; j < text.length; j += 1) {
        if (text[j] === '(') depth += 1;
        if (text[j] === ')' && --depth === 0) break;
      }
      args = text.slice(start + 1, j);
      j += 1;
    }
    out.push({ name, args });
    i = j;
  }
  return out;
}

function tableShape(model: Model, models: ReadonlyMap<string, Model>, enums: Record<string, string[]>): TableShape {
  const table = tableName(model);
  const columns: Record<string, ColumnShape> = {};
  const indexes: TableShape['indexes'] = {};
  const foreignKeys: Record<string, ForeignKeyShape> = {};
  let primaryKey: TableShape['primaryKey'] = { name: `${table}_pkey`, columns: [] };
  for (const field of model.fields) {
    const target = models.get(field.type);
    if (target) {
      const relation = field.attributes.find((a) => a.name === 'relation');
      const fields = relation ? listArg(relation.args, 'fields') : [];
      if (!relation || fields.length === 0) continue;
      const cols = fields.map((f) => columnName(model, f));
      foreignKeys[constraintName(table, cols, '_fkey')] = {
        columns: cols,
        referencedTable: tableName(target),
        referencedColumns: listArg(relation.args, 'references').map((f) => columnName(target, f)),
        onDelete: action(relation.args, 'onDelete') ?? (field.optional ? 'SetNull' : 'Restrict'),
        onUpdate: action(relation.args, 'onUpdate') ?? 'Cascade',
      };
      continue;
    }
    const column = columnName(model, field.name);
    columns[column] = {
      type: columnType(field, enums),
      nullable: field.optional || field.list,
      default: defaultOf(field),
    };
    if (has(field, 'id')) primaryKey = { name: `${table}_pkey`, columns: [column] };
    if (has(field, 'unique')) indexes[constraintName(table, [column], '_key')] = { columns: [column], unique: true };
  }
  for (const attribute of model.blockAttributes) {
    if (attribute.name !== 'unique' && attribute.name !== 'index') continue;
    const cols = (/\[([^\]]*)\]/.exec(attribute.args)?.[1] ?? '').split(',').map((f) => columnName(model, f.trim()));
    const unique = attribute.name === 'unique';
    indexes[constraintName(table, cols, unique ? '_key' : '_idx')] = { columns: cols, unique };
  }
  return { columns, primaryKey, indexes, foreignKeys };
}

function columnType(field: Field, enums: Record<string, string[]>): string {
  const native = field.attributes.find((a) => a.name.startsWith('db.'));
  let type: string;
  if (native?.name === 'db.Date') type = 'date';
  else if (native?.name === 'db.Decimal') type = `numeric(${native.args.replace(/\s/g, '')})`;
  else if (native) throw new Error(`Native type @${native.name} is not handled by this parser`);
  else if (enums[field.type]) type = /^[a-z_][a-z0-9_]*$/.test(field.type) ? field.type : `"${field.type}"`;
  else type = SCALARS[field.type] ?? fail(`Unknown scalar type ${field.type}`);
  return field.list ? `${type}[]` : type;
}

function defaultOf(field: Field): string | null {
  const args = field.attributes.find((a) => a.name === 'default')?.args.trim();
  if (args === undefined) return null;
  if (args === 'autoincrement()') return 'autoincrement';
  if (args === 'now()') return 'now()';
  return args.replace(/^"(.*)"$/, '$1');
}

/** Prisma's default constraint name: table_columns_suffix, cut to fit 63 characters with the suffix kept. */
export function constraintName(table: string, columns: readonly string[], suffix: string): string {
  const base = `${table}_${columns.join('_')}`;
  return base.length + suffix.length > MAX_IDENTIFIER ? base.slice(0, MAX_IDENTIFIER - suffix.length) + suffix : base + suffix;
}

function tableName(model: Model): string {
  const map = model.blockAttributes.find((a) => a.name === 'map');
  return map ? unquote(map.args) : model.name;
}

function columnName(model: Model, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName) ?? fail(`${model.name}.${fieldName} not found`);
  const map = field.attributes.find((a) => a.name === 'map');
  return map ? unquote(map.args) : field.name;
}

function listArg(args: string, key: string): string[] {
  const inner = new RegExp(`${key}\\s*:\\s*\\[([^\\]]*)\\]`).exec(args)?.[1];
  return inner ? inner.split(',').map((s) => s.trim()) : [];
}

function action(args: string, key: string): ReferentialAction | undefined {
  const value = new RegExp(`${key}\\s*:\\s*(\\w+)`).exec(args)?.[1];
  return value as ReferentialAction | undefined;
}

const has = (field: Field, name: string): boolean => field.attributes.some((a) => a.name === name);
const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1');
function fail(message: string): never {
  throw new Error(message);
}

/** Removes // and /// comments outside string literals. */
function stripComments(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      let inString = false;
      for (let i = 0; i < line.length; i += 1) {
        if (line[i] === '"' && line[i - 1] !== '\\') inString = !inString;
        if (!inString && line[i] === '/' && line[i + 1] === '/') return line.slice(0, i);
      }
      return line;
    })
    .join('\n');
}
