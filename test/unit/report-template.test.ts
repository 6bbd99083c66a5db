import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../main/report/chromium';
import { countPdfPages } from '../../main/report/pdf-pages';
import { REPORT_SECTIONS, safeFileName } from '../../shared/domain/report';
import { contentWidth, emotionCurve, splitStages, stageColumnWidth } from '../../shared/report/layout';
import { LABEL_TRACKING, REPORT_CSS, counterContent, cssString, printCss } from '../../shared/report/report.css';
import { ReportDocument } from '../../shared/report/ReportDocument';
import { initialsOf, reportText } from '../../shared/report/text';
import { reportDataFixture } from '../helpers/report-data';

const stages = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `Stage ${i + 1}`, position: i }));

describe('a wide journey map', () => {
  it.each([
    [3, [3]],
    [4, [4]],
    [5, [3, 2]],
    [7, [4, 3]],
    [10, [4, 3, 3]],
    [13, [4, 3, 3, 3]],
  ])('of %i stages is split into pages of at most four, as even as possible: %j', (count, sizes) => {
    const parts = splitStages(stages(count));
    expect(parts.map((part) => part.length)).toEqual(sizes);
    expect(parts.flat().map((stage) => stage.id)).toEqual(stages(count).map((stage) => stage.id));
  });

  it('keeps every stage column as wide as the page allows, never narrower than a quarter of it', () => {
    const widest = (contentWidth('A4', 'landscape') - 34) / 4;
    expect(stageColumnWidth('A4', 4)).toBeCloseTo(widest);
    expect(stageColumnWidth('A4', 3)).toBeGreaterThan(widest);
    expect(contentWidth('Letter', 'landscape')).toBeLessThan(contentWidth('A4', 'landscape'));
  });
});

describe('the emotion curve', () => {
  const all = stages(7);
  const emotions = [
    { stageId: 's0', score: 2, note: '' },
    { stageId: 's2', score: -2, note: 'attente' },
    { stageId: 's3', score: 0, note: '' },
    { stageId: 's4', score: 1, note: '' },
  ];

  it('puts each scored stage at its column centre, +2 at the top and −2 at the bottom, skipping unscored stages', () => {
    const curve = emotionCurve(all, all.slice(0, 4), emotions, 50, 20);
    expect(curve.points.map((point) => [point.column, point.x, point.score])).toEqual([
      [0, 25, 2],
      [2, 125, -2],
      [3, 175, 0],
    ]);
    const [top, bottom, zero] = curve.points;
    expect(top!.y).toBeLessThan(zero!.y);
    expect(bottom!.y).toBeGreaterThan(zero!.y);
    expect(zero!.y).toBeCloseTo(curve.zeroY);
    expect(curve.width).toBe(200);
  });

  it('on a later part continues the line from the previous part’s last scored stage', () => {
    const curve = emotionCurve(all, all.slice(4), emotions, 50, 20);
    expect(curve.points.map((point) => point.column)).toEqual([0]);
    // It starts left of the page, at the column before this part (s3, score 0).
    expect(curve.path.startsWith('M-25 ')).toBe(true);
  });

  it('never swings past its band, even where the line turns at +2 or −2', () => {
    const steep = [
      { stageId: 's0', score: -2, note: '' },
      { stageId: 's1', score: 2, note: '' },
      { stageId: 's2', score: 1, note: '' },
    ];
    const curve = emotionCurve(all, all.slice(0, 3), steep, 50, 20);
    const ys = [...curve.path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2]));
    const [top, bottom] = [curve.points[1]!.y, curve.points[0]!.y];
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(top);
    expect(Math.max(...ys)).toBeLessThanOrEqual(bottom);
  });
});

