import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportData, ReportOptions } from '../../shared/domain/report';
import { REPORT_CSS, printCss, type FontFace } from '../../shared/report/report.css';
import { ReportDocument, runningHeader } from '../../shared/report/ReportDocument';
import { reportText } from '../../shared/report/text';

export type RenderOptions = Pick<ReportOptions, 'sections' | 'pageSize'> & { includeEmpty?: boolean };

/**
 * The complete HTML document Chromium prints: the same ReportDocument as the preview, rendered
 * by React (which escapes every piece of user text), plus the stylesheet and fonts inlined.
 * Nothing in it loads from anywhere. The page margins carry the firm's name and footer line
 * from the deliverable settings, and name Atelier only when the facilitator asked for it.
 */
export function renderReportHtml(data: ReportData, options: RenderOptions, fonts: FontFace[]): string {
  const text = reportText(data.language);
  const { branding } = data;
  const body = renderToStaticMarkup(createElement(ReportDocument, { data, options }));
  const footer = [branding.footer, branding.mentionAtelier ? text.t('report.brand.madeWith') : ''].filter(Boolean).join(' · ');
  const css = `${REPORT_CSS}\n${printCss({
    pageSize: options.pageSize,
    running: runningHeader(data),
    signature: branding.firmName,
    footer,
    pageLabel: text.t('report.page'),
    fonts,
  })}`;
  const title = `${data.workshop.title} — ${text.t('report.deliverable')}`;
  return `<!doctype html><html lang="${data.language}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
