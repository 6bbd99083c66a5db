import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportPhase, FileDelivery } from '../../shared/domain/report';
import { safeFileName } from '../../shared/domain/report';
import { WORKSHOP_FILE_EXTENSION } from '../../shared/domain/workshop-file';
import { translate } from '../../shared/i18n';
import { AppError } from '../../shared/ipc/result';
import { ChromiumNotFoundError } from './chromium';
import { cardsCsv, matricesCsv, votesCsv } from './csv-exports';
import { renderReportPdf } from './export-pdf';
import type { PdfPrinter } from './printer';
import { createSampleWorkshop } from './sample-workshop';
import { buildWorkshopFile } from './workshop-file-export';
import { insertWorkshopFile } from './workshop-file-import';
import { restoreWorkshopFile } from './workshop-file-restore';
import type { ServiceMethods } from '../ipc/handlers';
import type { ServiceContext } from '../services/context';
import { buildReportData } from './report-data';
import { buildWorkshopVoting } from '../services/voting/view';
import { announceWorkshop, requireWorkshop } from '../services/workshops';

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
}

const MIME: Record<ExportKind, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  atelier: 'application/json',
};

/** What exporting keeps for a core: its host, and the files written this session. */
export interface ExportContext extends ServiceContext {
  host: ExportHost;
  /** Files written this session: the only ones reportReveal may open. */
  exported: Set<string>;
}

export function createExportContext(ctx: ServiceContext, host: ExportHost): ExportContext {
  return { ...ctx, host, exported: new Set() };
}

/*
 * The deliverable's exports and the workshop file. Reading is synchronous and transactional;
 * printing and saving happen after, outside any transaction, so a long print never holds the
 * database.
 */
export function reportData(ctx: ServiceContext, { workshopId, pictures, language }: ParsedInputOf<'reportData'>): OutputOf<'reportData'> {
  return buildReportData(ctx.store().db, workshopId, ctx.now(), { pictures: pictures === true, language: language ?? null });
}

export function reportPrepare(ctx: ExportContext): OutputOf<'reportPrepare'> {
  const printer = ctx.host.printer();
  printer.warm?.();
  return { warming: printer.warm !== undefined };
}

export async function reportExportPdf(ctx: ExportContext, { workshopId, exportId, options, fileName }: ParsedInputOf<'reportExportPdf'>): Promise<OutputOf<'reportExportPdf'>> {
  const progress = (phase: ExportPhase, percent: number): void => ctx.bus.emit('exportProgress', { exportId, workshopId, phase, percent });
  try {
    // The printer gets ready (a first export starts its browser) while the workshop is read.
    ctx.host.printer().warm?.();
    progress('collecting', 5);
    const data = buildReportData(ctx.store().db, workshopId, ctx.now(), { pictures: true, language: options.language });
    const name = safeFileName(fileName ?? `${data.workshop.title} — ${translate(data.language, 'report.deliverable')}`, 'pdf');
    // Ask where to save before printing: a cancelled dialog then costs no print.
    const to = await destination(ctx, name, 'pdf');
    if (to === null) {
      progress('done', 100);
      return { status: 'cancelled' };
    }
    const pdf = await renderReportPdf(data, options, ctx.host.printer(), ctx.host.rootDir, (phase) =>
      progress(phase, phase === 'rendering' ? 20 : 40),
    );
    progress('saving', 90);
    const delivery = await deliver(ctx, pdf.bytes, path.basename(to === 'download' ? name : to), 'pdf', pdf.pages, to);
    progress('done', 100);
    return delivery;
  } catch (error) {
    progress('failed', 100);
    if (error instanceof ChromiumNotFoundError) throw new AppError('not_found', error.message);
    throw error;
  }
}

