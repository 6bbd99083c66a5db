import type { ReportData } from '../../shared/domain/report';
import { loadReportFonts } from './fonts';
import { countPdfPages } from './pdf-pages';
import type { PdfPrinter } from './printer';
import { renderReportHtml, type RenderOptions } from './render-html';

export interface PdfExport {
  bytes: Uint8Array;
  pages: number | null;
}

/** ReportData → HTML (the shared template) → PDF bytes, reporting each phase as it starts. */
export async function renderReportPdf(
  data: ReportData,
  options: RenderOptions,
  printer: PdfPrinter,
  rootDir: string,
  onPhase: (phase: 'rendering' | 'printing') => void = () => {},
): Promise<PdfExport> {
  onPhase('rendering');
  const html = renderReportHtml(data, options, loadReportFonts(rootDir));
  onPhase('printing');
  const bytes = await printer.print({ html, pageSize: options.pageSize });
  return { bytes, pages: countPdfPages(bytes) };
}
