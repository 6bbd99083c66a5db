import { CX_DOMAINS } from '../domain/next-steps';
import { QUADRANTS, type Quadrant } from '../domain/matrix';
import { HEAT_LEVELS } from '../domain/vote-heat';

export interface ReportPalette {
  ink: string;
  ink2: string;
  ink3: string;
  paper: string;
  line: string;
  lineStrong: string;
  accent: string;
  ok: string;
  danger: string;
  voting: string;
  domainColours: readonly string[];
}

/** Each quadrant's ink (dark enough for small text on its tint) and tint. */
const QUADRANT_COLOURS: Record<Quadrant, [string, string]> = {
  quickWins: ['#1f6a43', '#e3f3ea'],
  majorProjects: ['#245f8f', '#e2eefb'],
  fillIns: ['#76550f', '#fdf1d6'],
  timeSinks: ['#94352a', '#fbe7e1'],
};

/**
 * The stylesheet of the synthesis and matrix pages and of the vote heat on journey cards, scoped
 * under .rp like the rest of the report (see report.css.ts, which joins it in).
 */
export function reportPagesCss(c: ReportPalette): string {
  const heat = Array.from({ length: HEAT_LEVELS }, (_, index) => {
    const level = index + 1;
    const alpha = [0.1, 0.18, 0.27, 0.36][index];
    const ring = [0.25, 0.4, 0.4, 0.6][index];
    return `.rp-heat--${level} { background-image: linear-gradient(rgba(214, 58, 40, ${alpha}), rgba(214, 58, 40, ${alpha})); box-shadow: inset 0 0 0 ${ring}mm rgba(196, 40, 26, 0.85); }`;
  }).join('\n');
  return `

/* Vote heat on journey cards, as the journey screen shows it */
.rp-heat__badge { display: inline-block; margin-top: 0.6mm; padding: 0 1.6mm; border-radius: 99px; font-size: 6.6pt; font-weight: 700; background: #fff; color: #a8281a; border: 0.2mm solid rgba(196, 40, 26, 0.5); font-variant-numeric: tabular-nums; }
.rp-heat__badge--0 { color: ${c.ink3}; border-color: ${c.lineStrong}; }
.rp-heat__badge--${HEAT_LEVELS} { background: #b8321f; color: #fff; border-color: #b8321f; }
${heat}

/* Quadrant names */
.rp-quadrant { display: inline-block; padding: 0.2mm 2mm; border-radius: 99px; font-size: 7pt; font-weight: 700; white-space: nowrap; }
${QUADRANTS.map((q) => `.rp-quadrant--${q} { color: ${QUADRANT_COLOURS[q][0]}; background: ${QUADRANT_COLOURS[q][1]}; }`).join('\n')}

/* Synthesis */
.rp-synthesis .rp-section { margin-bottom: 4.5mm; }
.rp-synthesis__figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin-bottom: 6mm; }
.rp-figure { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 1.8mm; padding: 2.4mm 4mm; border-radius: 2mm; background: ${c.paper}; border-top: 1mm solid ${c.accent}; }
.rp-figure__value { font-size: 24pt; font-weight: 700; line-height: 1.1; letter-spacing: -0.02em; font-variant-numeric: tabular-nums; }
.rp-figure__label { font-size: 8.5pt; font-weight: 600; color: ${c.ink2}; }
.rp-synthesis__block { margin-bottom: 5.5mm; }
.rp-synthesis__title { break-after: avoid; }
.rp-low, .rp-sdomain, .rp-priority { break-inside: avoid; }
.rp-synthesis__head { display: flex; align-items: baseline; gap: 4mm; margin-bottom: 2mm; }
.rp-synthesis__title { font-size: 12pt; font-weight: 700; margin-bottom: 1.8mm; }
.rp-synthesis__head .rp-synthesis__title { margin-bottom: 0; }
.rp-synthesis__source { font-size: 8pt; color: ${c.ink3}; }
.rp-priorities { display: flex; flex-direction: column; }
.rp-priority { display: grid; grid-template-columns: 10mm 1fr auto; gap: 3mm; align-items: center; padding: 2mm 0; border-bottom: 0.25mm solid ${c.line}; }
.rp-priority:first-child { border-top: 0.25mm solid ${c.line}; }
.rp-priority__rank { width: 8mm; height: 8mm; border-radius: 50%; background: ${c.accent}; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 9pt; }
.rp-priority__text { font-size: 10.5pt; font-weight: 600; line-height: 1.3; overflow-wrap: anywhere; }
.rp-priority__meta { display: flex; flex-direction: column; align-items: flex-end; gap: 0.8mm; }
.rp-priority__dots { font-size: 8pt; font-weight: 700; color: ${c.ink2}; white-space: nowrap; font-variant-numeric: tabular-nums; }
.rp-lows { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.rp-low { display: flex; gap: 2.5mm; padding: 2.6mm 3mm; border-radius: 2mm; background: #fbefec; }
.rp-low__score { flex: none; width: 8mm; height: 8mm; border-radius: 50%; background: ${c.danger}; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 9pt; }
.rp-low__body { display: flex; flex-direction: column; gap: 0.5mm; min-width: 0; }
.rp-low__stage { font-weight: 700; font-size: 9pt; line-height: 1.25; }
.rp-low__map { font-size: 7.5pt; color: ${c.ink3}; }
.rp-low__pain { font-size: 8pt; line-height: 1.3; overflow-wrap: anywhere; }
.rp-low__note { font-size: 7.5pt; font-style: italic; color: ${c.ink2}; overflow-wrap: anywhere; }
.rp-synthesis__domains { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.rp-sdomain { padding: 2.4mm 3mm; border-radius: 1.5mm; border: 0.25mm solid ${c.line}; border-top: 1mm solid; }
.rp-sdomain__head { display: flex; flex-direction: column; margin-bottom: 1.2mm; }
.rp-sdomain__name { font-weight: 700; font-size: 8.5pt; line-height: 1.25; }
.rp-sdomain__count { font-size: 7.5pt; font-weight: 600; color: ${c.ink3}; }
.rp-sdomain__actions { display: flex; flex-direction: column; gap: 0.8mm; }
.rp-sdomain__actions li { font-size: 7.8pt; line-height: 1.3; padding-left: 2.6mm; position: relative; overflow-wrap: anywhere; }
.rp-sdomain__actions li::before { content: ''; position: absolute; left: 0; top: 1.4mm; width: 1.2mm; height: 1.2mm; border-radius: 50%; background: ${c.lineStrong}; }
.rp-sdomain__more { display: block; margin-top: 1mm; font-size: 7pt; color: ${c.ink3}; }
${CX_DOMAINS.map((domain, index) => `.rp-sdomain--${domain} { border-top-color: ${c.domainColours[index]}; }`).join('\n')}

/* Matrix */
.rp-matrix { break-inside: auto; }
.rp-matrix__title { font-size: 14pt; font-weight: 700; break-after: avoid; }
.rp-matrix__lead { color: ${c.ink2}; margin: 1mm 0 4mm; break-after: avoid; }
.rp-matrix__chart { display: block; margin: 0 auto 5mm; break-inside: avoid; }
${QUADRANTS.map((q) => `.rp-mq--${q} { fill: ${QUADRANT_COLOURS[q][1]}; } .rp-mq__name--${q} { fill: ${QUADRANT_COLOURS[q][0]}; }`).join('\n')}
.rp-mq__name { font-size: 3.6px; font-weight: 700; }
.rp-mgrid { stroke: #fff; stroke-width: 0.35; }
.rp-msplit { stroke: ${c.ink}; stroke-width: 0.45; }
.rp-mframe { fill: none; stroke: ${c.ink}; stroke-width: 0.45; }
.rp-mtick { font-size: 3px; fill: ${c.ink3}; font-weight: 600; }
.rp-maxis { font-size: 3.4px; fill: ${c.ink}; font-weight: 700; }
.rp-marrow { fill: none; stroke: ${c.ink}; stroke-width: 0.45; stroke-linecap: round; stroke-linejoin: round; }
.rp-mmarker circle { fill: ${c.ink}; stroke: #fff; stroke-width: 0.45; }
.rp-mmarker text { fill: #fff; font-size: 2.9px; font-weight: 700; }
.rp-matrix__legend-title { font-size: 10pt; font-weight: 700; margin: 2mm 0 2mm; break-after: avoid; }
.rp-mlegend { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 6mm; margin-bottom: 4mm; }
.rp-mlegend__item { display: flex; gap: 2.5mm; align-items: flex-start; break-inside: avoid; }
.rp-mlegend__number { flex: none; width: 6mm; height: 6mm; border-radius: 50%; background: ${c.ink}; color: #fff; display: flex; align-items: center; justify-content: center; font-size: 7.5pt; font-weight: 700; }
.rp-mlegend__number--tray { background: none; border: 0.35mm dashed ${c.lineStrong}; }
.rp-mlegend__body { display: flex; flex-direction: column; gap: 0.6mm; min-width: 0; }
.rp-mlegend__text { font-size: 8.8pt; font-weight: 600; line-height: 1.3; overflow-wrap: anywhere; }
.rp-mlegend__members { font-size: 7.5pt; font-style: italic; color: ${c.ink2}; }
.rp-mlegend__meta { display: flex; flex-wrap: wrap; align-items: center; gap: 1.5mm; font-size: 7.5pt; color: ${c.ink3}; }
`;
}
