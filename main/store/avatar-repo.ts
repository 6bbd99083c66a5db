import { createHash } from 'node:crypto';
import { BUILTIN_AVATARS, type Avatar, type BuiltinAvatar } from '../../shared/domain/board';
import { prepared } from './board-tables';
import type { ReadableDB } from './types';

/**
 * Persona pictures, read apart from the board: a board read names each picture by an id that
 * changes with the picture (`<personaId>.<version>`), and the picture itself is read only by that
 * id — served to the screens at a cacheable URL, or embedded in the PDF.
 */

const IMAGE_ID = /^([A-Za-z0-9_-]{6,64})\.([0-9a-f]{16})$/;
const DATA_URL = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+=*)$/;

export interface AvatarPicture {
  mime: 'image/png' | 'image/jpeg';
  bytes: Buffer;
}

/**
 * The version of a stored picture, from its length and a sample of its text (the start, where the
 * image header is, and the end): no need to read megabytes to name a picture on every board read.
 */
const VERSION_OF = `length(image) || ':' || substr(image, 1, 160) || ':' || substr(image, -320)`;

/**
 * Each persona's avatar as a board shows it (a picture by its image id). An avatar that does not
 * read back (an unknown built-in key) shows initials rather than breaking.
 */
export function avatarsOfWorkshop(db: ReadableDB, workshopId: string): Map<string, Avatar> {
  const rows = prepared(
    db,
    `SELECT persona_id, kind, builtin_key, CASE WHEN kind = 'image' AND image IS NOT NULL THEN ${VERSION_OF} END AS sample
       FROM persona_avatars WHERE workshop_id = ?`,
  ).all(workshopId) as { persona_id: string; kind: string; builtin_key: string | null; sample: string | null }[];
  const avatars = new Map<string, Avatar>();
  for (const row of rows) {
    if (row.kind === 'image' && row.sample !== null) avatars.set(row.persona_id, { kind: 'image', imageId: `${row.persona_id}.${versionOf(row.sample)}` });
    else if (row.kind === 'builtin' && (BUILTIN_AVATARS as readonly (string | null)[]).includes(row.builtin_key)) {
      avatars.set(row.persona_id, { kind: 'builtin', key: row.builtin_key as BuiltinAvatar });
    } else avatars.set(row.persona_id, { kind: 'initials' });
  }
  return avatars;
}

/** The image id of each persona of the workshop that has an uploaded picture. */
export function avatarImageIds(db: ReadableDB, workshopId: string): Map<string, string> {
  const rows = prepared(
    db,
    `SELECT persona_id, ${VERSION_OF} AS sample FROM persona_avatars WHERE workshop_id = ? AND kind = 'image' AND image IS NOT NULL`,
  ).all(workshopId) as { persona_id: string; sample: string }[];
  return new Map(rows.map((row) => [row.persona_id, `${row.persona_id}.${versionOf(row.sample)}`]));
}

/** The stored picture (a PNG or JPEG data URL) an image id names, or null if it names none (any more). */
export function avatarDataUrl(db: ReadableDB, imageId: string): string | null {
  const match = IMAGE_ID.exec(imageId);
  if (!match) return null;
  const row = prepared(
    db,
    `SELECT image, ${VERSION_OF} AS sample FROM persona_avatars WHERE persona_id = ? AND kind = 'image' AND image IS NOT NULL`,
  ).get(match[1]) as { image: string; sample: string } | undefined;
  if (!row || versionOf(row.sample) !== match[2] || !DATA_URL.test(row.image)) return null;
  return row.image;
}

/** The bytes an image id names, for serving it. */
export function avatarPicture(db: ReadableDB, imageId: string): AvatarPicture | null {
  const dataUrl = avatarDataUrl(db, imageId);
  const [, mime, base64] = (dataUrl && DATA_URL.exec(dataUrl)) || [];
  if (!mime || !base64) return null;
  return { mime: mime as AvatarPicture['mime'], bytes: Buffer.from(base64, 'base64') };
}

/** Every picture of a workshop by image id, as data URLs: what the PDF embeds. */
export function avatarDataUrls(db: ReadableDB, workshopId: string): Record<string, string> {
  const pictures: Record<string, string> = {};
  for (const imageId of avatarImageIds(db, workshopId).values()) {
    const dataUrl = avatarDataUrl(db, imageId);
    if (dataUrl) pictures[imageId] = dataUrl;
  }
  return pictures;
}

function versionOf(sample: string): string {
  return createHash('sha256').update(sample).digest('hex').slice(0, 16);
}
