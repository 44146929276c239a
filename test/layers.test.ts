// The source folders form layers: no folder imports, directly or through others, a
// folder that imports it back (attribution once imported quotation finding from quotes
// while quotes imported attribution). A cycle makes a layer impossible to read or test
// on its own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

/** The layer a source file belongs to: `extract/quotes` for src/extract/quotes/rules/x.ts, `document` for src/document/x.ts. */
function layerOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep).slice(0, -1);
  if (parts[0] === 'extract' && parts.length > 1) return parts.slice(0, 2).join('/');
  return parts[0] ?? '.';
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Layer → the layers its files import (relative imports only). */
function layerGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)) {
      const to = layerOf(path.resolve(path.dirname(file), m[1]!));
      // src/extract/*.ts (the pipeline and shared types) sits above and beside the extractors.
      if (to !== from && to !== 'extract' && from !== 'extract') targets.add(to);
    }
  }
  return graph;
}

/** One cycle through `start`, as a path of layers, or null. */
function cycleThrough(graph: Map<string, Set<string>>, start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (node: string, trail: string[]): string[] | null => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) return [...trail, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

describe('source layers', () => {
  const graph = layerGraph();
  it('finds the extractor layers', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['extract/attribution', 'extract/quotes', 'extract/claims', 'document']));
  });
  it('quotes and claims use attribution, which imports neither', () => {
    expect(graph.get('extract/quotes')?.has('extract/attribution')).toBe(true);
    expect(graph.get('extract/claims')?.has('extract/attribution')).toBe(true);
    expect(graph.get('extract/attribution')?.has('extract/quotes')).toBe(false);
    expect(graph.get('extract/attribution')?.has('extract/claims')).toBe(false);
  });
  for (const layer of ['extract/actors', 'extract/attribution', 'extract/casualties', 'extract/claims', 'extract/dates', 'extract/incidents', 'extract/quotes']) {
    it(`${layer} is on no import cycle`, () => {
      expect(cycleThrough(graph, layer)).toBeNull();
    });
  }
});
