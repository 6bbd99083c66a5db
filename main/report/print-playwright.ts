import type { Browser } from 'playwright-core';
import type { PdfPrinter, PrintJob } from './printer';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export interface PlaywrightPrinterOptions {
  /** Defaults to findChromium(): ATELIER_CHROMIUM, then the usual install paths. */
  executablePath?: string;
  /** Closes the warm browser after this long unused; 0 keeps it until close(). */
  idleMs?: number;
}

/**
 * The PDF options, every one spelled out: Chromium's defaults (Letter, 1 cm margins, no
 * backgrounds, untagged) are not what the report is designed for. Page size and margins come
 * from the report's CSS @page rules (preferCSSPageSize), so journey pages can be landscape in
 * the same file; `format` only applies where the CSS says nothing.
 */
export function playwrightPdfOptions(job: Pick<PrintJob, 'pageSize'>) {
  return {
    format: job.pageSize,
    landscape: false,
    scale: 1,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    pageRanges: '',
    // Running header and page numbers are CSS page-margin boxes (report.css.ts): same fonts as the
    // page, and none on the cover. Chromium's own header templates stay off.
    displayHeaderFooter: false,
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
    tagged: true,
    outline: true,
  } as const;
}

/**
 * Prints through a system Chromium driven by playwright-core. One browser is launched on first
 * use and kept for the next exports (a launch costs about a second); each print gets a fresh
 * context with JavaScript off and every network request refused.
 */
export function createPlaywrightPrinter(options: PlaywrightPrinterOptions = {}): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  const idleMs = options.idleMs ?? 60_000;

  async function launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    const launched = await chromium.launch({
      executablePath: options.executablePath ?? findChromium(),
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    launched.on('disconnected', () => {
      browser = null;
    });
    return launched;
  }

  async function shutdown(): Promise<void> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const current = browser;
    browser = null;
    if (current) await (await current.catch(() => null))?.close();
  }

  return {
    async print(job) {
      if (idleTimer) clearTimeout(idleTimer);
      browser ??= launch();
      let instance: Browser;
      try {
        instance = await browser;
      } catch (error) {
        browser = null;
        throw error;
      }
      const context = await instance.newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(job.html, { waitUntil: 'load' });
        return await page.pdf(playwrightPdfOptions(job));
      } finally {
        await context.close();
        if (idleMs > 0) {
          idleTimer = setTimeout(() => void shutdown(), idleMs);
          idleTimer.unref();
        }
      }
    },
    close: shutdown,
  };
}
