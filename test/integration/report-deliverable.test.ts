import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadReportFonts } from '../../main/report/fonts';
import { createPlaywrightPrinter } from '../../main/report/print-playwright';
import { renderReportHtml, type RenderOptions } from '../../main/report/render-html';
import { CX_DOMAINS } from '../../shared/domain/next-steps';
import { REPORT_SECTIONS, type PageSize, type ReportData } from '../../shared/domain/report';
import { LANDSCAPE_MARGIN_MM } from '../../shared/report/layout';
import { pdfFile, positionsOf } from '../helpers/pdf';
import { reportDataFixture } from '../helpers/report-data';

// One Chromium for the whole file: each launch costs about a second.
const printer = createPlaywrightPrinter({ idleMs: 0 });
afterAll(() => printer.close());
const fonts = loadReportFonts(path.resolve('.'));
/** Set ATELIER_PDF_SHOTS to a folder to keep every page as a picture, to look at. */
const SHOTS = process.env.ATELIER_PDF_SHOTS;

async function print(data: ReportData, options: Partial<RenderOptions> = {}, name = 'fixture') {
  const html = renderReportHtml(data, { sections: [...REPORT_SECTIONS], pageSize: 'A4', ...options }, fonts);
  const pdf = pdfFile(await printer.print({ html, pageSize: options.pageSize ?? 'A4' }), `${name}.pdf`);
  if (SHOTS) pdf.toPng(SHOTS, name, 70);
  return pdf;
}

/** Letters set apart ("A N I M AT I O N"): three or more capitals each followed by a space. */
const SPACED_LETTERS = /(?:\b\p{Lu} ){3,}/u;

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Whether the right margin of a landscape page is blank paper: rendered as a raw PPM by
 * pdftoppm, every pixel between the content's right edge (plus a hair) and the page's edge must
 * be white, from below the header to above the page number.
 */
