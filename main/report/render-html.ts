import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportData, ReportOptions } from '../../shared/domain/report';
import { REPORT_CSS, printCss, type FontFace } from '../../shared/report/report.css';
import { ReportDocument } from '../../shared/report/ReportDocument';
import { reportText } from '../../shared/report/text';

/**
 * The complete HTML document Chromium prints: the same ReportDocument as the preview, rendered
 * by React (which escapes every piece of user text), plus the stylesheet and fonts inlined.
 * Nothing in it loads from anywhere.
 */
export function renderReportHtml(data: ReportData, options: Pick<ReportOptions, 'sections' | 'pageSize'>, fonts: FontFace[]): string {
  const text = reportText(data.language);
  const running = [data.workshop.title, data.workshop.client].filter(Boolean).join(' · ');
  const body = renderToStaticMarkup(createElement(ReportDocument, { data, options }));
  const css = `${REPORT_CSS}\n${printCss({ pageSize: options.pageSize, running, pageLabel: text.t('report.page'), fonts })}`;
  const title = `${data.workshop.title} — ${text.t('report.deliverable')}`;
  return `<!doctype html><html lang="${data.language}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
