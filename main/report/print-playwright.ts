import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { journeyFitScript } from './journey-fit-script';
import type { PdfPrinter, PrintJob } from './printer';

/** The steps of one print, as PlaywrightPrinterOptions.onStep reports them. */
export type PrintStep = 'launch' | 'tab' | 'content' | 'pdf';

export interface PlaywrightPrinterOptions {
  /** Defaults to findChromium(): ATELIER_CHROMIUM, then the usual install paths. */
  executablePath?: string;
  /** Closes the warm browser after this long unused; 0 keeps it until close(). */
  idleMs?: number;
  /** Longest a print may take once asked; after that the browser is closed. */
  timeoutMs?: number;
  /** Called as each step of a print ends, with how long it took (ms): launch only when it happened. */
  onStep?: (step: PrintStep, ms: number) => void;
}

/**
 * The PDF options, every one spelled out: Chromium's defaults (Letter, 1 cm margins, no
 * backgrounds, untagged) are not what the report is designed for. Page size and margins come
 * from the report's CSS @page rules (preferCSSPageSize), so journey pages can be landscape in
 * the same file; `format` only applies where the CSS says nothing.
 */
function playwrightPdfOptions(job: Pick<PrintJob, 'pageSize'>) {
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
    // A tagged PDF, and its outline (bookmarks) built from the headings: the outline needs the tags.
    tagged: true,
    outline: true,
  } as const;
}

/** Playwright starts Chromium headless itself, with no first window. */
const LAUNCH_ARGS = CHROMIUM_ARGS.filter((arg) => arg !== '--headless' && arg !== '--no-startup-window');

/** A blank page in a browser context of its own, JavaScript off and every request refused. */
async function openTab(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    // The report is self-contained (styles, fonts and pictures inline): nothing may load.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    return { context, page: await context.newPage() };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}

/**
 * Prints through a system Chromium driven by playwright-core. One browser is launched on first
 * use (or by warm()) and kept for the next exports; each print gets a fresh browser context
 * with JavaScript off and every network request refused. warm() loads playwright-core, starts
 * the browser and opens the next print's page ahead, so an export can do that while it reads
 * the workshop and renders the HTML, and the export dialog can do it as it opens.
 */
export function createPlaywrightPrinter(options: PlaywrightPrinterOptions = {}): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  let spare: Promise<{ context: BrowserContext; page: Page }> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let active = 0;
  const idleMs = options.idleMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const step = (name: PrintStep, since: number): void => options.onStep?.(name, performance.now() - since);

  function ensureBrowser(): Promise<Browser> {
    if (browser) return browser;
    const started = performance.now();
    // No Chromium installed (findChromium throws) is a failed launch too: it surfaces in the print.
    const launching = Promise.resolve()
      .then(async () => {
        const executablePath = options.executablePath ?? findChromium();
        const { chromium } = await import('playwright-core');
        return chromium.launch({ executablePath, args: [...LAUNCH_ARGS], headless: true });
      })
      .then((launched) => {
        step('launch', started);
        launched.on('disconnected', () => {
          if (browser === launching) {
            browser = null;
            spare = null;
          }
        });
        return launched;
      });
    // A failed launch is retried by the next print, which then reports the error itself.
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
    browser = launching;
    return launching;
  }

  function takeTab(): Promise<{ context: BrowserContext; page: Page }> {
    const tab = spare ?? ensureBrowser().then(openTab);
    spare = null;
    return tab;
  }

  function scheduleIdle(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (idleMs > 0 && active === 0 && browser) {
      idleTimer = setTimeout(() => void shutdown(), idleMs);
      idleTimer.unref();
    }
  }

  async function shutdown(): Promise<void> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const current = browser;
    browser = null;
    spare = null;
    if (current) await (await current.catch(() => null))?.close();
  }

  async function printOn(job: PrintJob): Promise<Uint8Array> {
    let at = performance.now();
    const { context, page } = await takeTab();
    step('tab', at);
    try {
      at = performance.now();
      // 'load': the inline fonts and pictures are decoded before the print.
      await page.setContent(job.html, { waitUntil: 'load' });
      // Each journey part fitted to its page, measured as this browser lays it out.
      await page.evaluate(journeyFitScript(job.pageSize));
      step('content', at);
      at = performance.now();
      const pdf = await page.pdf(playwrightPdfOptions(job));
      step('pdf', at);
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => {});
    }
  }

  return {
    warm() {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      if (!spare) {
        const opening = ensureBrowser().then(openTab);
        // Not used yet: a failure here is met again, and reported, by the print that follows.
        opening.catch(() => {
          if (spare === opening) spare = null;
        });
        spare = opening;
      }
      void spare.then(scheduleIdle, () => {});
    },
    async print(job) {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      active++;
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          printOn(job),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              reject(new Error(`Printing took longer than ${Math.round(timeoutMs / 1000)} s`));
              void shutdown();
            }, timeoutMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
        active--;
        scheduleIdle();
      }
    },
    close: shutdown,
  };
}
