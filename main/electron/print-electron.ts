import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type PrintToPDFOptions, type Session } from 'electron';
import { journeyFitScript } from '../report/journey-fit-script';
import type { PdfPrinter, PrintJob } from '../report/printer';
import { SECURE_WEB_PREFERENCES } from '../security';

/** Its own in-memory session: the app's session refuses file: URLs, and this one allows only the report. */
export const PRINT_PARTITION = 'atelier-print';

/**
 * Every option written out, as with the Chromium printer (main/report/print-playwright.ts): Electron's
 * defaults are Letter with 1 cm margins and no backgrounds. The report's CSS @page rules give the
 * real size and margins (preferCSSPageSize), so journey pages are landscape in the same file.
 */
function electronPdfOptions(job: Pick<PrintJob, 'pageSize'>): PrintToPDFOptions {
  return {
    landscape: false,
    displayHeaderFooter: false,
    printBackground: true,
    scale: 1,
    pageSize: job.pageSize,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    pageRanges: '',
    // Running header and page numbers are CSS page-margin boxes (shared/report/report.css.ts).
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
    preferCSSPageSize: true,
    // The outline is built from the headings, and only for a tagged PDF.
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

function hardenPrintSession(printSession: Session, allowedUrl: string): void {
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  // The report is self-contained (fonts and images are data: URLs): nothing else may load.
  printSession.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !(details.url === allowedUrl || details.url.startsWith('data:')) });
  });
}

/**
 * Fits each journey part to its page (main/report/journey-fit-script.ts), measured in this
 * window. The page's JavaScript is off, which executeJavaScript honours; the DevTools protocol's
 * Runtime.evaluate runs all the same, as Playwright's page.evaluate does for the other printer.
 */
async function fitJourneys(win: BrowserWindow, job: PrintJob): Promise<void> {
  const { debugger: devtools } = win.webContents;
  devtools.attach('1.3');
  try {
    const answer = (await devtools.sendCommand('Runtime.evaluate', { expression: journeyFitScript(job.pageSize), returnByValue: true })) as {
      exceptionDetails?: { text?: string; exception?: { description?: string } };
    };
    if (answer.exceptionDetails) {
      throw new Error(`Fitting the journey pages failed: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text ?? ''}`);
    }
  } finally {
    devtools.detach();
  }
}

/**
 * Prints with webContents.printToPDF from a hidden, sandboxed window with JavaScript off. The
 * HTML goes through a private temporary file rather than a data: URL, which Chromium caps at
 * 2 MB (a report with pictures is larger); the file is removed right after.
 */
export function createElectronPrinter(): PdfPrinter {
  return {
    async print(job) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'atelier-print-'));
      const file = path.join(dir, 'report.html');
      const url = pathToFileURL(file).href;
      const printSession = session.fromPartition(PRINT_PARTITION);
      hardenPrintSession(printSession, url);
      // electronegativity-justified CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK: both are true in
      // SECURE_WEB_PREFERENCES, spread below (asserted by test/unit/electron/print-electron.test.ts).
      // electronegativity-justified AUXCLICK_JS_CHECK: the window is never shown, runs no JavaScript,
      // and every new window is denied (navigation.ts).
      const win = new BrowserWindow({
        show: false,
        width: 1280,
        height: 900,
        webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false, devTools: false, session: printSession },
      });
      try {
        await writeFile(file, job.html, { encoding: 'utf8', mode: 0o600 });
        await win.loadURL(url);
        // A journey part left unfitted (a stray lane on the next page) beats no deliverable.
        await fitJourneys(win, job).catch((error: unknown) => console.warn(`Journey pages printed unfitted: ${String(error)}`));
        return await win.webContents.printToPDF(electronPdfOptions(job));
      } finally {
        if (!win.isDestroyed()) win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
    async close() {
      // Nothing is kept between prints.
    },
  };
}
