/**
 * The shape of the main process, read from the source: the service feature folders form
 * a tree (no two import each other, directly or around a circle), no service imports
 * Electron, and write transactions are opened in one place only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVICES = path.resolve('electron/main/services');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The relative modules a file imports (type-only imports count: they tie the code too). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
}

/** The feature folder a file lies in (null for the files at the root of services/). */
function folderOf(file: string): string | null {
  const rel = path.relative(SERVICES, file);
  return rel.includes(path.sep) ? rel.split(path.sep)[0] : null;
}

/** Which feature folder imports which, from every file's relative imports. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SERVICES)) {
    const from = folderOf(file);
    if (from === null) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(SERVICES + path.sep)) continue;
      const to = folderOf(`${target}.ts`);
      if (to !== null && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** A circle of folders, as a path that returns to its start, or null. */
function findCircle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const found = visit(m);
      if (found) return found;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    const found = visit(n);
    if (found) return found;
  }
  return null;
}

describe('the services form a tree', () => {
  it('no two feature folders import each other, directly or around a circle', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(8);
    expect(findCircle(graph)).toBeNull();
  });

  it('the circle finder finds a circle when there is one', () => {
    const graph = new Map([
      ['bookings', new Set(['rules'])],
      ['rules', new Set(['desk'])],
      ['desk', new Set(['bookings'])],
    ]);
    expect(findCircle(graph)).toEqual(['bookings', 'rules', 'desk', 'bookings']);
  });

  it('every rule a booking must pass lives in rules/, which imports no other feature folder', () => {
    expect([...(folderGraph().get('rules') ?? [])]).toEqual([]);
    // The booking, the series, the desk's slot finder and the waitlist all check through the engine.
    for (const feature of ['bookings', 'series', 'desk']) expect(folderGraph().get(feature)?.has('rules'), feature).toBe(true);
  });

  it('the files at the root of services/ import no feature folder, except the composition root', () => {
    for (const file of sourceFiles(SERVICES).filter((f) => folderOf(f) === null && !f.endsWith('index.ts'))) {
      const features = importsOf(file).filter((s) => /^\.\/[a-z-]+\//.test(s));
      expect(features, path.basename(file)).toEqual([]);
    }
  });

  it('no service imports Electron, and only the store opens a write transaction', () => {
    for (const file of sourceFiles(SERVICES)) {
      const rel = path.relative(SERVICES, file);
      expect(importsOf(file), rel).not.toContain('electron');
      const text = fs.readFileSync(file, 'utf8');
      if (rel !== 'store.ts') expect(/writeTransaction|BEGIN IMMEDIATE/.test(text), rel).toBe(false);
    }
  });
});