export async function reportExportCsv(ctx: ExportContext, { workshopId, kind }: ParsedInputOf<'reportExportCsv'>): Promise<OutputOf<'reportExportCsv'>> {
  const db = ctx.store().db;
  const data = buildReportData(db, workshopId, ctx.now());
  const text =
    kind === 'cards'
      ? cardsCsv(data)
      : kind === 'matrices'
        ? matricesCsv(data.language, data.matrices, data.nextSteps)
        : votesCsv(data.language, buildWorkshopVoting(db, workshopId).sessions);
  const label = translate(data.language, kind === 'cards' ? 'csv.file.cards' : kind === 'matrices' ? 'csv.file.matrices' : 'csv.file.votes');
  return deliver(ctx, Buffer.from(text, 'utf8'), safeFileName(`${data.workshop.title} — ${label}`, 'csv'), 'csv', null);
}

export async function reportReveal(ctx: ExportContext, { path: filePath, action }: ParsedInputOf<'reportReveal'>): Promise<OutputOf<'reportReveal'>> {
  if (!ctx.host.revealFile) throw new AppError('forbidden', 'This host has no file manager; the file was downloaded');
  const target = path.resolve(filePath);
  // Only a file this session exported: the renderer must not be able to open arbitrary paths.
  if (!ctx.exported.has(target)) throw new AppError('forbidden', 'Only a file exported in this session can be opened');
  await ctx.host.revealFile(target, action);
  return { done: true };
}

export async function workshopExportFile(ctx: ExportContext, { workshopId }: ParsedInputOf<'workshopExportFile'>): Promise<OutputOf<'workshopExportFile'>> {
  const db = ctx.store().db;
  const workshop = requireWorkshop(db, workshopId);
  const file = buildWorkshopFile(db, workshopId, ctx.now(), ctx.host.appVersion);
  const bytes = Buffer.from(`${JSON.stringify(file, null, 1)}\n`, 'utf8');
  return deliver(ctx, bytes, safeFileName(workshop.title, WORKSHOP_FILE_EXTENSION), 'atelier', null);
}

export function workshopImportFile(ctx: ServiceContext, { text }: ParsedInputOf<'workshopImportFile'>): OutputOf<'workshopImportFile'> {
  // Everything is checked before the first write; the writes are one transaction.
  const file = restoreWorkshopFile(text);
  const now = ctx.now().toISOString();
  const workshop = ctx.store().transaction((db) => requireWorkshop(db, insertWorkshopFile(db, file, now)));
  announceWorkshop(ctx, workshop);
  ctx.bus.emit('workshopsChanged', {});
  return workshop;
}

export function sampleWorkshopCreate(ctx: ServiceContext, { language }: ParsedInputOf<'sampleWorkshopCreate'>): OutputOf<'sampleWorkshopCreate'> {
  return createSampleWorkshop(ctx, language);
}

/** Where the file goes: a path the user chose (Electron), 'download' (browser host), or null when cancelled. */
async function destination(ctx: ExportContext, fileName: string, kind: ExportKind): Promise<string | 'download' | null> {
  if (!ctx.host.chooseSavePath) return 'download';
  const chosen = await ctx.host.chooseSavePath(fileName, kind);
  return chosen ? path.resolve(chosen) : null;
}

async function deliver(
  ctx: ExportContext,
  bytes: Uint8Array,
  fileName: string,
  kind: ExportKind,
  pages: number | null,
  to?: string | 'download' | null,
): Promise<FileDelivery> {
  const where = to === undefined ? await destination(ctx, fileName, kind) : to;
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
  ctx.exported.add(target);
  return { status: 'saved', path: target, fileName: path.basename(target), bytes: bytes.byteLength, pages };
}


/** The deliverable's exports, the workshop file and the sample workshop. */
export function registerExportServices(app: ServiceMethods<ExportContext>): void {
  app.methods({
    reportData, reportPrepare, reportExportPdf, reportExportCsv, reportReveal, workshopExportFile,
    workshopImportFile, sampleWorkshopCreate,
  });
}
