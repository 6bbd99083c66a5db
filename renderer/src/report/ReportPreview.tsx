import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ReportData, ReportOptions } from '../../../shared/domain/report';
import { pageBox } from '../../../shared/report/layout';
import { pictureUrl } from '../../../shared/ipc/pictures';
import { ReportDocument } from '../../../shared/report/ReportDocument';
import { useBrandLogo } from './useBrandLogo';
import { useReportStyles } from './useReportStyles';

const PX_PER_MM = 96 / 25.4;

export interface ReportPreviewProps {
  data: ReportData;
  options: Pick<ReportOptions, 'sections' | 'pageSize'> & { includeEmpty?: boolean };
  label: string;
}

/**
 * The deliverable's pages as the PDF lays them out, from the same template, scaled down so a
 * landscape journey page fits the width of the screen.
 */
export function ReportPreview({ data, options, label }: ReportPreviewProps) {
  useReportStyles();
  const frame = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  const logo = useBrandLogo();
  // Persona pictures are fetched by id; the firm's logo comes from its own read.
  const images = useCallback((imageId: string) => (imageId === data.branding.logoId ? logo : pictureUrl(imageId)), [data.branding.logoId, logo]);

  useLayoutEffect(() => {
    const box = frame.current;
    if (!box) return undefined;
    const measure = (): void => setWidth(box.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const widest = pageBox(options.pageSize, 'landscape').width * PX_PER_MM;
  const zoom = width > 0 ? Math.min(1, (width - 32) / widest) : 0.5;

  return (
    <section ref={frame} className="report-preview" aria-label={label}>
      <div className="report-preview__pages" style={{ zoom }}>
        <ReportDocument data={data} options={options} images={images} />
      </div>
    </section>
  );
}
