import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { mimeTypeOf } from '../mime';
import { resolveAppAsset } from '../security';

/**
 * A file of the built renderer for a URL path, or null. Same traversal-proof mapping as the
 * Electron app:// protocol (main/security.ts resolveAppAsset): routes without an extension get
 * index.html.
 */
export async function loadStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const file = resolveAppAsset(path.resolve(root), urlPath);
  if (!file) return null;
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    return { body: await readFile(file), type: mimeTypeOf(file) };
  } catch {
    return null;
  }
}
