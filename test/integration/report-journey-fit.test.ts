import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadReportFonts } from '../../main/report/fonts';
import { createPlaywrightPrinter } from '../../main/report/print-playwright';
import { renderReportHtml } from '../../main/report/render-html';
import { REPORT_SECTIONS, type PageSize, type ReportData } from '../../shared/domain/report';
import type { Language } from '../../shared/domain/settings';
import { splitStages } from '../../shared/report/layout';
import { startTestCore } from '../helpers/core';
import { pdfFile, type PdfFile } from '../helpers/pdf';
import { reportDataFixture } from '../helpers/report-data';

// One Chromium for the whole file: each launch costs about a second.
const printer = createPlaywrightPrinter({ idleMs: 0 });
afterAll(() => printer.close());
const fonts = loadReportFonts(path.resolve('.'));
/** Set ATELIER_PDF_SHOTS to a folder to keep every page as a picture, to look at. */
const SHOTS = process.env.ATELIER_PDF_SHOTS;

async function print(data: ReportData, pageSize: PageSize, name: string): Promise<PdfFile> {
  const html = renderReportHtml(data, { sections: REPORT_SECTIONS.filter((section) => section !== 'agenda'), pageSize }, fonts);
  const pdf = pdfFile(await printer.print({ html, pageSize }), `${name}.pdf`);
  if (SHOTS) pdf.toPng(SHOTS, name, 60);
  return pdf;
}

/** The journey pages (landscape) and, for each, which of the map's visible lanes it names. */
function journeyPages(pdf: PdfFile, data: ReportData): { page: number; lanes: string[] }[] {
  const lanes = data.journeys[0]!.lanes.filter((lane) => !lane.hidden).map((lane) => lane.title);
  return pdf
    .pages()
    .sizes.flatMap((size, index) => (size.width > size.height ? [index + 1] : []))
    .map((page) => {
      // Lane titles print in capitals, which no card text does; a long one wraps after its " /",
      // and the text layer may put a card's first line before the rest of it.
      const text = pdf.text({ first: page, last: page }).replace(/\s+/g, ' ');
      return { page, lanes: lanes.filter((title) => text.includes(title.split(' / ')[0]!.toLocaleUpperCase())) };
    });
}

describe('journey pages', () => {
  test.each<[Language, PageSize]>([
    ['fr', 'A4'],
    ['en', 'A4'],
    ['fr', 'Letter'],
    ['en', 'Letter'],
  ])('of the sample in %s on %s: each part of the map on one page, with all its lanes', async (language, pageSize) => {
    const t = await startTestCore({ printPdf: printer });
    const sample = await t.call('sampleWorkshopCreate', { language });
    const data = await t.call('reportData', { workshopId: sample.id });
    const pdf = await print(data, pageSize, `journey-fit-${language}-${pageSize}`);

    const pages = journeyPages(pdf, data);
    const parts = data.journeys.reduce((sum, map) => sum + splitStages(map.stages).length, 0);
    const lanes = data.journeys[0]!.lanes.filter((lane) => !lane.hidden).length;
    expect(pages.map((page) => page.lanes.length)).toEqual(Array<number>(parts).fill(lanes));
  }, 60_000);

  test('a part too tall to scale legibly shares its lanes out evenly, the stage headers on every page', async () => {
    const data = reportDataFixture({ language: 'fr', stages: 4, cardsPerCell: 4 });
    const pdf = await print(data, 'A4', 'journey-fit-tall');

    const pages = journeyPages(pdf, data);
    const counts = pages.map((page) => page.lanes.length);
    expect(counts.length, `lanes per page: ${counts.join(', ')}`).toBe(2);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(data.journeys[0]!.lanes.length);
    expect(Math.min(...counts), `lanes per page: ${counts.join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts) - Math.min(...counts), `lanes per page: ${counts.join(', ')}`).toBeLessThanOrEqual(1);
    for (const { page } of pages) {
      const text = pdf.text({ first: page, last: page });
      for (const stage of data.journeys[0]!.stages) expect(text, `page ${page}`).toContain(stage.title);
    }
  }, 60_000);
});
