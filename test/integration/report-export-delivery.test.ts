import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { startCore, type CoreOptions } from '../../main/core';
import type { PdfPrinter, PrintJob } from '../../main/report/printer';
import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc/contract';
import type { AppErrorData } from '../../shared/ipc/result';

/** A printer that answers a tiny three-page PDF and remembers what it was asked to print. */
function fakePrinter(): PdfPrinter & { jobs: PrintJob[] } {
  const jobs: PrintJob[] = [];
  return {
    jobs,
    print: async (job) => {
      jobs.push(job);
      return Buffer.from('%PDF-1.4\n1 0 obj\n<</Type /Pages /Count 3 /Kids []>>\nendobj\n');
    },
    close: async () => {},
  };
}

/** A desktop-like core: exports go through a save dialog (answered by `choose`) and can be revealed. */
async function desktopCore(options: Partial<CoreOptions>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-delivery-'));
  const core = await startCore({ dataDir, host: 'electron', ...options });
  onTestFinished(async () => {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const send = async <K extends ChannelName>(channel: K, input: InputOf<K>) => core.dispatch(channel, input, { origin: 'electron' });
  return {
    dataDir,
    call: async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
      const result = await send(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as OutputOf<K>;
    },
    refused: async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<AppErrorData> => {
      const result = await send(channel, input);
      if (result.ok) throw new Error(`${channel} was expected to fail`);
      return result.error;
    },
  };
}

const meta = { title: 'Parcours client', date: '2025-06-02', language: 'fr' as const };

describe('exporting in the desktop app', () => {
  test('asks where to save first, writes the PDF there, and can then open it or show it in its folder', async () => {
    const printer = fakePrinter();
    const asked: [string, string][] = [];
    const revealed: [string, string][] = [];
    const app = await desktopCore({
      printPdf: printer,
      chooseSavePath: async (name, kind) => {
        asked.push([name, kind]);
        return path.join(app.dataDir, 'Livrable client.pdf');
      },
      revealFile: async (file, action) => {
        revealed.push([file, action]);
      },
    });
    const w = await app.call('workshopCreate', { templateId: 'persona', meta });

    const delivery = await app.call('reportExportPdf', { workshopId: w.id, exportId: 'export-1', options: { pageSize: 'Letter' } });

    const target = path.join(app.dataDir, 'Livrable client.pdf');
    expect(asked).toEqual([['Parcours client — Livrable de l’atelier.pdf', 'pdf']]);
    expect(delivery).toEqual({ status: 'saved', path: target, fileName: 'Livrable client.pdf', bytes: fs.statSync(target).size, pages: 3 });
    expect(printer.jobs.map((job) => job.pageSize)).toEqual(['Letter']);
    expect(printer.jobs[0]?.html).toContain('<title>Parcours client — Livrable de l’atelier</title>');

    await app.call('reportReveal', { path: target, action: 'folder' });
    await app.call('reportReveal', { path: target, action: 'open' });
    expect(revealed).toEqual([
      [target, 'folder'],
      [target, 'open'],
    ]);
  });

  test('prints nothing when the save dialog is cancelled', async () => {
    const printer = fakePrinter();
    const app = await desktopCore({ printPdf: printer, chooseSavePath: async () => undefined });
    const w = await app.call('workshopCreate', { templateId: 'persona', meta });
    expect(await app.call('reportExportPdf', { workshopId: w.id, exportId: 'export-2', options: {} })).toEqual({ status: 'cancelled' });
    expect(printer.jobs).toEqual([]);
  });

  test('says which file it could not write', async () => {
    const app = await desktopCore({ printPdf: fakePrinter(), chooseSavePath: async () => '/nonexistent-folder/livrable.pdf' });
    const w = await app.call('workshopCreate', { templateId: 'persona', meta });
    const error = await app.refused('reportExportPdf', { workshopId: w.id, exportId: 'export-3', options: {} });
    expect(error).toMatchObject({ code: 'forbidden', message: 'Cannot write /nonexistent-folder/livrable.pdf (ENOENT)' });
  });

  test('never opens a file it did not export in this session', async () => {
    const revealed: string[] = [];
    const app = await desktopCore({ printPdf: fakePrinter(), revealFile: async (file) => void revealed.push(file) });
    const error = await app.refused('reportReveal', { path: '/usr/bin/xterm', action: 'open' });
    expect(error.code).toBe('forbidden');
    expect(revealed).toEqual([]);
  });

  test('saves the CSV and the workshop file where the facilitator says', async () => {
    let next = '';
    const app = await desktopCore({ printPdf: fakePrinter(), chooseSavePath: async () => next });
    const w = await app.call('workshopCreate', { templateId: 'persona', meta });
    next = path.join(app.dataDir, 'cartes.csv');
    expect(await app.call('reportExportCsv', { workshopId: w.id, kind: 'cards' })).toMatchObject({ status: 'saved', path: next });
    expect(fs.readFileSync(next, 'utf8').startsWith('\uFEFFTableau,')).toBe(true);
    next = path.join(app.dataDir, 'atelier.atelier');
    await app.call('workshopExportFile', { workshopId: w.id });
    expect(JSON.parse(fs.readFileSync(next, 'utf8'))).toMatchObject({ format: 'atelier-workshop', workshop: { title: 'Parcours client' } });
  });
});

describe('exporting in the browser host', () => {
  test('answers the file for the page to download, and has no file manager to open it with', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-delivery-'));
    const core = await startCore({ dataDir, host: 'web', printPdf: fakePrinter() });
    onTestFinished(async () => {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const created = await core.dispatch('workshopCreate', { templateId: 'persona', meta }, { origin: 'web' });
    const workshopId = (created as { value: { id: string } }).value.id;
    const answer = await core.dispatch('reportExportPdf', { workshopId, exportId: 'export-4', options: {} }, { origin: 'web' });
    expect(answer).toMatchObject({ ok: true, value: { status: 'download', mime: 'application/pdf', pages: 3 } });
    const reveal = await core.dispatch('reportReveal', { path: '/tmp/x.pdf', action: 'folder' }, { origin: 'web' });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('gets the printer ready when the export dialog opens, and before reading a workshop to print', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-delivery-'));
    const calls: string[] = [];
    const printer = { ...fakePrinter(), warm: () => void calls.push('warm') };
    const print = printer.print;
    printer.print = async (job) => {
      calls.push('print');
      return print(job);
    };
    const core = await startCore({ dataDir, host: 'web', printPdf: printer });
    onTestFinished(async () => {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const garbage = await core.dispatch('reportPrepare', { start: 'now' }, { origin: 'web' });
    expect(garbage).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toEqual([]);
    expect(await core.dispatch('reportPrepare', {}, { origin: 'web' })).toEqual({ ok: true, value: { warming: true } });
    expect(calls).toEqual(['warm']);
    const created = await core.dispatch('workshopCreate', { templateId: 'persona', meta }, { origin: 'web' });
    const workshopId = (created as { value: { id: string } }).value.id;
    await core.dispatch('reportExportPdf', { workshopId, exportId: 'export-5', options: {} }, { origin: 'web' });
    expect(calls.slice(1)).toEqual(['warm', 'print']);
  });

  test('has nothing to get ready with a printer that keeps nothing warm', async () => {
    const app = await desktopCore({ printPdf: fakePrinter() });
    expect(await app.call('reportPrepare', {})).toEqual({ warming: false });
  });
});
