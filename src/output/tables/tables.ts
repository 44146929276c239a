// The flat tables of `extract --format csv --table NAME`: `documents`, one row per
// result (error records included), and one table per item kind of a document result
// (actors, dates, quotes, casualties, claims, incidents), one row per item. Every
// column comes from the zod schema (src/schema/result.ts), so a field added there is a
// column here, named after its path (`count.low` → `count_low`).
import type { z } from 'zod';
import { DocumentResultSchema, ErrorResultSchema, SpanSchema, isErrorResult, type Result } from '../../schema/result.js';
import { columnName, columnsOf, unwrap, type Cell, type Column } from './flatten.js';

interface Table {
  columns: Column[];
  rows(result: Result): unknown[];
}

type Row = Record<string, unknown>;
type Shape = Record<string, z.ZodType>;

const sourceOf = (row: unknown) => (row as { source: Row }).source;
const valueAt = (key: string) => (row: unknown) => (row as Row)[key];

/** Which document a row belongs to: the same three columns lead every table. */
const keyColumns = (documentOf: (row: unknown) => Result): Column[] => [
  { name: 'path', value: (row) => sourceOf(documentOf(row)).path as string },
  { name: 'record', value: (row) => (sourceOf(documentOf(row)).record as number | undefined) ?? null },
  // `record_id`, not `id`: an item's own id is its `id` column.
  { name: 'record_id', value: (row) => (sourceOf(documentOf(row)).id as string | undefined) ?? null },
];
const KEY_FIELDS = new Set(['path', 'record', 'id']);

const isSpan = (schema: z.ZodType) => unwrap(schema) === SpanSchema;
const isSpanList = (schema: z.ZodType) => {
  const s = unwrap(schema);
  return s.def.type === 'array' && isSpan((s as z.ZodArray<z.ZodType>).element);
};
const shapeOf = (schema: z.ZodType) => (unwrap(schema) as z.ZodObject).shape as Shape;

/** The table names: the document result's lists of items with an `id`. */
export const ITEM_TABLES = Object.entries(DocumentResultSchema.shape as Shape)
  .filter(([, s]) => unwrap(s).def.type === 'array' && 'id' in shapeOf((unwrap(s) as z.ZodArray<z.ZodType>).element))
  .map(([name]) => name);
export const TABLE_NAMES = ['documents', ...ITEM_TABLES];

/**
 * Where an item is: its span, or for an actor the first of its mentions, as `span_line`,
 * `span_column`, … (`column` and `end` alone are SQL keywords); the span's text only when
 * the item has no text of its own (which is the same characters).
 */
function provenanceColumns(shape: Shape): Column[] {
  const spanKey = Object.keys(shape).find((k) => isSpan(shape[k]!)) ?? Object.keys(shape).find((k) => isSpanList(shape[k]!));
  if (!spanKey) return [];
  const spanOf = (row: unknown) => {
    const at = (row as { item: Row }).item[spanKey];
    return (Array.isArray(at) ? at[0] : at) as Row | undefined;
  };
  const fields = Object.keys(SpanSchema.shape).filter((f) => f !== 'text' || !('text' in shape));
  return fields.map((f) => ({ name: columnName(['span', f]), value: (row) => (spanOf(row)?.[f] as Cell | undefined) ?? null }));
}

interface ItemRow {
  document: Result;
  item: Row;
}

function itemTable(name: string): Table {
  const shape = shapeOf((unwrap((DocumentResultSchema.shape as Shape)[name]!) as z.ZodArray<z.ZodType>).element);
  const itemOf = (row: unknown) => (row as ItemRow).item;
  const fieldColumns = Object.entries(shape).flatMap(([key, schema]): Column[] => {
    if (key === 'id' || isSpan(schema)) return [];
    if (isSpanList(schema)) return [{ name: columnName([key, 'count']), value: (row) => (itemOf(row)[key] as unknown[]).length }];
    return columnsOf(schema, [key], (row) => itemOf(row)[key]);
  });
  return {
    columns: [
      ...keyColumns((row) => (row as ItemRow).document),
      { name: 'id', value: (row) => itemOf(row).id as string },
      ...provenanceColumns(shape),
      ...fieldColumns,
    ],
    rows: (result) => (isErrorResult(result) ? [] : (result[name as keyof typeof result] as Row[]).map((item) => ({ document: result, item }))),
  };
}

/**
 * One row per result. `source` and `metadata` fields are columns of their own name
 * (`title`, `sha256`); an item list is its count (`actors_count`); an error record
 * fills the key and `error_code`, `error_message`, a document result leaves those empty.
 */
function documentsTable(): Table {
  const document = DocumentResultSchema.shape as Shape;
  const columns = Object.entries(document).flatMap(([key, schema]): Column[] => {
    if (key === 'source' || key === 'metadata') {
      return Object.entries(shapeOf(schema))
        .filter(([field]) => key !== 'source' || !KEY_FIELDS.has(field))
        .flatMap(([field, s]) => columnsOf(s, [field], (row) => (row as Row)[key] && ((row as Row)[key] as Row)[field]));
    }
    if (ITEM_TABLES.includes(key)) return [{ name: columnName([key, 'count']), value: (row) => ((row as Row)[key] as unknown[] | undefined)?.length ?? null }];
    return columnsOf(schema, [key], valueAt(key));
  });
  const error = columnsOf((ErrorResultSchema.shape as Shape).error!, ['error'], valueAt('error'));
  return { columns: [...keyColumns((row) => row as Result), ...columns, ...error], rows: (result) => [result] };
}

function checked(table: Table, name: string): Table {
  const seen = new Set<string>();
  for (const c of table.columns) {
    if (seen.has(c.name)) throw new Error(`table ${name}: two columns named ${c.name}`);
    seen.add(c.name);
  }
  return table;
}

const TABLES: Record<string, Table> = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, checked(name === 'documents' ? documentsTable() : itemTable(name), name)]),
);

export function tableOf(name: string): Table {
  const table = TABLES[name];
  if (!table) throw new Error(`no table named ${name}`);
  return table;
}

/** The header of a table, in column order. */
export const tableColumns = (name: string): string[] => tableOf(name).columns.map((c) => c.name);

/** The rows a result adds to a table, each a list of cells in column order. */
export function tableRows(name: string, result: Result): Cell[][] {
  const table = tableOf(name);
  return table.rows(result).map((row) => table.columns.map((c) => c.value(row)));
}
