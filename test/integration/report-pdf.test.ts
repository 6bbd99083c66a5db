import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadReportFonts } from '../../main/report/fonts';
import { createPlaywrightPrinter } from '../../main/report/print-playwright';
import { renderReportHtml } from '../../main/report/render-html';
import type { FileDelivery, ReportOptions } from '../../shared/domain/report';
import type { Language } from '../../shared/domain/settings';
import { translate } from '../../shared/i18n';
import { startTestCore, type TestCore } from '../helpers/core';
import { pdfFile, positionsOf, type PdfFile } from '../helpers/pdf';

// One Chromium for the whole file: each launch costs about a second.
const printer = createPlaywrightPrinter({ idleMs: 0 });
afterAll(() => printer.close());

const A4 = { width: 595, height: 842 };
const LETTER = { width: 612, height: 792 };
const landscape = (size: { width: number; height: number }) => ({ width: size.height, height: size.width });

async function exportPdf(t: TestCore, workshopId: string, options: Partial<ReportOptions> = {}) {
  const delivery: FileDelivery = await t.call('reportExportPdf', { workshopId, exportId: 'export-test-1', options });
  if (delivery.status !== 'download') throw new Error(`Expected a download, got ${delivery.status}`);
  const bytes = Buffer.from(delivery.dataBase64, 'base64');
  return { delivery, pdf: pdfFile(bytes) };
}

/**
 * Only the bundled static Inter, embedded as real (subset TrueType) fonts with their names: a
 * variable font would have become nameless Type 3 glyph drawings, and a character Inter lacks
 * would have brought in a system font.
 */
function expectStaticInter(fonts: ReturnType<PdfFile['fonts']>): void {
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.type, font.name).not.toBe('Type 3');
    expect(font.type, font.name).toMatch(/TrueType/);
    expect(font.embedded, font.name).toBe(true);
    expect(font.name).toMatch(/^[A-Z]{6}\+Inter-(Regular|Medium|SemiBold|Bold|Italic)$/);
  }
}

function increasing(values: number[]): boolean {
  return values.every((value, index) => value >= 0 && (index === 0 || value > values[index - 1]!));
}

