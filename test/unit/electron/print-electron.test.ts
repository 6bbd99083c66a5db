import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseSavePath, revealFile } from '../../../main/electron/export-files';
import { createElectronPrinter, PRINT_PARTITION } from '../../../main/electron/print-electron';
import { journeyFitScript } from '../../../main/report/journey-fit-script';
import { SECURE_WEB_PREFERENCES } from '../../../main/security';
import { fake, resetElectronFake, type BrowserWindow as FakeWindow } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetElectronFake());

const HTML = '<!doctype html><title>Rapport</title><h1>Découverte</h1>';

describe('the Electron printer', () => {
  it('prints from a hidden, sandboxed window with JavaScript off, in its own session', async () => {
    let htmlSeen = '';
    fake.pdfAnswer = (url) => {
      htmlSeen = readFileSync(fileURLToPath(url), 'utf8');
      return Buffer.from('%PDF-1.7 report');
    };
    const pdf = await createElectronPrinter().print({ html: HTML, pageSize: 'A4' });

    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 report');
    expect(htmlSeen).toBe(HTML);
    const [win] = fake.windows as FakeWindow[];
    expect(win?.options).toMatchObject({ show: false });
    expect(win?.options.webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, javascript: false, devTools: false });
    expect(win?.options.webPreferences?.session).toBe(fake.partitions.get(PRINT_PARTITION));
    expect(win?.destroyed).toBe(true);
  });

  it('fits the journey pages through the DevTools protocol, the page\'s JavaScript staying off, before printing', async () => {
    await createElectronPrinter().print({ html: HTML, pageSize: 'Letter' });
    expect(fake.devtools.map((entry) => entry.method)).toEqual(['attach 1.3', 'Runtime.evaluate', 'detach', 'printToPDF']);
    const evaluate = fake.devtools[1]!;
    expect(evaluate.url).toBe(fake.printed[0]!.url);
    expect(evaluate.params).toEqual({ expression: journeyFitScript('Letter'), returnByValue: true });
  });

  it('still prints, unfitted, when fitting the journey pages fails, and cleans up', async () => {
    fake.devtoolsAnswer = () => ({ exceptionDetails: { text: 'Uncaught', exception: { description: 'TypeError: boom' } } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pdf = await createElectronPrinter().print({ html: HTML, pageSize: 'A4' });
    expect(Buffer.from(pdf).toString()).toMatch(/^%PDF-/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('TypeError: boom'));
    warn.mockRestore();
    expect(fake.devtools.map((entry) => entry.method)).toEqual(['attach 1.3', 'Runtime.evaluate', 'detach', 'printToPDF']);
    expect(fake.windows[0]?.destroyed).toBe(true);
  });

  it('lets the print session load only the report and data: URLs, and grants no permission', async () => {
    await createElectronPrinter().print({ html: HTML, pageSize: 'A4' });
    const printSession = fake.partitions.get(PRINT_PARTITION)!;
    const reportUrl = fake.printed[0]!.url;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      printSession.beforeRequest?.listener({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
      return cancel;
    };
    expect(decide(reportUrl)).toBe(false);
    expect(decide('data:font/woff2;base64,AAAA')).toBe(false);
    expect(decide('https://fonts.example.com/inter.woff2')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    let granted: boolean | undefined;
    printSession.permissionRequestHandler?.(null, 'media', (value: boolean) => (granted = value));
    expect(granted).toBe(false);
    expect(printSession.permissionCheckHandler?.(null, 'clipboard-sanitized-write')).toBe(false);
  });

  it('removes its temporary file even when printing fails', async () => {
    fake.pdfAnswer = () => {
      throw new Error('printing failed');
    };
    await expect(createElectronPrinter().print({ html: HTML, pageSize: 'A4' })).rejects.toThrow('printing failed');
    const file = fileURLToPath(fake.windows[0]!.loadedUrl!);
    expect(existsSync(file)).toBe(false);
    expect(fake.windows[0]?.destroyed).toBe(true);
  });
});

describe('saving and revealing exports', () => {
  it('asks where to save, in Documents, with the suggested name and a filter for the kind', async () => {
    fake.saveDialogAnswer = { canceled: false, filePath: '/home/claire/Livrable.pdf' };
    expect(await chooseSavePath(null, 'Livrable.pdf', 'pdf')).toBe('/home/claire/Livrable.pdf');
    expect(fake.saveDialogs[0]?.[0]).toMatchObject({ defaultPath: '/fake/documents/Livrable.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('answers nothing when the dialog is cancelled', async () => {
    fake.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await chooseSavePath(null, 'cartes.csv', 'csv')).toBeUndefined();
  });

  it('opens the file or shows it in its folder', async () => {
    await revealFile('/home/claire/Livrable.pdf', 'folder');
    await revealFile('/home/claire/Livrable.pdf', 'open');
    expect(fake.shownInFolder).toEqual(['/home/claire/Livrable.pdf']);
    expect(fake.openedPaths).toEqual(['/home/claire/Livrable.pdf']);
    fake.openPathAnswer = 'No application';
    await expect(revealFile('/home/claire/Livrable.pdf', 'open')).rejects.toThrow('No application');
  });
});
