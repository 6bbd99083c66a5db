import { useEffect, useState } from 'react';
import { REPORT_SECTIONS, safeFileName, type PageSize, type ReportSection } from '../../../shared/domain/report';
import { translate } from '../../../shared/i18n';
import { AppHeader } from '../components/AppHeader';
import { BackIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { ExportDialog } from '../report/ExportDialog';
import { NextStepsEditor } from '../report/NextStepsEditor';
import { ReportPreview } from '../report/ReportPreview';
import { useReportData } from '../report/useReportData';
import { WorkshopExportsMenu } from '../report/WorkshopExportsMenu';
import { useRouter } from '../router';
import '../styles/home.css';
import '../styles/deliverable.css';

/**
 * The deliverable of one workshop: the next steps that close it, its pages as the PDF will have
 * them (live, so an interim version can go out at any moment), and the exports.
 */
export function DeliverableScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { data, missing } = useReportData(id);
  const [sections, setSections] = useState<ReportSection[]>([...REPORT_SECTIONS]);
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (missing) navigate({ name: 'home' });
  }, [missing, navigate]);

  const shown = sections.length > 0 ? sections : [...REPORT_SECTIONS];

  return (
    <div className="page">
      <AppHeader>
        <button type="button" className="button button--ghost" onClick={() => navigate({ name: 'workshop', id })}>
          <BackIcon />
          {t('deliverable.back')}
        </button>
      </AppHeader>
      <main className="deliverable" aria-labelledby="deliverable-title">
        <div className="deliverable__head">
          <div>
            <h1 id="deliverable-title">{t('deliverable.title')}</h1>
            {data && (
              <p className="deliverable__meta">
                {data.workshop.title}
                {' · '}
                {t('deliverable.previewNote', { language: t(`deliverable.language.${data.language}`) })}
              </p>
            )}
          </div>
          <div className="deliverable__actions">
            <WorkshopExportsMenu workshopId={id} onSaved={setNotice} />
            <button type="button" className="button button--primary button--large" disabled={!data} onClick={() => setExporting(true)}>
              {t('deliverable.export')}
            </button>
          </div>
        </div>
        <div className="deliverable__grid">
          <aside className="deliverable__side panel">
            <NextStepsEditor workshopId={id} />
          </aside>
          {data ? (
            <ReportPreview data={data} options={{ sections: shown, pageSize }} label={t('deliverable.preview')} />
          ) : (
            <p className="deliverable__loading">{t('deliverable.loading')}</p>
          )}
        </div>
      </main>
      {exporting && data && (
        <ExportDialog
          workshopId={id}
          sections={sections}
          pageSize={pageSize}
          defaultFileName={safeFileName(`${data.workshop.title} — ${translate(data.language, 'report.deliverable')}`, 'pdf')}
          onSections={setSections}
          onPageSize={setPageSize}
          onClose={() => setExporting(false)}
        />
      )}
      {notice && (
        <div className="snackbar" role="status">
          <span>{notice}</span>
          <button type="button" className="button button--ghost button--icon" aria-label={t('common.dismiss')} onClick={() => setNotice(null)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