describe('the PDF deliverable', () => {
  test.each<Language>(['fr', 'en'])(
    'of the sample workshop in %s names every persona, stage and top pain point in order, on A4 pages with landscape journeys',
    async (language) => {
      const t = await startTestCore({ printPdf: printer });
      const sample = await t.call('sampleWorkshopCreate', { language });
      const data = await t.call('reportData', { workshopId: sample.id });
      const { delivery, pdf } = await exportPdf(t, sample.id);

      const t_ = (key: Parameters<typeof translate>[1]) => translate(language, key);
      // Page 1 is the cover, whose contents list names every section: read from page 2 on.
      const body = pdf.text({ first: 2 }).replace(/\s+/g, ' ');
      const personas = data.personas.map((persona) => persona.name);
      const stages = data.journeys[0]!.stages.map((stage) => stage.title);
      const top = data.voting[0]!.items.slice(0, 3).map((item) => item.text);
      // A client's deliverable: the synthesis first, no agenda as run unless ticked.
      const sections = (['synthesis', 'personas', 'journeys', 'voting', 'nextSteps'] as const).map((s) => t_(`report.section.${s}`));
      expect(body).not.toContain(t_('report.section.agenda'));
      for (const action of data.nextSteps.map((step) => step.text)) expect(body).toContain(action.replace(/\s+/g, ' '));
      expect(body).not.toMatch(/(?:\b\p{Lu} ){3,}/u);

      expect(increasing(positionsOf(body, sections)), `sections in order: ${sections.join(' | ')}`).toBe(true);
      expect(increasing(positionsOf(body, personas)), 'personas in order').toBe(true);
      const journeyAt = body.indexOf(t_('report.section.journeys'));
      expect(increasing(positionsOf(body.slice(journeyAt), stages)), 'stages in order').toBe(true);
      const votingAt = body.indexOf(t_('report.section.voting'));
      expect(increasing(positionsOf(body.slice(votingAt), top)), 'top pain points in order').toBe(true);
      expect(pdf.text({ first: 1, last: 1 }).replace(/\s+/g, ' ')).toContain(sample.title);

      const { count, sizes } = pdf.pages();
      expect(delivery.pages).toBe(count);
      const landscapePages = sizes.flatMap((size, index) => (size.width > size.height ? [index + 1] : []));
      // The seven stages make two journey parts (4 + 3); every other page is portrait A4.
      expect(landscapePages.length).toBeGreaterThanOrEqual(2);
      for (const [index, size] of sizes.entries()) {
        expect(size, `page ${index + 1}`).toEqual(landscapePages.includes(index + 1) ? landscape(A4) : A4);
      }
      expect(pdf.text({ first: landscapePages[0], last: landscapePages.at(-1) })).toContain(stages[6]);

      expect(pdf.check().ok).toBe(true);
      expectStaticInter(pdf.fonts());

      const outline = pdf.outline().map((entry) => entry.title);
      expect(outline[0]).toBe(sample.title);
      for (const section of sections) expect(outline).toContain(section);
      expect(delivery.fileName).toBe(`${sample.title} — ${t_('report.deliverable')}.pdf`);

      // The pages as pictures, for a person to look at (screenshots/deliverable-pdf-<lang>-NN.png).
      const pictures = pdf.toPng(path.resolve('screenshots'), `deliverable-pdf-${language}`, 50);
      expect(pictures).toHaveLength(count);
    },
  );

  test('draws each group with its title and count, then its cards in order, in a persona and in a journey cell', async () => {
    const t = await startTestCore({ printPdf: printer });
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const { pdf } = await exportPdf(t, sample.id, { sections: ['personas', 'journeys'] });
    const body = pdf.text().replace(/\s+/g, ' ');

    const persona = [
      'Pas reconnue d’un séjour à l’autre',
      '2 cartes',
      'Répéter les mêmes informations à chaque séjour',
      'Sarah Lemoine',
      'Ses préférences oubliées d’un séjour à l’autre',
      '+1 doublon · Julien Roux · Inès Duarte',
      'Le Wi-Fi qui coupe pendant une visio',
    ];
    expect(positionsOf(body, persona), persona.join(' | ')).toSatisfy(increasing);
    const journey = ['L’arrivée du soir', '2 cartes', 'Vingt minutes d’attente à l’enregistrement tardif', '+1 doublon · Karim Haddad · Émilie Garnier', 'Wi-Fi lent dans les chambres'];
    expect(positionsOf(body.slice(body.indexOf('Parcours — Camille')), journey), journey.join(' | ')).toSatisfy(increasing);
    // A merged duplicate's text is not a card of its own.
    expect(body).not.toMatch(/La file à la réception après 22\sh/);

    const pictures = pdf.toPng(path.resolve('screenshots'), 'pdf-groups-fr', 70);
    expect(pictures.length).toBeGreaterThan(0);
  });

  test('ranks a group of the vote as its title with its cards beneath, in the vote results', async () => {
    const t = await startTestCore({ printPdf: printer });
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const { pdf } = await exportPdf(t, sample.id, { sections: ['voting'] });
    const body = pdf.text().replace(/\s+/g, ' ');

    const ranking = ['The late arrival', 'A twenty-minute wait at late check-in', 'Slow Wi-Fi in the rooms', '12 dots', 'No way to get an invoice'];
    expect(positionsOf(body, ranking), ranking.join(' | ')).toSatisfy(increasing);
  });

  test('on Letter paper has Letter pages, the journeys in landscape', async () => {
    const t = await startTestCore({ printPdf: printer });
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const { pdf } = await exportPdf(t, sample.id, { pageSize: 'Letter', sections: ['journeys', 'voting'] });
    const { sizes } = pdf.pages();
    expect(sizes[0]).toEqual(landscape(LETTER));
    expect(sizes.at(-1)).toEqual(LETTER);
    expect(sizes.every((size) => [JSON.stringify(LETTER), JSON.stringify(landscape(LETTER))].includes(JSON.stringify(size)))).toBe(true);
  });

  test('holds only the sections picked, in the report’s order', async () => {
    const t = await startTestCore({ printPdf: printer });
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const { pdf } = await exportPdf(t, sample.id, { sections: ['nextSteps', 'voting'] });
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text.indexOf('Irritants priorisés')).toBeLessThan(text.indexOf('Plan d’actions'));
    expect(text).not.toContain('Déroulé de l’atelier');
    expect(text).not.toContain('Camille Laurent —');
    expect(text).not.toContain('Synthèse');
    // A page of votes, a page of actions.
    expect(pdf.pages().count).toBe(2);
  });

  test('of a workshop that has only just begun is an interim deliverable', async () => {
    const t = await startTestCore({ printPdf: printer });
    const w = await t.call('workshopCreate', { templateId: 'persona', meta: { title: 'Atelier en cours', date: '2025-06-02', language: 'fr' } });
    const { pdf } = await exportPdf(t, w.id, { sections: ['cover', 'agenda', 'nextSteps'], includeEmpty: true });
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text).toContain('Version intermédiaire');
    expect(text).toContain('l’atelier n’a pas encore commencé');
    expect(text).toContain('Aucune action n’a encore été saisie.');
  });

  test('sets French text, accents, œ and typographic marks included, in the embedded Inter, upright and italic', async () => {
    const t = await startTestCore({ printPdf: printer });
    // French spacing: narrow no-break spaces inside the guillemets.
    const title = 'Œuvre commune — «\u202fDéjà vu\u202f» à Noël';
    const w = await t.call('workshopCreate', { templateId: 'persona', meta: { title, client: 'Hôtel Ÿ & Cœur', date: '2025-06-02', language: 'fr' } });
    const persona = await t.call('personaCreate', { workshopId: w.id, name: 'Zoé Lefèvre' });
    await t.call('personaUpdate', { personaId: persona.id, patch: { quote: 'Ça m’a coûté dix minutes à l’accueil… été comme hiver.' } });

    const { pdf } = await exportPdf(t, w.id, { sections: ['cover', 'personas'] });
    const text = pdf.text().replace(/\s+/g, ' ');
    for (const expected of [title, 'Hôtel Ÿ & Cœur', 'Zoé Lefèvre', 'Ça m’a coûté dix minutes à l’accueil… été comme hiver.']) {
      expect(text).toContain(expected.replace(/\s+/g, ' '));
    }
    expectStaticInter(pdf.fonts());
    expect(pdf.fonts().map((font) => font.name.slice(7))).toEqual(expect.arrayContaining(['Inter-Regular', 'Inter-Bold', 'Inter-Italic']));
  });

  test('shows user text with markup as literal text, never as HTML', async () => {
    const t = await startTestCore({ printPdf: printer });
    const title = 'Atelier <script>alert("x")</script> & co';
    const w = await t.call('workshopCreate', { templateId: 'persona', meta: { title, client: '</style><b>gras</b>', date: '2025-06-02', language: 'en' } });
    await t.call('personaCreate', { workshopId: w.id, name: '<img src=x onerror=alert(1)>' });

    const data = await t.call('reportData', { workshopId: w.id });
    const html = renderReportHtml(data, { sections: ['cover', 'personas'], pageSize: 'A4' }, loadReportFonts(path.resolve('.')));
    expect(html).not.toMatch(/<script|<img src=x|<b>gras/i);

    const { pdf } = await exportPdf(t, w.id, { sections: ['cover', 'personas'] });
    const text = pdf.text();
    expect(text).toContain('<script>alert("x")</script> & co');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    // The running header is CSS content: the client's text there is escaped too.
    expect(pdf.text({ first: 2 })).toContain('</style><b>gras</b>');
  });

  test('of a workshop with nothing yet leaves out the empty sections, and prints in the language asked for', async () => {
    const t = await startTestCore({ printPdf: printer });
    const w = await t.call('workshopCreate', { templateId: 'voting', meta: { title: 'Vote du jour', date: '2025-06-02', language: 'fr' } });
    const { pdf } = await exportPdf(t, w.id, { language: 'en' });
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text).toContain('Workshop deliverable');
    expect(text).not.toContain('No vote has been revealed yet.');
    expect(text).not.toContain('Action plan');
    expect(pdf.pages().count).toBe(1);
    expect(pdf.check().ok).toBe(true);
  });

  test('carries the firm from the deliverable settings, and Atelier only when ticked', async () => {
    const t = await startTestCore({ printPdf: printer });
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    await t.call('brandingUpdate', { firmName: 'Northwind Advisory', footer: 'Confidential', accent: '#1F5FA8' });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 20"><rect width="60" height="20" fill="#1f5fa8"/></svg>';
    await t.call('brandingLogoSet', { mime: 'image/svg+xml', dataBase64: Buffer.from(svg).toString('base64') });
    const { pdf } = await exportPdf(t, sample.id);
    const text = pdf.text();
    expect(text).toContain('NORTHWIND ADVISORY');
    expect(text).toContain('Confidential');
    expect(text).not.toMatch(/atelier/i);
    expect(pdf.check().ok).toBe(true);
    await t.call('brandingUpdate', { mentionAtelier: true });
    expect((await exportPdf(t, sample.id)).pdf.text()).toContain('Made with Atelier');
  });

  test('announces its progress, from collecting the data to done', async () => {
    const t = await startTestCore({ printPdf: printer });
    const w = await t.call('workshopCreate', { templateId: 'voting', meta: { title: 'Vote', date: '2025-06-02', language: 'en' } });
    await exportPdf(t, w.id, { sections: ['cover'] });
    expect(t.eventsOf('exportProgress').map((event) => [event.phase, event.percent])).toEqual([
      ['collecting', 5],
      ['rendering', 20],
      ['printing', 40],
      ['saving', 90],
      ['done', 100],
    ]);
  });
});
