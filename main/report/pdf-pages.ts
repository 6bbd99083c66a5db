/**
 * The page count of a PDF written by Chromium (Skia): the /Count of its page tree root, which is
 * the largest /Count of any /Type /Pages node. Null when none can be read.
 */
export function countPdfPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let best: number | null = null;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b([^>]*)/g)) {
    const count = /\/Count\s+(\d+)/.exec(match[1] ?? '');
    if (count) best = Math.max(best ?? 0, Number(count[1]));
  }
  return best;
}
