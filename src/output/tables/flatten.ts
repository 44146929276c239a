// Columns of a flat table, read off a zod schema so they follow the schema: nested
// objects become `parent_child` columns, records keyed by an enum one column group per
// key, arrays of values one `;`-joined column, arrays of objects one `;`-joined column
// per field (positions line up), unions and tuples one column (a tuple `;`-joined).
import type { z } from 'zod';

/** A cell as written: null for a null or absent value (an empty field), never undefined. */
export type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  value(row: unknown): Cell;
}

/** Separator of the values of an array in one cell. */
export const LIST_SEPARATOR = ';';

type Getter = (row: unknown) => unknown;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const columnName = (path: string[]) => path.map(snake).join('_');

const kind = (schema: z.ZodType): string => schema.def.type;

/** The schema under `.optional()` / `.nullable()`: both read as an empty cell. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (kind(s) === 'optional' || kind(s) === 'nullable') s = (s as z.ZodOptional<z.ZodType>).unwrap();
  return s;
}

const field = (get: Getter, key: string): Getter => (row) => {
  const parent = get(row);
  return parent === null || typeof parent !== 'object' ? undefined : (parent as Record<string, unknown>)[key];
};

function scalarCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((v) => scalarCell(v) ?? '').join(LIST_SEPARATOR);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The columns of `schema` at `path`, each reading its value through `get`. */
export function columnsOf(schema: z.ZodType, path: string[], get: Getter): Column[] {
  const s = unwrap(schema);
  switch (kind(s)) {
    case 'object':
      return Object.entries((s as z.ZodObject).shape).flatMap(([key, child]) => columnsOf(child as z.ZodType, [...path, key], field(get, key)));
    case 'record': {
      const record = s as z.ZodRecord<z.ZodEnum, z.ZodType>;
      const keys = unwrap(record.keyType).def.type === 'enum' ? (unwrap(record.keyType) as z.ZodEnum).options : null;
      if (!keys) throw new Error(`a table cannot flatten a record with open keys at ${columnName(path)}`);
      return keys.flatMap((key) => columnsOf(record.valueType, [...path, String(key)], field(get, String(key))));
    }
    case 'array': {
      const element = unwrap((s as z.ZodArray<z.ZodType>).element);
      if (kind(element) !== 'object') return [{ name: columnName(path), value: (row) => scalarCell(get(row)) }];
      // One joined column per field of the elements: the n-th values belong together.
      return columnsOf(element, path, (item) => item).map((inner) => ({
        name: inner.name,
        value: (row) => {
          const list = get(row);
          return Array.isArray(list) ? list.map((item) => inner.value(item) ?? '').join(LIST_SEPARATOR) : null;
        },
      }));
    }
    default:
      return [{ name: columnName(path), value: (row) => scalarCell(get(row)) }];
  }
}
