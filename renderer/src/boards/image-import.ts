import { fitInside } from '../../../shared/domain/image-size';
import { loadImage, redrawnBase64 } from '../image-redraw';

export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
export const AVATAR_SIZE = 256;
const TYPES = ['image/png', 'image/jpeg'] as const;
export type AvatarMime = (typeof TYPES)[number];

export type AvatarImport =
  | { ok: true; mime: AvatarMime; dataBase64: string }
  | { ok: false; reason: 'type' | 'size' | 'unreadable' };

/** Checked before reading a byte: the type the browser reports and the size. */
export function checkAvatarFile(file: Pick<File, 'type' | 'size'>): 'type' | 'size' | null {
  if (!(TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > MAX_AVATAR_BYTES) return 'size';
  return null;
}

/** The largest size within max × max that keeps the proportions (never enlarged). */
export function fitWithin(width: number, height: number, max = AVATAR_SIZE): { width: number; height: number } {
  return fitInside(width, height, max);
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/**
 * A PNG or JPEG of up to 5 MB, decoded and redrawn at most 256 px on a canvas: what is stored is
 * a small, freshly encoded picture, never the imported file's bytes (or its metadata).
 */
export async function importAvatar(file: File): Promise<AvatarImport> {
  const problem = checkAvatarFile(file);
  if (problem) return { ok: false, reason: problem };
  try {
    const image = await loadImage(await readAsDataUrl(file));
    const mime: AvatarMime = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const dataBase64 = redrawnBase64(image, AVATAR_SIZE, mime, 0.88);
    return dataBase64 === null ? { ok: false, reason: 'unreadable' } : { ok: true, mime, dataBase64 };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
