import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadReportFonts } from '../../main/report/fonts';
import { createPlaywrightPrinter } from '../../main/report/print-playwright';
import { renderReportHtml } from '../../main/report/render-html';
import { REPORT_SECTIONS } from '../../shared/domain/report';
import { pdfFile } from '../helpers/pdf';
import { matrixFixture, reportDataFixture } from '../helpers/report-data';

const printer = createPlaywrightPrinter({ idleMs: 0 });
afterAll(() => printer.close());
const fonts = loadReportFonts(path.resolve('.'));

describe('the matrix page of the deliverable', () => {
  test('names a group item’s cards under its title, placed or still in the tray', async () => {
    const matrix = matrixFixture(4);
    const [first, , , last] = matrix.items;
    first!.text = 'Waiting';
    first!.members = ['Queue at the front desk', 'Nobody at reception after 10 pm'];
    last!.text = 'Billing';
    last!.members = ['Hidden fees on the bill', 'Minibar prices'];
    const data = { ...reportDataFixture({ language: 'en' }), matrices: [matrix] };

    const html = renderReportHtml(data, { sections: [...REPORT_SECTIONS], pageSize: 'A4' }, fonts);
    const pdf = pdfFile(await printer.print({ html, pageSize: 'A4' }), 'matrix-groups.pdf');
    // Set ATELIER_PDF_SHOTS to a folder to keep the pages as pictures, to look at.
    if (process.env.ATELIER_PDF_SHOTS) pdf.toPng(process.env.ATELIER_PDF_SHOTS, 'matrix-groups', 70);
    const text = pdf.text().replace(/\s+/g, ' ');

    // The legend's columns come out of pdftotext in their own order: the cards are there, as words.
    expect(text).toMatch(/1 Waiting .*Queue at the front desk · Nobody at reception after 10 pm Quick wins/);
    expect(text).toMatch(/Not placed yet.*Billing Hidden fees on the bill · Minibar prices/);
  });
});
