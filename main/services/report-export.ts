import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportPhase, FileDelivery } from '../../shared/domain/report';
import { safeFileName } from '../../shared/domain/report';
import { WORKSHOP_FILE_EXTENSION } from '../../shared/domain/workshop-file';
import { translate } from '../../shared/i18n';
import { AppError } from '../../shared/ipc/result';
import type { Dispatch } from '../ipc/dispatch';
import type { PartialHandlers } from '../ipc/handlers';
import { ChromiumNotFoundError } from '../report/chromium';
import { cardsCsv, votesCsv } from '../report/csv-exports';
import { renderReportPdf } from '../report/export-pdf';
import type { PdfPrinter } from '../report/printer';
import { createSampleWorkshop } from '../report/sample-workshop';
import { buildWorkshopFile } from '../report/workshop-file-export';
import { insertWorkshopFile } from '../report/workshop-file-import';
import { restoreWorkshopFile } from '../report/workshop-file-restore';
import type { ServiceContext } from './context';
import { buildReportData } from './report-data';
import { buildWorkshopVoting } from './voting-view';
import { requireWorkshop } from './workshops';

export type ExportKind = 'pdf' | 'csv' | 'atelier';

/** What exporting needs from the host it runs in (Electron, browser host, command line). */
export interface ExportHost {
  /** Where node_modules is (the bundled fonts). */
  rootDir: string;
  appVersion: string;
  printer(): PdfPrinter;
  /** Electron asks where to save (undefined: cancelled). Without it, files go back as downloads. */
  chooseSavePath?: (suggestedName: string, kind: ExportKind) => Promise<string | undefined>;
  /** Electron opens a file or shows it in its folder; the browser host has neither. */
  revealFile?: (filePath: string, action: 'open' | 'folder') => Promise<void>;
  /** The core's dispatcher: the sample workshop is built through the same validated channels as the UI. */
  dispatch(): Dispatch;
}

const MIME: Record<ExportKind, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  atelier: 'application/json',
};

/**
 * The deliverable's exports and the workshop file. Reading is synchronous and transactional;
 * printing and saving happen after, outside any transaction, so a long print never holds the
 * database.
 */
export function exportHandlers(ctx: ServiceContext, host: ExportHost): PartialHandlers {
  /** Files written this session: the only ones reportReveal may open. */
  const exported = new Set<string>();

  /** Where the file goes: a path the user chose (Electron), 'download' (browser host), or null when cancelled. */
  async function destination(fileName: string, kind: ExportKind): Promise<string | 'download' | null> {
    if (!host.chooseSavePath) return 'download';
    const chosen = await host.chooseSavePath(fileName, kind);
    return chosen ? path.resolve(chosen) : null;
  }

  async function deliver(bytes: Uint8Array, fileName: string, kind: ExportKind, pages: number | null, to?: string | 'download' | null): Promise<FileDelivery> {
    const where = to === undefined ? await destination(fileName, kind) : to;
    if (where === null) return { status: 'cancelled' };
    if (where === 'download') {
      return { status: 'download', fileName, mime: MIME[kind], dataBase64: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength, pages };
    }
    const target = where;
    try {
      await writeFile(target, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new AppError('forbidden', `Cannot write ${target} (${code})`);
    }
    exported.add(target);
    return { status: 'saved', path: target, fileName: path.basename(target), bytes: bytes.byteLength, pages };
  }

  return {
    reportData: ({ workshopId, pictures }) => buildReportData(ctx.store().db, workshopId, ctx.now(), { pictures: pictures === true }),

    reportPrepare: () => {
      const printer = host.printer();
      printer.warm?.();
      return { warming: printer.warm !== undefined };
    },

    reportExportPdf: async ({ workshopId, exportId, options, fileName }) => {
      const progress = (phase: ExportPhase, percent: number): void => ctx.bus.emit('exportProgress', { exportId, workshopId, phase, percent });
      try {
        // The printer gets ready (a first export starts its browser) while the workshop is read.
        host.printer().warm?.();
        progress('collecting', 5);
        const data = buildReportData(ctx.store().db, workshopId, ctx.now(), { pictures: true });
        const name = safeFileName(fileName ?? `${data.workshop.title} — ${translate(data.language, 'report.deliverable')}`, 'pdf');
        // Ask where to save before printing: a cancelled dialog then costs no print.
        const to = await destination(name, 'pdf');
        if (to === null) {
          progress('done', 100);
          return { status: 'cancelled' };
        }
        const pdf = await renderReportPdf(data, options, host.printer(), host.rootDir, (phase) =>
          progress(phase, phase === 'rendering' ? 20 : 40),
        );
        progress('saving', 90);
        const delivery = await deliver(pdf.bytes, path.basename(to === 'download' ? name : to), 'pdf', pdf.pages, to);
        progress('done', 100);
        return delivery;
      } catch (error) {
        progress('failed', 100);
        if (error instanceof ChromiumNotFoundError) throw new AppError('not_found', error.message);
        throw error;
      }
    },

    reportExportCsv: async ({ workshopId, kind }) => {
      const db = ctx.store().db;
      const data = buildReportData(db, workshopId, ctx.now());
      const text = kind === 'cards' ? cardsCsv(data) : votesCsv(data.language, buildWorkshopVoting(db, workshopId).sessions);
      const label = translate(data.language, kind === 'cards' ? 'csv.file.cards' : 'csv.file.votes');
      return deliver(Buffer.from(text, 'utf8'), safeFileName(`${data.workshop.title} — ${label}`, 'csv'), 'csv', null);
    },

    reportReveal: async ({ path: filePath, action }) => {
      if (!host.revealFile) throw new AppError('forbidden', 'This host has no file manager; the file was downloaded');
      const target = path.resolve(filePath);
      // Only a file this session exported: the renderer must not be able to open arbitrary paths.
      if (!exported.has(target)) throw new AppError('forbidden', 'Only a file exported in this session can be opened');
      await host.revealFile(target, action);
      return { done: true };
    },

    workshopExportFile: async ({ workshopId }) => {
      const db = ctx.store().db;
      const workshop = requireWorkshop(db, workshopId);
      const file = buildWorkshopFile(db, workshopId, ctx.now(), host.appVersion);
      const bytes = Buffer.from(`${JSON.stringify(file, null, 1)}\n`, 'utf8');
      return deliver(bytes, safeFileName(workshop.title, WORKSHOP_FILE_EXTENSION), 'atelier', null);
    },

    workshopImportFile: ({ text }) => {
      // Everything is checked before the first write; the writes are one transaction.
      const file = restoreWorkshopFile(text);
      const now = ctx.now().toISOString();
      const workshop = ctx.store().transaction((db) => requireWorkshop(db, insertWorkshopFile(db, file, now)));
      ctx.bus.emit('workshopChanged', workshop);
      ctx.bus.emit('workshopsChanged', {});
      return workshop;
    },

    sampleWorkshopCreate: ({ language }, call) => createSampleWorkshop(host.dispatch(), ctx, language, call),
  };
}
