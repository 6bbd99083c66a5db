import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Folders may depend on each other in one direction only: a folder that imports another must not
 * be imported back by it, directly or through others. A cycle means two folders are one concern
 * split in two, or that one reaches into the other's internals.
 *
 * A folder is one of those directly in main/, shared/, renderer/src/ or renderer/, with all its
 * sub-folders (main/services/voting/ is part of main/services); a file lying beside them
 * (main/core.ts, renderer/src/app-state.tsx) stands for itself.
 */

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_ROOTS = ['main', 'shared', 'renderer'];
const CONTAINERS = new Set(['main', 'shared', 'renderer', 'renderer/src']);

/** The folder (or loose file) a path of the repository belongs to. */
function unitOf(relative: string): string {
  const parts = relative.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    if (!CONTAINERS.has(parts.slice(0, depth).join('/'))) return parts.slice(0, depth).join('/');
  }
  return relative.replace(/\.(tsx?|css)$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The folder of every module a file imports from inside the repository. */
function importedUnits(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((ref) => ref.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => unitOf(path.relative(ROOT, path.resolve(path.dirname(file), name))));
}

/** Folder → folders it imports from (itself left out). */
function folderGraph(files: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = unitOf(path.relative(ROOT, file));
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const to of importedUnits(file)) if (to !== from) edges.add(to);
  }
  return graph;
}

/** The strongly connected groups of more than one folder (Tarjan), each sorted: every one is a cycle. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    for (;;) {
      const member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
      if (member === node) break;
    }
    if (group.length > 1) found.push(group.sort());
  };

  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('folder imports', () => {
  it('finds a cycle of folders, and only the folders in it', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set<string>()]]))).toEqual([]);
  });

  it('count a sub-folder as part of its folder, and a loose file as itself', () => {
    const units = [
      ['main/services/voting/ballots.ts', 'main/services'],
      ['renderer/src/boards/Card.tsx', 'renderer/src/boards'],
      ['renderer/participant/RoomScreen.tsx', 'renderer/participant'],
      ['main/core.ts', 'main/core'],
      ['renderer/src/app-state', 'renderer/src/app-state'],
    ];
    expect(units.map(([file]) => unitOf(file!))).toEqual(units.map(([, unit]) => unit));
  });

  it('go one way only: no folder imports, even indirectly, a folder that imports it', () => {
    const files = SOURCE_ROOTS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    expect(cycles(folderGraph(files))).toEqual([]);
  });
});
