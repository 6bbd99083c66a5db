import { CX_DOMAINS } from '../domain/next-steps';
import type { PageSize } from '../domain/report';
import { LANDSCAPE_MARGIN_MM, MARGIN_MM, PAGE_MM, pageBox } from './layout';
import { reportPagesCss } from './report-pages.css';

/**
 * The report's stylesheet, as strings: main inlines it into the HTML it prints, and the renderer
 * adopts it as a constructed stylesheet (the CSP forbids <style> elements, not CSSOM). Every rule
 * is scoped under .rp so the preview cannot restyle the app around it. Colours follow
 * renderer/src/styles/tokens.css.
 */
const INK = '#1c2240';
const INK_2 = '#4a5072';
const INK_3 = '#5c6180';
const PAPER = '#f6f4ef';
const LINE = '#e4e1d8';
const LINE_STRONG = '#cdc9bc';
const DEFAULT_ACCENT = '#c44a31';
/** The firm's accent colour when one is set (ReportDocument sets --rp-accent), else the report's own. */
const ACCENT = `var(--rp-accent, ${DEFAULT_ACCENT})`;
const ACCENT_SOFT = '#fbe7e1';
const ACCENT_STRONG = `color-mix(in srgb, ${ACCENT} 82%, #000)`;
const PERSONA = '#f2b94b';
const JOURNEY = '#3f9c8f';
const VOTING = '#7a5bd6';
const OK = '#277a4f';
const DANGER = '#c0392b';

const NOTE_COLOURS: Record<string, [string, string]> = {
  yellow: ['#fff6d6', '#e9b93c'],
  pink: ['#fde4ea', '#d9607e'],
  blue: ['#e2eefb', '#4a86c8'],
  green: ['#e3f3ea', '#3f9c6b'],
  purple: ['#eee8fb', '#7a5bd6'],
  orange: ['#fdebdc', '#e0823a'],
  grey: ['#eeeeea', '#8a8d99'],
};

/** Dark enough for white text and for coloured text on white (WCAG AA at small sizes). */
const DOMAIN_COLOURS = [DEFAULT_ACCENT, '#2f7d72', '#6a4cc7', '#2a6ea3', '#8a6414', '#b23a5e'];

/**
 * The most letter-spacing a label may have. Capitals spaced wider come out of the PDF as separate
 * letters in pdftotext and in copy-and-paste ("A N I M AT I O N", "DAT E"), so the client can no
 * longer search their own deliverable; labels read as designed through weight, size and colour.
 * test/unit/report-template.test.ts holds the stylesheet to it.
 */
export const LABEL_TRACKING = '0.06em';

