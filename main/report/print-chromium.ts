import { PAGE_MM } from '../../shared/report/layout';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { launchChromiumPipe, type CdpEvent, type ChromiumPipe } from './chromium-pipe';
import type { PdfPrinter, PrintJob } from './printer';

/** The steps of one print, as ChromiumPrinterOptions.onStep reports them. */
export type PrintStep = 'launch' | 'tab' | 'content' | 'pdf';

export interface ChromiumPrinterOptions {
  /** Defaults to findChromium(): ATELIER_CHROMIUM, then the usual install paths. */
  executablePath?: string;
  /** Closes the warm browser after this long unused; 0 keeps it until close(). */
  idleMs?: number;
  /** Longest a print may take once the browser is up; after that the browser is closed. */
  timeoutMs?: number;
  /** Called as each step of a print ends, with how long it took (ms): launch only when it happened. */
  onStep?: (step: PrintStep, ms: number) => void;
}

const MM_PER_INCH = 25.4;

/**
 * Page.printToPDF's options, every one spelled out: Chromium's defaults (Letter, 1 cm margins,
 * no backgrounds, untagged) are not what the report is designed for. Page size and margins come
 * from the report's CSS @page rules (preferCSSPageSize), so journey pages can be landscape in the
 * same file; the paper size only applies where the CSS says nothing.
 */
export function chromiumPdfParams(job: Pick<PrintJob, 'pageSize'>) {
  const paper = PAGE_MM[job.pageSize];
  return {
    paperWidth: paper.width / MM_PER_INCH,
    paperHeight: paper.height / MM_PER_INCH,
    landscape: false,
    scale: 1,
    printBackground: true,
    preferCSSPageSize: true,
    marginTop: 0,
    marginRight: 0,
    marginBottom: 0,
    marginLeft: 0,
    pageRanges: '',
    // Running header and page numbers are CSS page-margin boxes (report.css.ts): same fonts as the
    // page, and none on the cover. Chromium's own header templates stay off.
    displayHeaderFooter: false,
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
    // A tagged PDF, and its outline (bookmarks) built from the headings.
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    // Large files come back in chunks rather than as one huge message.
    transferMode: 'ReturnAsStream',
  } as const;
}

/** A blank page in a browser context of its own, JavaScript off and every request refused. */
interface Tab {
  browser: ChromiumPipe;
  sessionId: string;
  frameId: string;
  contextId: string;
  /** The page's next event that passes `test`; rejects if the browser goes away first. */
  nextEvent(test: (event: CdpEvent) => boolean): Promise<void>;
  /** Closes the page and its browser context. */
  close(): void;
}

async function openTab(browser: ChromiumPipe): Promise<Tab> {
  const { browserContextId: contextId } = await browser.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId: contextId });
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });

  const waiters = new Set<{ test: (event: CdpEvent) => boolean; resolve: () => void }>();
  const stopListening = browser.onEvent((event) => {
    if (event.sessionId !== sessionId) return;
    if (event.method === 'Fetch.requestPaused') {
      // The report is self-contained (styles, fonts and pictures inline): nothing may load.
      browser.send('Fetch.failRequest', { requestId: event.params.requestId, errorReason: 'BlockedByClient' }, sessionId).catch(() => {});
      return;
    }
    for (const waiter of [...waiters]) {
      if (waiter.test(event)) {
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  });
  const send = <T = Record<string, unknown>>(method: string, params: object = {}) => browser.send<T>(method, params, sessionId);
  const [, , , frameTree] = await Promise.all([
    send('Emulation.setScriptExecutionDisabled', { value: true }),
    send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
    send('Page.enable'),
    send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree'),
  ]);
  return {
    browser,
    sessionId,
    frameId: frameTree.frameTree.frame.id,
    contextId,
    nextEvent: (test) =>
      Promise.race([
        new Promise<void>((resolve) => waiters.add({ test, resolve })),
        browser.exited.then(() => Promise.reject(new Error('Chromium stopped while printing'))),
      ]),
    close() {
      stopListening();
      waiters.clear();
      browser.send('Target.disposeBrowserContext', { browserContextId: contextId }).catch(() => {});
    },
  };
}

/**
 * Prints through a system Chromium, driven over its DevTools pipe (chromium-pipe.ts). One browser
 * is launched on first use (or by warm()) and kept for the next exports; each print gets a fresh
 * browser context with JavaScript off and every network request refused. warm() starts the
 * browser and opens the next print's page ahead, so an export can do that while it reads the
 * workshop and renders the HTML, and the export dialog can do it as it opens.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  let browser: Promise<ChromiumPipe> | null = null;
  let spare: Promise<Tab> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let active = 0;
  const idleMs = options.idleMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const step = (name: PrintStep, since: number): void => options.onStep?.(name, performance.now() - since);

  function ensureBrowser(): Promise<ChromiumPipe> {
    if (browser) return browser;
    const started = performance.now();
    // No Chromium installed (findChromium throws) is a failed launch too: it surfaces in the print.
    const launching = Promise.resolve()
      .then(() => launchChromiumPipe(options.executablePath ?? findChromium(), CHROMIUM_ARGS))
      .then((launched) => {
        step('launch', started);
        void launched.exited.then(() => {
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

  function takeTab(): Promise<Tab> {
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
    const tab = await takeTab();
    step('tab', at);
    const send = <T = Record<string, unknown>>(method: string, params: object = {}) => tab.browser.send<T>(method, params, tab.sessionId);
    try {
      at = performance.now();
      // The HTML replaces the blank page's document (document.open, write and close, no script
      // involved): the first load event after that document opened is the report's, fired once
      // its inline fonts and pictures are decoded.
      let opened = false;
      const loaded = tab.nextEvent((event) => {
        if (event.method === 'Page.documentOpened') opened = true;
        return opened && event.method === 'Page.loadEventFired';
      });
      loaded.catch(() => {}); // awaited below; a failure before then must not go unhandled
      await send('Page.setDocumentContent', { frameId: tab.frameId, html: job.html });
      await loaded;
      step('content', at);

      at = performance.now();
      const { stream } = await send<{ stream: string }>('Page.printToPDF', chromiumPdfParams(job));
      const chunks: Buffer[] = [];
      for (;;) {
        const part = await send<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', { handle: stream, size: 4 * 1024 * 1024 });
        chunks.push(Buffer.from(part.data, part.base64Encoded ? 'base64' : 'utf8'));
        if (part.eof) break;
      }
      await send('IO.close', { handle: stream });
      step('pdf', at);
      return new Uint8Array(Buffer.concat(chunks));
    } finally {
      tab.close();
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
