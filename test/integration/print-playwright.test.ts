import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ChromiumNotFoundError } from '../../main/report/chromium';
import { createPlaywrightPrinter, type PrintStep } from '../../main/report/print-playwright';
import { pdfFile } from '../helpers/pdf';

let work: string;
let server: http.Server;
let serverUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'atelier-printer-'));
  server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('body { color: red }');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

/** A stand-in for a browser: a script at a path, as ATELIER_CHROMIUM could name one. */
function fakeBrowser(name: string, script: string): string {
  const file = path.join(work, name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('the Chromium printer (playwright-core)', () => {
  test('prints with JavaScript off and every request refused, on the page size asked, with an outline', async () => {
    const printer = createPlaywrightPrinter({ idleMs: 0 });
    try {
      const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title>
        <link rel="stylesheet" href="${serverUrl}/style.css"></head>
        <body><h1>Découverte</h1><p id="text">Texte imprimé</p>
        <img src="${serverUrl}/picture.png" alt=""><iframe src="${serverUrl}/frame"></iframe>
        <script>document.getElementById('text').textContent = 'SCRIPT RAN'</script></body></html>`;
      const pdf = pdfFile(await printer.print({ html, pageSize: 'Letter' }));
      const text = pdf.text();
      expect(text).toContain('Texte imprimé');
      expect(text).not.toContain('SCRIPT RAN');
      expect(requests).toEqual([]);
      expect(pdf.pages().sizes[0]).toEqual({ width: 612, height: 792 });
      expect(pdf.outline().map((entry) => entry.title)).toEqual(['Découverte']);
    } finally {
      await printer.close();
    }
  });

  test('launches once: warm() starts the browser and the page the next print uses, later prints reuse the browser', async () => {
    const steps: PrintStep[] = [];
    const printer = createPlaywrightPrinter({ idleMs: 0, onStep: (step) => steps.push(step) });
    try {
      printer.warm?.();
      printer.warm?.();
      const first = await printer.print({ html: '<p>un</p>', pageSize: 'A4' });
      const second = await printer.print({ html: '<p>deux</p>', pageSize: 'A4' });
      expect(pdfFile(first).text()).toContain('un');
      expect(pdfFile(second).text()).toContain('deux');
      expect(steps.filter((step) => step === 'launch')).toHaveLength(1);
      expect(steps.filter((step) => step === 'pdf')).toHaveLength(2);
    } finally {
      await printer.close();
    }
    // Closed, it starts a new browser when asked again.
    try {
      await printer.print({ html: '<p>trois</p>', pageSize: 'A4' });
      expect(steps.filter((step) => step === 'launch')).toHaveLength(2);
    } finally {
      await printer.close();
    }
  });

  test('closes an unused browser after its idle time', async () => {
    const steps: PrintStep[] = [];
    const printer = createPlaywrightPrinter({ idleMs: 300, onStep: (step) => steps.push(step) });
    try {
      await printer.print({ html: '<p>un</p>', pageSize: 'A4' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await printer.print({ html: '<p>deux</p>', pageSize: 'A4' });
      expect(steps.filter((step) => step === 'launch')).toHaveLength(2);
    } finally {
      await printer.close();
    }
  });
});

describe('a Chromium that cannot print', () => {
  test('a browser that fails to start is reported by the print that needed it, and tried again next time', async () => {
    const printer = createPlaywrightPrinter({ executablePath: fakeBrowser('fails', 'echo "cannot open display" >&2; exit 3'), idleMs: 0 });
    printer.warm?.();
    await expect(printer.print({ html: '<p>x</p>', pageSize: 'A4' })).rejects.toThrow(/launch/);
    await expect(printer.print({ html: '<p>x</p>', pageSize: 'A4' })).rejects.toThrow(/launch/);
    await printer.close();
  });

  test('no Chromium at all: getting ready does not throw, the print says what to install', async () => {
    const before = process.env.ATELIER_CHROMIUM;
    process.env.ATELIER_CHROMIUM = path.join(work, 'no-such-browser');
    try {
      const missing = createPlaywrightPrinter({ idleMs: 0 });
      expect(() => missing.warm?.()).not.toThrow();
      await expect(missing.print({ html: '<p>x</p>', pageSize: 'A4' })).rejects.toThrow(ChromiumNotFoundError);
      await missing.close();
    } finally {
      if (before === undefined) delete process.env.ATELIER_CHROMIUM;
      else process.env.ATELIER_CHROMIUM = before;
    }
  });
});
