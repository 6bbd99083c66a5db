import { AppError } from '../../../shared/ipc/result';

export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
export type AvatarMime = 'image/png' | 'image/jpeg';

const SIGNATURES: Record<AvatarMime, readonly number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/**
 * Checks an imported avatar and returns it as a data URL to store. The renderer resizes the image
 * (a canvas) before sending it; main only validates — the bytes must start with the signature of
 * the declared type and weigh at most 5 MB — and never decodes or re-encodes the image, so no
 * image library runs on untrusted input in the main process. The stored data URL is only ever
 * used as an <img> source.
 */
export function avatarDataUrl(mime: AvatarMime, dataBase64: string): string {
  const bytes = Buffer.from(dataBase64, 'base64');
  // Node's decoder skips what it cannot read; a round trip tells real base64 from look-alikes.
  if (bytes.toString('base64') !== dataBase64) {
    throw new AppError('invalid_input', 'avatar.dataBase64: not canonical base64', 'avatar.dataBase64');
  }
  if (bytes.length > MAX_AVATAR_BYTES) {
    throw new AppError('invalid_input', `avatar.dataBase64: the image is over ${MAX_AVATAR_BYTES / 1024 / 1024} MB`, 'avatar.dataBase64');
  }
  const signature = SIGNATURES[mime];
  if (bytes.length <= signature.length || !signature.every((byte, index) => bytes[index] === byte)) {
    throw new AppError('invalid_input', `avatar.dataBase64: the bytes are not a ${mime} image`, 'avatar.dataBase64');
  }
  return `data:${mime};base64,${dataBase64}`;
}