function rightMarginIsBlank(file: string, page: number, pageSize: PageSize): boolean {
  const dpi = 72;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-ppm-')), 'page');
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  const ppm = fs.readFileSync(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = header[0].length;
  const mm = dpi / 25.4;
  const from = Math.ceil(width - (LANDSCAPE_MARGIN_MM.side - 0.6) * mm);
  const top = Math.ceil(LANDSCAPE_MARGIN_MM.top * mm);
  const bottom = Math.floor(height - LANDSCAPE_MARGIN_MM.bottom * mm);
  expect(pageSize === 'A4' ? width : width).toBeGreaterThan(from);
  for (let y = top; y < bottom; y++) {
    for (let x = from; x < width; x++) {
      const at = offset + (y * width + x) * 3;
      if (ppm[at]! < 245 || ppm[at + 1]! < 245 || ppm[at + 2]! < 245) return false;
    }
  }
  return true;
}

describe('the deliverable’s pages', () => {
  test.each<PageSize>(['A4', 'Letter'])('on %s open on a one-page synthesis, then the matrix drawn with its quadrants and legend', async (pageSize) => {
    const data = reportDataFixture({ language: 'en', matrixItems: 7 });
    const pdf = await print(data, { pageSize }, `deliverable-${pageSize.toLowerCase()}`);
    const text = flat(pdf.text());
    expect(pdf.check().ok).toBe(true);

    // The synthesis comes right after the cover, before the personas, and holds on its page.
    const page2 = flat(pdf.text({ first: 2, last: 2 }));
    for (const heading of ['Synthesis', 'Top priorities', 'Lowest moments of the journey', 'Actions by domain']) expect(page2).toContain(heading);
    expect(flat(pdf.text({ first: 3, last: 3 }))).not.toContain('Actions by domain');
    const [synthesisAt, personasAt] = positionsOf(text, ['Top priorities', 'Camille Durand']);
    expect(synthesisAt).toBeGreaterThan(0);
    expect(personasAt).toBeGreaterThan(synthesisAt!);
    expect(page2).toContain('From the matrix “Pain point priorities”');
    expect(flat(pdf.text({ first: 2, last: 2, layout: true }))).toMatch(/8 participants 41 ideas 24 dots 3 actions/);

    // The matrix: quadrant names drawn as text, every placed item in the legend, the tray after.
    for (const quadrant of ['Quick wins', 'Major projects', 'Fill-ins', 'Time sinks']) expect(text).toContain(quadrant);
    for (let n = 1; n <= 6; n++) expect(text).toContain(`Priority ${n}`);
    expect(text).toMatch(/Not placed yet Priority 7/);
    for (const action of ['Action 1', 'Action 2', 'Action 3']) expect(text).toContain(action);
    expect(text).not.toMatch(SPACED_LETTERS);
    expect(text).not.toContain('No vote has been revealed yet.');

    // The emotion curve never leaves its band: the right margin of every journey page stays blank.
    const { sizes } = pdf.pages();
    const landscape = sizes.flatMap((size, index) => (size.width > size.height ? [index + 1] : []));
    expect(landscape.length).toBe(2);
    for (const page of landscape) expect(rightMarginIsBlank(pdf.file, page, pageSize), `page ${page}`).toBe(true);
  });

  test('hold the synthesis on one page even with the longest texts everywhere', async () => {
    const long = (label: string) => `${label} ${'with a long explanation of what was agreed and why it matters '.repeat(8)}`;
    const data = reportDataFixture({ language: 'fr', matrixItems: 8 });
    data.matrices[0]!.items = data.matrices[0]!.items.map((entry) => ({ ...entry, text: long(entry.text), placement: { impact: 5, effort: 1 } }));
    data.journeys[0]!.emotions = data.journeys[0]!.emotions.map((point) => ({ ...point, score: -2, note: long('note') }));
    data.journeys[0]!.cards = data.journeys[0]!.cards.map((card) => ({ ...card, text: long(card.text) }));
    data.nextSteps = CX_DOMAINS.flatMap((domain, d) =>
      [0, 1, 2].map((n) => ({ ...data.nextSteps[0]!, id: `ns-${d}-${n}`, position: d * 3 + n, domain, text: long(`Domain ${d} action ${n}`) })),
    );
    const pdf = await print(data, { sections: ['cover', 'synthesis', 'personas'], pageSize: 'Letter' }, 'synthesis-longest');
    const page2 = flat(pdf.text({ first: 2, last: 2 }));
    expect(page2).toContain('Actions par domaine');
    expect(page2).toContain('Domain 5 action 0');
    expect(page2).toContain('+2 autres actions');
    expect(flat(pdf.text({ first: 3, last: 3 }))).toContain('Camille Durand');
    expect(pdf.pages().count).toBe(4);
  });

  test('in French write counts as French does, with labels that extract as words', async () => {
    const data = reportDataFixture({ language: 'fr', matrixItems: 3 });
    data.workshop.participants = ['Ana'];
    data.voting[0] = { ...data.voting[0]!, participants: 1, votesCast: 1, maxVotes: 1, items: [{ ...data.voting[0]!.items[0]!, votes: 1 }] };
    data.nextSteps = data.nextSteps.slice(0, 1);
    const pdf = await print(data, {}, 'deliverable-fr');
    const text = flat(pdf.text());
    expect(text).toContain('1 participant · 1 gommette posée');
    expect(flat(pdf.text({ first: 2, last: 2, layout: true }))).toMatch(/1 participant \d+ idées 1 gommette 1 action\b/);
    expect(text).toContain('1 gommette · n° 1');
    // The report's own counts (the fixture's card texts say "actions … 1" on their own).
    expect(flat(pdf.text({ first: 2, last: 2, layout: true }))).not.toMatch(/(?<![\d\u202f])1 (participants|gommettes|actions|idées)\b/);
    expect(text).not.toMatch(/(?<![\d\u202f])1 (participants|gommettes posées)\b/);
    for (const label of ['ANIMATION', 'DATE', 'SOMMAIRE', 'PARTICIPANTS']) expect(text).toContain(label);
    expect(text).not.toMatch(SPACED_LETTERS);
    expect(text).toContain('Gains rapides');
  });

  test('leave out what has nothing to show, unless empty sections are asked for', async () => {
    const data = { ...reportDataFixture({ language: 'en' }), voting: [], nextSteps: [], matrices: [] };
    const lean = await print(data, {}, 'deliverable-lean');
    const text = flat(lean.text());
    expect(text).not.toContain('No vote has been revealed yet.');
    expect(text).not.toContain('Action plan');
    expect(text).not.toContain('Impact × effort matrix');
    const full = flat((await print(data, { includeEmpty: true }, 'deliverable-empty')).text());
    expect(full).toContain('No vote has been revealed yet.');
    expect(full).toContain('Action plan');
    expect(full).toContain('Impact × effort matrix');
    expect((await print(data, { includeEmpty: true })).pages().count).toBe(lean.pages().count + 3);
  });

  test('carry the firm’s name and footer, and name Atelier only when asked', async () => {
    const data = reportDataFixture({ language: 'en', matrixItems: 4 });
    data.branding = { firmName: 'Cabinet Lumière', footer: 'Confidential — prepared for Rivage', accent: '#1f5fa8', logoId: null, mentionAtelier: false };
    const pdf = await print(data, {}, 'deliverable-branded');
    const text = pdf.text();
    expect(flat(pdf.text({ first: 1, last: 1 }))).toContain('CABINET LUMIÈRE');
    expect(flat(pdf.text({ first: 3, last: 3 }))).toContain('Cabinet Lumière');
    expect(flat(pdf.text({ first: 3, last: 3 }))).toContain('Confidential — prepared for Rivage');
    expect(text).not.toMatch(/atelier/i);
    const named = flat((await print({ ...data, branding: { ...data.branding, mentionAtelier: true } })).text());
    expect(named).toContain('Made with Atelier');
  });
});
