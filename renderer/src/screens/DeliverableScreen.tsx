import { useEffect, useState } from 'react';
import { DEFAULT_REPORT_SECTIONS, REPORT_SECTIONS, safeFileName } from '../../../shared/domain/report';
import { translate } from '../../../shared/i18n';
import { AppHeader } from '../components/AppHeader';
import { BackIcon } from '../components/icons';
import { Snackbar } from '../components/Snackbar';
import { useI18n } from '../i18n';
import { BrandingDialog } from '../report/BrandingDialog';
import { ExportDialog, type ExportChoices } from '../report/ExportDialog';
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
  const [picked, setPicked] = useState<Omit<ExportChoices, 'language'> & { language: ExportChoices['language'] | null }>({
    sections: [...DEFAULT_REPORT_SECTIONS],
    pageSize: 'A4',
    language: null,
    includeEmpty: false,
  });
  const { data, missing } = useReportData(id, picked.language);
  const [exporting, setExporting] = useState(false);
  const [branding, setBranding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (missing) navigate({ name: 'home' });
  }, [missing, navigate]);

  const shown = picked.sections.length > 0 ? picked.sections : [...REPORT_SECTIONS];
  // Until one is picked, the report speaks the workshop's language.
  const choices: ExportChoices | null = data ? { ...picked, language: picked.language ?? data.workshop.language } : null;

  return (
    <div className="page">
      <AppHeader>
        <button type="button" className="button button--ghost" onClick={() => navigate({ name: 'workshop', id })}>
          <BackIcon />
          {t('deliverable.back')}
        </button>
      </AppHeader>
      <main className="screen deliverable" aria-labelledby="deliverable-title">
        <div className="screen__head deliverable__head">
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
            <button type="button" className="button" onClick={() => setBranding(true)}>
              {t('branding.open')}
            </button>
            <button type="button" className="button button--primary button--large" disabled={!data} onClick={() => setExporting(true)}>
              {t('deliverable.export')}
            </button>
          </div>
        </div>
        <div className="split deliverable__grid">
          <aside className="deliverable__side panel">
            <NextStepsEditor workshopId={id} />
          </aside>
          {data ? (
            <ReportPreview data={data} options={{ sections: shown, pageSize: picked.pageSize, includeEmpty: picked.includeEmpty }} label={t('deliverable.preview')} />
          ) : (
            <p className="deliverable__loading">{t('deliverable.loading')}</p>
          )}
        </div>
      </main>
      {exporting && data && choices && (
        <ExportDialog
          workshopId={id}
          data={data}
          choices={choices}
          defaultFileName={safeFileName(`${data.workshop.title} — ${translate(data.language, 'report.deliverable')}`, 'pdf')}
          onChoices={setPicked}
          onClose={() => setExporting(false)}
        />
      )}
      {branding && <BrandingDialog onClose={() => setBranding(false)} />}
      {notice && (
        <Snackbar message={notice} onDismiss={() => setNotice(null)} />
      )}
    </div>
  );
}
