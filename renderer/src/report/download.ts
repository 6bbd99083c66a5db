import type { FileDelivery } from '../../../shared/domain/report';

/**
 * Hands a file answered by the browser host to the browser as a download: the bytes become a
 * Blob URL on an <a download> link, clicked once. Returns the URL so the page can offer the link
 * again; the caller revokes it when done.
 */
export function startDownload(delivery: Extract<FileDelivery, { status: 'download' }>): string {
  const binary = atob(delivery.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: delivery.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = delivery.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}