describe('the print stylesheet', () => {
  it('writes any text as a CSS string that cannot end the string or the <style> element', () => {
    expect(cssString('Hôtel « Azur »')).toBe('"Hôtel « Azur »"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('</style><script>')).toBe('"\\3c /style\\3e \\3c script\\3e "');
    expect(cssString('two\nlines')).toBe('"two\\a lines"');
  });

  it('numbers pages with CSS counters in the workshop’s language', () => {
    expect(counterContent(reportText('fr').t('report.page'))).toBe('"Page " counter(page) " sur " counter(pages)');
    expect(counterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });

  it('sets the page size, landscape journey pages and a cover without header', () => {
    const css = printCss({ pageSize: 'Letter', running: 'Visite', signature: '', footer: '', pageLabel: 'Page {page} of {pages}', fonts: [] });
    expect(css).toMatch(/@page \{ size: Letter portrait;/);
    expect(css).toMatch(/@page journey \{ size: Letter landscape;/);
    expect(css).toMatch(/@page cover \{ margin: 0; @top-left \{ content: none; \}/);
  });

  it('signs the page margins with the firm and its footer line, and with nothing when there is none', () => {
    const signed = printCss({ pageSize: 'A4', running: 'Visite', signature: 'Cabinet Lumière', footer: 'Confidentiel', pageLabel: '{page}', fonts: [] });
    expect(signed).toContain('@top-right { content: "Cabinet Lumière";');
    expect(signed).toContain('@bottom-left { content: "Confidentiel";');
    const bare = printCss({ pageSize: 'A4', running: 'Visite', signature: '', footer: '', pageLabel: '{page}', fonts: [] });
    expect(bare).toContain('@top-right { content: none;');
    expect(bare).not.toMatch(/Atelier/);
  });

  it('never spaces letters wider than a label may, so that labels extract as words', () => {
    const spacings = [...REPORT_CSS.matchAll(/letter-spacing:\s*([-\d.]+)em/g)].map((match) => Number(match[1]));
    expect(spacings.length).toBeGreaterThan(5);
    expect(Math.max(...spacings)).toBeLessThanOrEqual(Number.parseFloat(LABEL_TRACKING));
    expect(Number.parseFloat(LABEL_TRACKING)).toBeLessThanOrEqual(0.06);
  });
});

describe('the report template', () => {
  it('renders user text as text', () => {
    const data = reportDataFixture({ language: 'en' });
    data.workshop.title = '<img src=x onerror=alert(1)>';
    data.personas[0]!.quote = '<script>alert(1)</script>';
    const html = renderToStaticMarkup(createElement(ReportDocument, { data, options: { sections: ['cover', 'personas'], pageSize: 'A4' } }));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img src=x/);
  });

  it('draws an uploaded avatar only when its picture is a PNG or JPEG data URL', () => {
    const data = reportDataFixture({ language: 'en', personas: 3 });
    data.personas[0]!.avatar = { kind: 'image', imageId: 'persona0.0000000000000001' };
    data.personas[1]!.avatar = { kind: 'image', imageId: 'persona1.0000000000000002' };
    data.personas[2]!.avatar = { kind: 'image', imageId: 'persona2.0000000000000003' };
    data.pictures = { 'persona0.0000000000000001': 'data:image/png;base64,iVBORw0KGgo=', 'persona1.0000000000000002': 'javascript:alert(1)' };
    const html = renderToStaticMarkup(createElement(ReportDocument, { data, options: { sections: ['personas'], pageSize: 'A4' } }));
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).not.toContain('javascript:');
  });

  it('numbers the sections picked, in the report’s order, and lists them on the cover', () => {
    const data = reportDataFixture({ language: 'en' });
    const html = renderToStaticMarkup(createElement(ReportDocument, { data, options: { sections: ['nextSteps', 'cover', 'voting'], pageSize: 'A4' } }));
    const contents = [...html.matchAll(/rp-cover__num">(\d+)<\/span>([^<]+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(contents).toEqual(['01 Prioritised pain points', '02 Action plan']);
  });

  it('leaves out a section with nothing to show unless empty sections are asked for', () => {
    const data = { ...reportDataFixture({ language: 'en' }), voting: [], nextSteps: [] };
    const render = (includeEmpty: boolean) =>
      renderToStaticMarkup(createElement(ReportDocument, { data, options: { sections: ['cover', 'personas', 'voting', 'nextSteps'], pageSize: 'A4', includeEmpty } }));
    const contents = (html: string) => [...html.matchAll(/rp-cover__num">(\d+)<\/span>([^<]+)/g)].map((m) => m[2]);
    expect(contents(render(false))).toEqual(['Personas']);
    expect(render(false)).not.toContain('No vote has been revealed yet.');
    expect(contents(render(true))).toEqual(['Personas', 'Prioritised pain points', 'Action plan']);
    expect(render(true)).toContain('No vote has been revealed yet.');
  });

  it('names Atelier nowhere on the client’s pages unless asked, and signs them with the firm', () => {
    const data = reportDataFixture({ language: 'en', matrixItems: 6 });
    const all = { sections: [...REPORT_SECTIONS], pageSize: 'A4' as const, includeEmpty: true };
    data.branding = { firmName: 'Cabinet Lumière', footer: 'Confidential', accent: '#1f5fa8', logoId: null, mentionAtelier: false };
    const html = renderToStaticMarkup(createElement(ReportDocument, { data, options: all }));
    expect(html.replace(/<[^>]+>/g, ' ')).not.toMatch(/atelier/i);
    expect(html).toContain('Cabinet Lumière');
    expect(html).toContain('--rp-accent:#1f5fa8');
    data.branding = { ...data.branding, mentionAtelier: true };
    expect(renderToStaticMarkup(createElement(ReportDocument, { data, options: all }))).toContain('Made with Atelier');
  });

  it.each([
    ['en', 'Pain point priorities', 'From the matrix “Pain point priorities”'],
    ['en', 'Impact × effort matrix', 'From “Impact × effort matrix”'],
    ['fr', 'Priorisation des irritants', 'D’après la matrice « Priorisation des irritants »'],
    ['fr', 'Matrice impact × effort', 'D’après « Matrice impact × effort »'],
  ] as const)('in %s names the matrix the priorities come from once, even when its title says “matrix”: %s', (language, title, expected) => {
    const data = reportDataFixture({ language, matrixItems: 5 });
    data.matrices = data.matrices.map((matrix) => ({ ...matrix, title }));
    const html = renderToStaticMarkup(createElement(ReportDocument, { data, options: { sections: ['synthesis'], pageSize: 'A4' } }));
    expect(html.replace(/<[^>]+>/g, '')).toContain(expected);
  });

  it('tints the pain-point cards with the latest revealed vote, badge and all', () => {
    const data = reportDataFixture({ language: 'en' });
    const html = renderToStaticMarkup(createElement(ReportDocument, { data, options: { sections: ['journeys'], pageSize: 'A4' } }));
    expect(html).toContain('rp-heat--4');
    expect(html).toContain('9 dots · #1');
  });
});

describe('report helpers', () => {
  it.each([
    ['Découverte CX — Hôtels', 'pdf', 'Découverte CX — Hôtels.pdf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'pdf', 'a b c d e f g h i j.pdf'],
    ['../../etc/passwd', 'csv', 'etc passwd.csv'],
    ['rapport.pdf', 'pdf', 'rapport.pdf'],
    ['   ', 'atelier', 'atelier.atelier'],
  ])('makes a safe file name of %j', (name, extension, expected) => {
    expect(safeFileName(name, extension)).toBe(expected);
  });

  it('counts the pages of a Chromium PDF from its page tree', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<</Type /Pages\n/Count 7\n/Kids [2 0 R]>>\nendobj\n3 0 obj\n<</Type /Page /Parent 1 0 R>>\n');
    expect(countPdfPages(pdf)).toBe(7);
    expect(countPdfPages(Buffer.from('not a pdf'))).toBeNull();
  });

  it('takes initials from the first and last names', () => {
    expect(initialsOf('Camille Laurent')).toBe('CL');
    expect(initialsOf('Émilie de la Tour')).toBe('ÉT');
    expect(initialsOf('  ')).toBe('');
  });
});

describe('finding Chromium', () => {
  const exists = (files: string[]) => (file: string) => files.includes(file);

  it('uses ATELIER_CHROMIUM first, and says so when it points nowhere', () => {
    expect(findChromium({ ATELIER_CHROMIUM: '/opt/chrome' }, 'linux', exists(['/opt/chrome', '/usr/bin/chromium']))).toBe('/opt/chrome');
    expect(() => findChromium({ ATELIER_CHROMIUM: '/opt/none' }, 'linux', exists(['/usr/bin/chromium']))).toThrow(
      'ATELIER_CHROMIUM is set to "/opt/none", which does not exist',
    );
  });

  it('then tries the usual install paths of each system', () => {
    expect(findChromium({}, 'linux', exists(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, 'darwin', exists(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toContain('Google Chrome.app');
    const windows = chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32');
    expect(windows[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(() => findChromium({}, 'linux', exists([]))).toThrow('No Chromium or Chrome found');
  });
});
