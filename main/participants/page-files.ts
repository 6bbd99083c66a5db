import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** The participant page's HTML file in the built renderer; also the manifest key of its entry. */
export const PARTICIPANT_PAGE = 'participant.html';
/** Vite writes it with `build.manifest`: every entry with the chunks, styles and files it loads. */
export const MANIFEST_FILE = path.join('.vite', 'manifest.json');

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
    assets: z.array(z.string()).optional(),
  }),
);
export type BuildManifest = z.infer<typeof manifestSchema>;

/**
 * The URL paths of the files the participant page loads, and nothing else: its entry and every
 * chunk reachable from it, their styles and fonts. The phones' network sees no facilitator code,
 * no source map and no fallback page.
 */
export function participantPageFiles(manifest: BuildManifest): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) {
      if (!file.endsWith('.html')) files.add(`/${file}`);
    }
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(PARTICIPANT_PAGE);
  return files;
}

/** The built page's allowlist, or null when the renderer has not been built (or is not ours). */
export async function readParticipantPageFiles(staticDir: string): Promise<Set<string> | null> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(staticDir, MANIFEST_FILE), 'utf8')));
    if (!parsed.success || !parsed.data[PARTICIPANT_PAGE]) return null;
    return participantPageFiles(parsed.data);
  } catch {
    return null;
  }
}
