import { fitInside } from '../../shared/domain/image-size';

/** An image decoded by the browser from `src` (a data: or blob: URL); rejects when it cannot be read. */
export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('unreadable'));
    image.src = src;
  });
}

/**
 * The image redrawn at most max × max on a canvas (proportions kept, never enlarged) and encoded
 * afresh, as base64 without the data: prefix; null when the browser gives no canvas to draw on.
 * What comes out is a new picture, never the imported file's bytes or metadata.
 */
export function redrawnBase64(image: HTMLImageElement, max: number, mime: 'image/png' | 'image/jpeg', quality?: number): string | null {
  const size = fitInside(image.naturalWidth, image.naturalHeight, max);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, size.width, size.height);
  const dataUrl = canvas.toDataURL(mime, quality);
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}
