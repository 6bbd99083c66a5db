import type { ReactNode } from 'react';
import type { ReportText } from './text';

export type SheetKind = 'cover' | 'portrait' | 'landscape';

export interface SheetProps {
  kind: SheetKind;
  /** The running header of the preview; in the PDF the page margins carry it (see report.css.ts). */
  running?: string;
  children: ReactNode;
}

/**
 * One page of the report as the preview shows it. In print the sheet dissolves into the flow:
 * it only starts a new page (landscape for journeys) and its content breaks across pages.
 */
export function Sheet({ kind, running, children }: SheetProps) {
  return (
    <article className={`rp-sheet rp-sheet--${kind}`}>
      {running !== undefined && (
        <div className="rp-sheet__running" aria-hidden="true">
          {running}
        </div>
      )}
      <div className="rp-sheet__body">{children}</div>
    </article>
  );
}

/** "02  Personas": the numbered title that opens a section; an h1, so it is in the PDF outline. */
export function SectionTitle({ number, title, lead }: { number: number; title: string; lead?: string }) {
  return (
    <header className="rp-section">
      <span className="rp-section__number" aria-hidden="true">
        {String(number).padStart(2, '0')}
      </span>
      <div>
        <h1 className="rp-section__title">{title}</h1>
        {lead && <p className="rp-section__lead">{lead}</p>}
      </div>
    </header>
  );
}

export function Empty({ text }: { text: ReportText }) {
  return <p className="rp-empty">{text.t('report.nothingYet')}</p>;
}
