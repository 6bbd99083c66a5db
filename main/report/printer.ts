import type { PageSize } from '../../shared/domain/report';

/** One document to print: the complete HTML (styles and fonts inlined) and the page size picked. */
export interface PrintJob {
  html: string;
  pageSize: PageSize;
}

/**
 * Turns report HTML into PDF bytes. Two engines: Electron's webContents.printToPDF
 * (main/electron/print-electron.ts) and a system Chromium driven by playwright-core (print-playwright.ts)
 * for the browser host and the command line. Both pass every print option explicitly, since
 * their defaults differ (margins, background, page size), and both tag the PDF and build its
 * outline from the headings.
 */
export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array>;
  /**
   * Gets ready for a print that is likely to follow (starts the browser, opens the page) without
   * waiting for it; errors surface in that print. Optional: a printer with nothing to prepare
   * leaves it out.
   */
  warm?(): void;
  /** Releases the browser it keeps warm, if any. */
  close(): Promise<void>;
}
