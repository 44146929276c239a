// Runs the built CLI (dist/, made by `npm ci` / `npm run build`) as a user would.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/claimtrace.js');

/** Builds once when dist/ is missing (a fresh checkout without `npm ci`). */
export function buildIfMissing(): void {
  if (fs.existsSync(path.join(root, 'dist/cli/main.js'))) return;
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: Buffer | string;
  /** Extra environment; NO_COLOR and FORCE_COLOR are removed unless given here. */
  env?: Record<string, string>;
  /** Run on a pseudo-terminal (util-linux `script`): stdout and stderr arrive merged in stdout. */
  tty?: boolean;
}

/** Whether runs can get a terminal: util-linux `script` on Linux. */
export const canFakeTerminal = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `claimtrace ...args` from the repository root; never a shell, so globs reach the CLI as typed. */
export function claimtrace(args: string[], options: RunOptions = {}): Promise<Run> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const command = [process.execPath, bin, ...args];
    const [file, argv] = options.tty ? ['script', ['-qec', command.map(shellQuote).join(' '), '/dev/null']] : [command[0]!, command.slice(1)];
    const child = spawn(file, argv, { cwd: root, env: { ...env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs several invocations, a few at a time (the machine has 2 cores). */
export async function runAll<K extends string>(runs: Record<K, [string[], RunOptions?]>, concurrency = 3): Promise<Record<K, Run>> {
  const entries = Object.entries(runs) as Array<[K, [string[], RunOptions?]]>;
  const out = {} as Record<K, Run>;
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [name, [args, options]] = entries[next++]!;
      out[name] = await claimtrace(args, options);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

export const jsonLines = (s: string): unknown[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

type JsonSchema = Record<string, unknown>;

/**
 * A small JSON Schema check for the keywords `claimtrace schema` uses (anyOf, type,
 * properties, required, additionalProperties, const, enum, items, bounds, lengths);
 * returns the errors, empty when the value fits. Throws on a keyword it does not know,
 * so a schema change cannot make the check silently weaker.
 */
export function schemaErrors(schema: JsonSchema, value: unknown, at = '$'): string[] {
  const known = new Set(['$schema', 'title', 'description', 'anyOf', 'type', 'properties', 'required', 'additionalProperties', 'const', 'enum', 'items', 'minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'maxLength', 'propertyNames', 'prefixItems', 'minItems', 'maxItems']);
  for (const key of Object.keys(schema)) if (!known.has(key)) throw new Error(`schemaErrors: unknown keyword ${key} at ${at}`);
  if (schema.anyOf) {
    const branches = (schema.anyOf as JsonSchema[]).map((s) => schemaErrors(s, value, at));
    if (!branches.some((e) => e.length === 0)) return [`${at}: matches no branch (${branches.map((e) => e[0]).join(' | ')})`];
  }
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string | string[]);
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const fits = types.some((t) => t === actual || (t === 'integer' && Number.isInteger(value)) || (t === 'number' && actual === 'number'));
    if (!fits) return [`${at}: expected ${types.join('|')}, got ${actual}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above maximum`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) errors.push(`${at}: not above ${schema.exclusiveMinimum}`);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) errors.push(`${at}: too short`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) errors.push(`${at}: too long`);
  }
  if (Array.isArray(value)) {
    const prefix = (schema.prefixItems ?? []) as JsonSchema[];
    prefix.forEach((s, i) => i < value.length && errors.push(...schemaErrors(s, value[i], `${at}[${i}]`)));
    if (schema.items === false && value.length > prefix.length) errors.push(`${at}: more than ${prefix.length} items`);
    else if (schema.items) value.slice(prefix.length).forEach((v, i) => errors.push(...schemaErrors(schema.items as JsonSchema, v, `${at}[${prefix.length + i}]`)));
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${at}: more than ${schema.maxItems} items`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) errors.push(`${at}.${key}: required`);
    for (const [key, v] of Object.entries(record)) {
      if (properties[key]) errors.push(...schemaErrors(properties[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not allowed`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(schema.additionalProperties as JsonSchema, v, `${at}.${key}`));
      if (schema.propertyNames) errors.push(...schemaErrors(schema.propertyNames as JsonSchema, key, `${at}{${key}}`));
    }
  }
  return errors;
}
