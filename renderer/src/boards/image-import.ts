import { fitInside } from '../../../shared/domain/image-size';

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

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('unreadable'));
    image.src = src;
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
    const size = fitWithin(image.naturalWidth, image.naturalHeight);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, reason: 'unreadable' };
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, 0, 0, size.width, size.height);
    const mime: AvatarMime = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const dataUrl = canvas.toDataURL(mime, 0.88);
    const dataBase64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
    return { ok: true, mime, dataBase64 };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