export const FONT_STACK = "'Inter Variable', 'Inter', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * The printed report's fonts: static Inter instances, one per weight below (main/report/fonts.ts
 * embeds them), since Chromium can only put a variable font into a PDF as Type 3 glyph drawings.
 * The stylesheet uses these weights only, so the preview (on the app's variable Inter) and the
 * PDF look the same. The @font-face rules of a family hide any installed font of that name, so a
 * system-wide Inter (or Inter Variable, which the print stack leaves out) never reaches the PDF.
 */
export const REPORT_FONT_FAMILY = 'Inter';
export const REPORT_FONT_WEIGHTS = [400, 500, 600, 700] as const;
const PRINT_FONT_STACK = `'${REPORT_FONT_FAMILY}', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;

function sheetSizes(): string {
  return (Object.keys(PAGE_MM) as PageSize[])
    .map((size) => {
      const portrait = pageBox(size, 'portrait');
      const landscape = pageBox(size, 'landscape');
      const cls = `.rp--${size.toLowerCase()}`;
      return `
${cls} .rp-sheet--portrait, ${cls} .rp-sheet--cover { width: ${portrait.width}mm; min-height: ${portrait.height}mm; }
${cls} .rp-sheet--cover { height: ${portrait.height}mm; }
${cls} .rp-sheet--landscape { width: ${landscape.width}mm; min-height: ${landscape.height}mm; }`;
    })
    .join('');
}

const BASE_CSS = `
.rp { font-family: ${FONT_STACK}; color: ${INK}; font-size: 9pt; line-height: 1.45; font-feature-settings: 'tnum' 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rp *, .rp *::before, .rp *::after { box-sizing: border-box; }
.rp :where(h1, h2, h3, p, ul, ol, dl, dd, blockquote) { margin: 0; padding: 0; }
.rp :where(ul, ol) { list-style: none; }
/* Chromium builds the PDF outline from headings and drops the space at a soft line break
   ("Maison Azur" became "MaisonAzur"); with break-spaces the space stays on the line and in the outline. */
.rp :where(h1, h2) { white-space: break-spaces; }
.rp-sheet { position: relative; background: #fff; padding: ${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm; overflow: hidden; }
${sheetSizes()}
.rp-sheet--landscape { padding: ${LANDSCAPE_MARGIN_MM.top}mm ${LANDSCAPE_MARGIN_MM.side}mm ${LANDSCAPE_MARGIN_MM.bottom}mm; }
.rp-sheet--landscape .rp-sheet__running { top: 6mm; left: ${LANDSCAPE_MARGIN_MM.side}mm; right: ${LANDSCAPE_MARGIN_MM.side}mm; }
.rp-sheet--cover { padding: 0; }
.rp-sheet--cover .rp-sheet__body { height: 100%; }
.rp-sheet__running { position: absolute; top: 8mm; left: ${MARGIN_MM.side}mm; right: ${MARGIN_MM.side}mm; font-size: 7.5pt; color: ${INK_3}; letter-spacing: 0.02em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rp-label { font-size: 7pt; font-weight: 600; letter-spacing: ${LABEL_TRACKING}; text-transform: uppercase; color: ${INK_3}; margin-bottom: 1.5mm; }
.rp-empty { color: ${INK_3}; font-style: italic; margin-top: 4mm; }
.rp-empty--small { font-size: 8pt; margin-top: 0; }
.rp-nowrap { white-space: nowrap; }
.rp-badge { display: inline-block; font-size: 7.5pt; font-weight: 600; border-radius: 99px; padding: 0.8mm 3mm; }
.rp-badge--interim { background: ${ACCENT_SOFT}; color: #8f2f1c; }
.rp-badge--primary { background: #fdf1d6; color: #7a5510; margin-top: 2mm; }

/* Section opener */
.rp-section { display: flex; gap: 5mm; align-items: flex-start; padding-bottom: 4mm; margin-bottom: 6mm; border-bottom: 0.6mm solid ${INK}; break-after: avoid; }
.rp-section__number { font-size: 26pt; font-weight: 400; color: ${ACCENT}; line-height: 1; letter-spacing: -0.02em; }
/* A line at least as tall as Inter's ascent plus descent (1.21 em): a section starts a page, and a
   glyph box reaching above the page's top edge would also be drawn, clipped, on the page before,
   which Chromium then counts twice in the PDF outline ("PersonasPersonas"). */
.rp-section__title { font-size: 22pt; font-weight: 700; letter-spacing: -0.02em; line-height: 1.25; }
.rp-section__lead { margin-top: 1.5mm; color: ${INK_2}; font-size: 9.5pt; }

/* Cover */
.rp-cover { height: 100%; display: flex; flex-direction: column; background: ${PAPER}; }
.rp-cover__band { position: relative; flex: none; height: 62%; background: ${INK}; color: #fff; padding: 22mm 20mm 20mm; display: flex; flex-direction: column; justify-content: flex-end; overflow: hidden; }
.rp-cover__brand { position: absolute; top: 16mm; left: 20mm; right: 20mm; z-index: 1; display: flex; align-items: center; gap: 4mm; }
.rp-cover__logo { display: inline-flex; align-items: center; background: #fff; border-radius: 1.6mm; padding: 2mm 3mm; }
.rp-cover__logo img { display: block; height: 12mm; width: auto; max-width: 48mm; object-fit: contain; }
.rp-cover__firm { font-size: 11pt; font-weight: 700; letter-spacing: ${LABEL_TRACKING}; text-transform: uppercase; color: #fff; overflow-wrap: anywhere; }
.rp-cover__kicker { position: relative; z-index: 1; font-size: 9.5pt; font-weight: 600; letter-spacing: ${LABEL_TRACKING}; text-transform: uppercase; color: color-mix(in srgb, ${ACCENT} 40%, #fff); }
.rp-cover__title { position: relative; z-index: 1; margin-top: 5mm; font-size: 36pt; line-height: 1.04; font-weight: 700; letter-spacing: -0.025em; max-width: 165mm; overflow-wrap: anywhere; }
.rp-cover__subtitle { position: relative; z-index: 1; margin-top: 5mm; font-size: 13pt; font-weight: 400; color: #c9cde3; }
.rp-cover__art { position: absolute; left: 0; right: 0; top: 38mm; width: 100%; height: 62mm; opacity: 0.75; }
.rp-cover__line { fill: none; stroke-width: 2.2; stroke-linecap: round; }
.rp-cover__line--journey { stroke: ${JOURNEY}; }
.rp-cover__line--voting { stroke: ${VOTING}; opacity: 0.8; }
.rp-cover__dot { fill: ${PERSONA}; }
.rp-cover__stripes { position: absolute; left: 0; right: 0; bottom: 0; height: 3mm; display: flex; }
.rp-stripe { flex: 1; }
.rp-stripe--persona { background: ${PERSONA}; }
.rp-stripe--journey { background: ${JOURNEY}; }
.rp-stripe--voting { background: ${VOTING}; }
.rp-cover__details { flex: 1; padding: 14mm 20mm 16mm; display: grid; grid-template-columns: 1fr 62mm; grid-template-rows: 1fr auto; column-gap: 12mm; }
.rp-cover__facts { display: grid; grid-template-columns: 1fr 1fr; gap: 7mm 8mm; align-content: start; }
.rp-cover__fact dt { font-size: 7pt; font-weight: 600; letter-spacing: ${LABEL_TRACKING}; text-transform: uppercase; color: ${INK_3}; margin-bottom: 1mm; }
.rp-cover__fact dd { font-size: 12pt; font-weight: 500; overflow-wrap: anywhere; }
.rp-cover__fact--wide { grid-column: 1 / -1; }
.rp-cover__fact--wide dd { font-size: 10pt; font-weight: 400; color: ${INK_2}; }
.rp-cover__contents { border-left: 0.6mm solid ${ACCENT}; padding-left: 5mm; align-self: start; }
.rp-cover__contents li { font-size: 10pt; font-weight: 500; padding: 1.4mm 0; display: flex; gap: 3mm; }
.rp-cover__num { color: ${ACCENT_STRONG}; font-weight: 700; font-variant-numeric: tabular-nums; }
.rp-cover__foot { grid-column: 1 / -1; display: flex; align-items: center; justify-content: space-between; gap: 6mm; border-top: 0.3mm solid ${LINE_STRONG}; padding-top: 4mm; }
.rp-cover__generated { color: ${INK_3}; font-size: 8pt; margin-left: auto; }

/* Tables */
.rp-table { width: 100%; border-collapse: collapse; }
.rp-table th, .rp-table td { text-align: left; vertical-align: top; padding: 2.2mm 2mm; border-bottom: 0.25mm solid ${LINE}; }
.rp-table thead td { border-bottom: 0.4mm solid ${INK}; }
.rp-table thead th { font-size: 7pt; font-weight: 600; letter-spacing: ${LABEL_TRACKING}; text-transform: uppercase; color: ${INK_3}; border-bottom: 0.4mm solid ${INK}; }
.rp-table tr { break-inside: avoid; }
.rp-num { text-align: right !important; white-space: nowrap; font-variant-numeric: tabular-nums; }
.rp-over { color: ${DANGER}; font-weight: 600; }
.rp-under { color: ${OK}; font-weight: 600; }

/* Agenda */
.rp-agenda__index { width: 8mm; color: ${INK_3}; font-variant-numeric: tabular-nums; }
.rp-agenda td, .rp-agenda th { padding-top: 1.7mm; padding-bottom: 1.7mm; }
.rp-agenda__title { display: block; font-weight: 600; font-size: 9.2pt; }
.rp-agenda__time { white-space: nowrap; color: ${INK_2}; font-variant-numeric: tabular-nums; }
.rp-agenda__total th, .rp-agenda__total td { border-top: 0.4mm solid ${INK}; border-bottom: 0; font-weight: 700; break-before: avoid; }
.rp-kind { display: inline-block; margin-left: 2mm; vertical-align: 0.2mm; font-size: 7pt; font-weight: 600; border-radius: 99px; padding: 0.3mm 2.2mm; background: #eceae3; color: ${INK_2}; }
.rp-kind--persona { background: #fdf1d6; color: #7a5510; }
.rp-kind--journey { background: #def0ed; color: #22615a; }
.rp-kind--voting { background: #ebe5fa; color: #4f3a99; }
.rp-kind--prioritisation { background: #dff2e6; color: #1d5c3b; }
.rp-agenda__bars { width: 28mm; vertical-align: middle !important; }
.rp-bars { display: block; width: 100%; }
.rp-bars > span { display: block; height: 1.3mm; border-radius: 1mm; min-width: 0.6mm; }
.rp-bars__planned { background: ${LINE_STRONG}; }
.rp-bars__actual { background: ${JOURNEY}; margin-top: 0.6mm; }
.rp-bars__actual--over { background: ${DANGER}; }

/* Notes (cards) */
.rp-notes { display: flex; flex-direction: column; gap: 1.4mm; }
.rp-note { break-inside: avoid; border-left: 1mm solid; border-radius: 0.8mm; padding: 1.4mm 2mm; font-size: 8.5pt; line-height: 1.35; overflow-wrap: anywhere; }
${Object.entries(NOTE_COLOURS)
  .map(([name, [fill, edge]]) => `.rp-note--${name} { background: ${fill}; border-left-color: ${edge}; }`)
  .join('\n')}
.rp-note--severity3 { box-shadow: inset 0 0 0 0.3mm ${DANGER}; }
.rp-note__text { display: block; }
.rp-note__meta { display: block; margin-top: 0.6mm; font-size: 7pt; color: ${INK_2}; }
.rp-notes--compact { gap: 1mm; }
.rp-notes--compact .rp-note { font-size: 7.5pt; padding: 0.9mm 1.5mm; line-height: 1.3; }
.rp-notes--compact .rp-note__meta { font-size: 6.6pt; margin-top: 0.3mm; }
/* A group: a framed stack, its title and count above its cards */
.rp-group { break-inside: avoid; border: 0.35mm solid ${LINE_STRONG}; border-radius: 1.2mm; padding: 1.2mm 1.4mm 1.4mm; background: #fff; box-shadow: 0.6mm 0.6mm 0 ${LINE}; }
.rp-group__head { margin: 0 0 1mm; font-size: 8.5pt; font-weight: 700; color: ${INK}; overflow-wrap: anywhere; }
/* In the line of the title, after it (not pushed right): a reader's text flows title, count, cards. */
.rp-group__count { display: inline-block; margin-left: 1.5mm; font-size: 7pt; font-weight: 600; color: ${INK_2}; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rp-group__notes { gap: 1mm; }
.rp-notes--compact .rp-group { padding: 0.9mm 1mm 1mm; }
.rp-notes--compact .rp-group__head { font-size: 7.5pt; margin-bottom: 0.7mm; }
.rp-notes--compact .rp-group__count { font-size: 6.6pt; }

/* Persona */
.rp-persona__head { display: flex; gap: 7mm; align-items: center; break-after: avoid; }
.rp-avatar { display: block; border-radius: 50%; object-fit: cover; }
.rp-persona__avatar { width: 26mm; height: 26mm; flex: none; }
/* Tall enough lines for the same reason as .rp-section__title: a long name can start a page. */
.rp-persona__name { font-size: 22pt; font-weight: 700; letter-spacing: -0.02em; line-height: 1.25; }
.rp-persona__role { margin-top: 1.5mm; font-size: 10.5pt; color: ${INK_2}; }
.rp-persona__quote { margin-top: 7mm; padding: 4mm 6mm 4mm 12mm; position: relative; background: ${PAPER}; border-radius: 2mm; break-inside: avoid; }
.rp-persona__quote::before { content: '\\201C'; position: absolute; left: 3mm; top: -1mm; font-size: 30pt; font-weight: 700; color: ${ACCENT}; line-height: 1; }
.rp-persona__quote p { font-size: 12pt; font-style: italic; line-height: 1.4; color: ${INK}; }
.rp-persona__bio { margin-top: 5mm; max-width: 150mm; color: ${INK_2}; break-inside: avoid; }
.rp-persona__sections { margin-top: 7mm; display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 7mm; }
.rp-persona__section { break-inside: avoid; }
.rp-persona__section-title { font-size: 8pt; font-weight: 700; letter-spacing: ${LABEL_TRACKING}; text-transform: uppercase; color: ${INK}; padding-bottom: 1.5mm; margin-bottom: 2mm; border-bottom: 0.5mm solid ${PERSONA}; }

/* Journey map */
.rp-sheet--landscape .rp-section { margin-bottom: 3mm; padding-bottom: 1.8mm; border-bottom-width: 0.4mm; align-items: baseline; gap: 3mm; }
.rp-sheet--landscape .rp-section__number { font-size: 14pt; }
.rp-sheet--landscape .rp-section__title { font-size: 13pt; }
.rp-map__head { display: flex; align-items: baseline; gap: 5mm; margin-bottom: 3mm; break-after: avoid; }
.rp-map__title { font-size: 15pt; font-weight: 700; letter-spacing: -0.015em; }
.rp-map__subtitle { color: ${INK_2}; font-size: 9pt; }
.rp-map__part { margin-left: 3mm; padding: 0.4mm 2.4mm; border-radius: 99px; background: #def0ed; color: #22615a; font-size: 7.5pt; font-weight: 600; }
.rp-map { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
.rp-map th, .rp-map td { vertical-align: top; text-align: left; }
.rp-map__corner { border-bottom: 0.5mm solid ${INK}; }
.rp-map__stage { padding: 0 1.6mm 1.6mm; font-size: 9pt; font-weight: 700; border-bottom: 0.5mm solid ${INK}; line-height: 1.25; }
.rp-map__stage-number { display: inline-block; width: 5mm; height: 5mm; line-height: 5mm; margin-right: 1.6mm; border-radius: 50%; background: #2f7d72; color: #fff; text-align: center; font-size: 7pt; font-weight: 700; }
.rp-map__lane { break-inside: avoid; }
.rp-map__lane-title { padding: 1.5mm 3mm 1.5mm 0; font-size: 7.5pt; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: ${INK_2}; border-bottom: 0.25mm solid ${LINE}; }
.rp-map__cell { padding: 1mm 1.3mm; border-bottom: 0.25mm solid ${LINE}; border-left: 0.25mm solid ${LINE}; }
.rp-map__emotion { padding: 1mm 0; border-bottom: 0.25mm solid ${LINE}; border-left: 0.25mm solid ${LINE}; }
.rp-map__lane--painPoints .rp-map__lane-title { color: ${DANGER}; }
.rp-map__lane--momentsOfTruth .rp-map__lane-title { color: ${VOTING}; }
.rp-map__lane--emotion .rp-map__lane-title { color: #2f7d72; }
.rp-curve__svg { display: block; overflow: hidden; }
.rp-curve__band--up { fill: #eef7f1; }
.rp-curve__band--down { fill: #fbefec; }
.rp-curve__grid { stroke: ${LINE}; stroke-width: 0.25; }
.rp-curve__zero { stroke: ${LINE_STRONG}; stroke-width: 0.3; stroke-dasharray: 1 1; }
.rp-curve__line { fill: none; stroke: ${JOURNEY}; stroke-width: 0.7; stroke-linecap: round; stroke-linejoin: round; }
.rp-curve__dot { stroke: #fff; stroke-width: 0.5; }
.rp-curve__dot--up { fill: ${OK}; }
.rp-curve__dot--down { fill: ${DANGER}; }
.rp-curve__dot--flat { fill: ${INK_3}; }
.rp-curve__score { font-size: 3.2px; font-weight: 700; fill: ${INK}; }
.rp-curve__notes { display: grid; margin-top: 1mm; }
.rp-curve__note { padding: 0 1.6mm; font-size: 7pt; font-style: italic; color: ${INK_2}; }

/* Voting */
.rp-vote + .rp-vote { margin-top: 9mm; }
.rp-vote__title { font-size: 13pt; font-weight: 700; break-after: avoid; }
.rp-vote__lead { color: ${INK_2}; margin: 1mm 0 4mm; break-after: avoid; }
.rp-ranking { display: flex; flex-direction: column; }
.rp-rank { display: grid; grid-template-columns: 11mm 1fr 22mm; gap: 3mm; align-items: center; padding: 2.2mm 0; border-bottom: 0.25mm solid ${LINE}; break-inside: avoid; }
.rp-rank__number { width: 8mm; height: 8mm; border-radius: 50%; background: #eceae3; color: ${INK_2}; display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 8.5pt; }
.rp-rank--top .rp-rank__number { background: ${VOTING}; color: #fff; }
.rp-rank__text { display: block; font-weight: 500; font-size: 9.5pt; }
.rp-rank__meta { display: block; font-size: 7.5pt; color: ${INK_3}; }
.rp-rank__members { display: block; margin: 0.6mm 0 0.8mm; padding-left: 2.5mm; border-left: 0.4mm solid #e4e0d6; }
.rp-rank__member { display: block; font-size: 8pt; color: ${INK_3}; }
.rp-rank__bar { display: block; margin-top: 1.2mm; height: 2.4mm; background: #f1efe9; border-radius: 1.2mm; overflow: hidden; }
.rp-rank__bar > span { display: block; height: 100%; background: #b6a6ea; border-radius: 1.2mm; }
.rp-rank--top .rp-rank__bar > span { background: ${VOTING}; }
.rp-rank__votes { text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }

/* Next steps */
.rp-domains { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2.5mm; margin-bottom: 8mm; }
.rp-domain { display: flex; align-items: center; gap: 2.5mm; padding: 2.5mm 3mm; border-radius: 1.5mm; background: #fff; border: 0.25mm solid ${LINE}; border-top: 1mm solid; }
.rp-domain__index { font-weight: 700; font-size: 11pt; }
.rp-domain__name { flex: 1; font-weight: 600; font-size: 8.5pt; line-height: 1.2; }
.rp-domain__count { font-weight: 700; font-size: 11pt; font-variant-numeric: tabular-nums; }
.rp-domain--empty { border-style: dashed; border-top-style: solid; }
.rp-domain--empty .rp-domain__name, .rp-domain--empty .rp-domain__count { color: ${INK_3}; font-weight: 500; }
.rp-actions { margin-top: 6mm; }
.rp-actions__title { display: flex; align-items: center; gap: 2.5mm; font-size: 12pt; font-weight: 700; margin-bottom: 1mm; break-after: avoid; }
.rp-actions__index { width: 6.5mm; height: 6.5mm; border-radius: 50%; color: #fff; display: inline-flex; align-items: center; justify-content: center; font-size: 8pt; }
.rp-actions__table { table-layout: fixed; }
.rp-actions__table th:nth-child(1) { width: 58%; }
.rp-actions__table th:nth-child(2) { width: 24%; }
.rp-actions__table td:first-child { font-weight: 500; }
${CX_DOMAINS.map(
  (domain, index) =>
    `.rp-domain--${domain} { border-top-color: ${DOMAIN_COLOURS[index]}; } .rp-domain--${domain} .rp-domain__index { color: ${DOMAIN_COLOURS[index]}; } .rp-actions--${domain} .rp-actions__index { background: ${DOMAIN_COLOURS[index]}; }`,
).join('\n')}
`;

export const REPORT_CSS = `${BASE_CSS}\n${reportPagesCss({ ink: INK, ink2: INK_2, ink3: INK_3, paper: PAPER, line: LINE, lineStrong: LINE_STRONG, accent: ACCENT, ok: OK, danger: DANGER, voting: VOTING, domainColours: DOMAIN_COLOURS })}`;

export interface FontFace {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  /** A data: URL of a woff2 file. */
  url: string;
  unicodeRange: string;
}

export interface PrintCssOptions {
  pageSize: PageSize;
  /** Running header text (workshop title · client). */
  running: string;
  /** The firm's name in the header's right corner ('' for none). */
  signature: string;
  /** The line at the foot of each page ('' for none). */
  footer: string;
  /** The localised "Page {page} of {pages}" template. */
  pageLabel: string;
  fonts: FontFace[];
}

/**
 * What only the printed document needs: page sizes (A4 or Letter; journeys on landscape named
 * pages), margins, the running header and page numbers in the page-margin boxes, the bundled
 * fonts, and the sheets turned into page breaks.
 */
export function printCss({ pageSize, running, signature, footer, pageLabel, fonts }: PrintCssOptions): string {
  const margin = `${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm`;
  const landscapeMargin = `${LANDSCAPE_MARGIN_MM.top}mm ${LANDSCAPE_MARGIN_MM.side}mm ${LANDSCAPE_MARGIN_MM.bottom}mm`;
  const box = `font-family: ${PRINT_FONT_STACK}; font-size: 7.5pt; color: ${INK_3};`;
  const faces = fonts
    .map(
      (font) =>
        `@font-face { font-family: ${cssString(font.family)}; font-style: ${font.style}; font-weight: ${font.weight}; font-display: block; src: url(${cssString(font.url)}) format('woff2'); unicode-range: ${font.unicodeRange}; }`,
    )
    .join('\n');
  return `${faces}
.rp { font-family: ${PRINT_FONT_STACK}; }
@page { size: ${pageSize} portrait; margin: ${margin};
  @top-left { content: ${cssString(running)}; ${box} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${signature ? cssString(signature) : 'none'}; ${box} font-weight: 700; letter-spacing: ${LABEL_TRACKING}; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: ${footer ? cssString(footer) : 'none'}; ${box} vertical-align: top; padding-top: 5mm; }
  @bottom-right { content: ${counterContent(pageLabel)}; ${box} vertical-align: top; padding-top: 5mm; }
}
@page journey { size: ${pageSize} landscape; margin: ${landscapeMargin};
  @top-left { padding-bottom: 3mm; }
  @top-right { padding-bottom: 3mm; }
  @bottom-left { padding-top: 3.5mm; }
  @bottom-right { padding-top: 3.5mm; }
}
@page cover { margin: 0; @top-left { content: none; } @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }
html, body { margin: 0; padding: 0; background: #fff; }
.rp-sheet { width: auto !important; min-height: 0 !important; padding: 0; overflow: visible; break-before: page; }
.rp-sheet:first-child { break-before: auto; }
.rp-sheet__running { display: none; }
.rp-sheet--cover { page: cover; overflow: hidden; }
.rp-sheet--landscape { page: journey; }
`;
}

/**
 * A CSS string literal for any text: quotes and backslashes escaped, line breaks and the
 * characters that could close the <style> element (<, >, &) written as CSS hex escapes.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\' || char === '<' || char === '>' || char === '&' || code < 0x20 || code === 0x7f) {
      out += `\\${code.toString(16)} `;
    } else {
      out += char;
    }
  }
  return `${out}"`;
}

/** "Page {page} of {pages}" → "Page " counter(page) " of " counter(pages). */
export function counterContent(template: string): string {
  const parts: string[] = [];
  let rest = template;
  for (;;) {
    const match = /\{(page|pages)\}/.exec(rest);
    if (!match) break;
    if (match.index > 0) parts.push(cssString(rest.slice(0, match.index)));
    parts.push(`counter(${match[1]})`);
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) parts.push(cssString(rest));
  return parts.join(' ') || 'counter(page)';
}

